package dev.timeline.tag.eval;

import dev.timeline.tag.Mention;
import dev.timeline.tag.timeml.TimeMlDocument;
import dev.timeline.tag.timeml.TimeMlText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores system timexes against gold ones exactly as the TempEval-3 Task A TIMEX3 evaluation
 * ({@code te3score.py}, after UzZaman et al. 2013) does.
 *
 * <p>Blank timexes (see {@link TimeMlText#isBlank}) are ignored on both sides. Both sides are put in text order
 * (by start, then end; ties keep their given order). The alignment is one-to-one: timex starts are visited in text
 * order, gold before system on ties, and each still unpaired timex is paired with the first still unpaired timex of
 * the other side that covers its first character. Offsets may be UTF-16 or code point indexes: only their order
 * matters, so both give the same alignment as long as gold and system use the same kind.
 *
 * <p>All methods are static and thread-safe.
 */
public final class TimexScorer {
    private static final Comparator<Mention> TEXT_ORDER =
            Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end);

    private TimexScorer() {
    }

    /**
     * Scores {@code system} against the gold timexes of {@code gold}.
     *
     * @throws IllegalArgumentException if a system mention does not match the document's TEXT
     */
    public static TimexScore score(TimeMlDocument gold, List<Mention> system) {
        Objects.requireNonNull(gold, "gold");
        TimeMlDocument sys = gold.withTimexes(system);
        TimexScore s = score(gold.name(), gold.timexes(), sys.timexes());
        return TimexScore.ofDocument(gold.name(), s.counts(), s.errors(), gold.ignoredEmptyTimexes(),
                sys.ignoredEmptyTimexes());
    }

    /** Scores the {@code system} mentions of one document against its {@code gold} mentions. */
    public static TimexScore score(String document, List<Mention> gold, List<Mention> system) {
        Objects.requireNonNull(document, "document");
        List<Mention> g = scored(gold);
        List<Mention> s = scored(system);
        int[] pairOfGold = align(g, s);
        List<TimexError> errors = new ArrayList<>();
        boolean[] systemPaired = new boolean[s.size()];
        int strict = 0;
        int relaxed = 0;
        int value = 0;
        int type = 0;
        for (int gi = 0; gi < g.size(); gi++) {
            Mention gt = g.get(gi);
            if (pairOfGold[gi] < 0) {
                errors.add(new TimexError(TimexError.Kind.MISSING, document, Optional.of(gt), Optional.empty()));
                continue;
            }
            Mention st = s.get(pairOfGold[gi]);
            systemPaired[pairOfGold[gi]] = true;
            relaxed++;
            if (gt.start() == st.start() && gt.end() == st.end()) {
                strict++;
            } else {
                errors.add(error(TimexError.Kind.EXTENT, document, gt, st));
            }
            if (gt.value().equals(st.value())) {
                value++;
            } else {
                errors.add(error(TimexError.Kind.VALUE, document, gt, st));
            }
            if (gt.type() == st.type()) {
                type++;
            } else {
                errors.add(error(TimexError.Kind.TYPE, document, gt, st));
            }
        }
        for (int si = 0; si < s.size(); si++) {
            if (!systemPaired[si]) {
                errors.add(new TimexError(TimexError.Kind.SPURIOUS, document, Optional.empty(),
                        Optional.of(s.get(si))));
            }
        }
        TimexCounts counts = new TimexCounts(g.size(), s.size(), strict, relaxed, value, type);
        return TimexScore.ofDocument(document, counts, errors, gold.size() - g.size(), system.size() - s.size());
    }

    private static TimexError error(TimexError.Kind kind, String document, Mention gold, Mention system) {
        return new TimexError(kind, document, Optional.of(gold), Optional.of(system));
    }

    private static List<Mention> scored(List<Mention> mentions) {
        Objects.requireNonNull(mentions, "mentions");
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (!TimeMlText.isBlank(Objects.requireNonNull(m, "mention").text())) {
                kept.add(m);
            }
        }
        kept.sort(TEXT_ORDER); // stable, as Python's sort
        return kept;
    }

    /** Returns, for each gold index, the paired system index or -1. */
    private static int[] align(List<Mention> gold, List<Mention> system) {
        List<List<Mention>> sides = List.of(gold, system);
        int[][] paired = {new int[gold.size()], new int[system.size()]};
        java.util.Arrays.fill(paired[0], -1);
        java.util.Arrays.fill(paired[1], -1);
        // Visit (start, side, index) in ascending order: gold (side 0) before system on equal starts. Both lists
        // are sorted by start, so a merge gives that order.
        int gi = 0;
        int si = 0;
        while (gi < gold.size() || si < system.size()) {
            boolean goldNext = si == system.size()
                    || gi < gold.size() && gold.get(gi).start() <= system.get(si).start();
            int side = goldNext ? 0 : 1;
            int idx = goldNext ? gi++ : si++;
            if (paired[side][idx] >= 0) {
                continue;
            }
            int start = sides.get(side).get(idx).start();
            List<Mention> other = sides.get(1 - side);
            for (int j = 0; j < other.size(); j++) {
                Mention t = other.get(j);
                if (t.start() <= start && start < t.end() && paired[1 - side][j] < 0) {
                    paired[side][idx] = j;
                    paired[1 - side][j] = idx;
                    break;
                }
            }
        }
        return paired[0];
    }
}
