package dev.timeline.extract;

import dev.timeline.tag.Anchor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Infers when a news text was written from what it says: it scores every day of the years the text makes
 * plausible against the clues of the text (weekdays said of the publication day, "next week" holding the dates to
 * come, anniversaries, the latest past year mentioned…) and picks the best-supported day.
 *
 * <p>The confidence is the share of the winner in a softmax over all candidate days, so it is low when several
 * days are equally supported. Instances are immutable and thread-safe.
 */
public final class DctInference {
    private final TimeTagger tagger;

    private DctInference(TimeTagger tagger) {
        this.tagger = tagger;
    }

    /** Returns an inference that reads explicit dates with {@code tagger}. */
    public static DctInference using(TimeTagger tagger) {
        return new DctInference(Objects.requireNonNull(tagger, "tagger"));
    }

    /**
     * Returns the document's creation date: the given one when the document has it, else the inferred one; empty
     * when the text names no year at all (nothing pins down the year).
     */
    public Optional<DctEstimate> estimate(Document document) {
        Objects.requireNonNull(document, "document");
        if (document.dct().isPresent()) {
            return Optional.of(DctEstimate.given(document.dct().get(), "given with the document"));
        }
        return scores(document).best(List.of());
    }

    /**
     * Estimates the creation dates of a batch. When {@code lendEvidence} is true, documents without a given date
     * are also pulled towards the dates of the other documents (weighted by their confidence), which suits a batch
     * of reports on one story; otherwise each document stands alone, as with {@link #estimate(Document)}.
     *
     * @return one entry a document, in order; empty where nothing pins down the year
     */
    public List<Optional<DctEstimate>> estimateAll(List<Document> documents, boolean lendEvidence) {
        List<Optional<DctEstimate>> alone = new ArrayList<>();
        List<Scores> scores = new ArrayList<>();
        for (Document d : documents) {
            Scores s = d.dct().isPresent() ? null : scores(d);
            scores.add(s);
            alone.add(s == null ? estimate(d) : s.best(List.of()));
        }
        if (!lendEvidence) {
            return List.copyOf(alone);
        }
        List<Optional<DctEstimate>> lent = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            if (scores.get(i) == null) {
                lent.add(alone.get(i));
                continue;
            }
            List<DctEstimate> others = new ArrayList<>();
            for (int j = 0; j < documents.size(); j++) {
                if (j != i) {
                    alone.get(j).ifPresent(others::add);
                }
            }
            lent.add(scores.get(i).best(others));
        }
        return List.copyOf(lent);
    }

    private Scores scores(Document document) {
        List<DctClue> clues = DctClues.find(document.text(), tagger.tag(document.text(), Anchor.none()));
        return new Scores(clues);
    }

    /** The clues of one document, scored over the candidate days. */
    private static final class Scores {
        private final List<DctClue> clues;

        Scores(List<DctClue> clues) {
            this.clues = clues;
        }

        Optional<DctEstimate> best(List<DctEstimate> others) {
            TreeSet<Integer> years = new TreeSet<>();
            clues.forEach(c -> years.addAll(c.years()));
            others.forEach(o -> years.add(o.date().getYear()));
            if (years.isEmpty()) {
                return Optional.empty();
            }
            LocalDate bestDay = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            List<Double> all = new ArrayList<>();
            for (int year : years) {
                for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                    double s = score(d, others);
                    all.add(s);
                    if (s > bestScore) {
                        bestScore = s;
                        bestDay = d;
                    }
                }
            }
            double max = bestScore;
            double sum = all.stream().mapToDouble(s -> Math.exp(s - max)).sum();
            double confidence = 1 / sum;
            LocalDate winner = bestDay;
            List<String> evidence = clues.stream().filter(c -> c.score(winner) > 0)
                    .sorted(Comparator.comparingDouble((DctClue c) -> -c.score(winner)))
                    .map(DctClue::evidence).distinct().toList();
            List<String> lines = new ArrayList<>(evidence);
            DctEstimate.Method method = DctEstimate.Method.INFERRED;
            if (!others.isEmpty() && lend(winner, others) > 0) {
                lines.add("agrees with " + others.stream().filter(o -> o.date().equals(winner)).count()
                        + " other document(s) of the batch");
                method = DctEstimate.Method.INFERRED_WITH_BATCH;
            }
            return Optional.of(DctEstimate.inferred(winner, Math.min(1, confidence), method, lines));
        }

        private double score(LocalDate d, List<DctEstimate> others) {
            double s = 0;
            for (DctClue c : clues) {
                s += c.score(d);
            }
            return s + lend(d, others);
        }

        private static double lend(LocalDate d, List<DctEstimate> others) {
            double s = 0;
            for (DctEstimate o : others) {
                long gap = Math.abs(o.date().toEpochDay() - d.toEpochDay());
                s += gap == 0 ? 1.5 * o.confidence() : gap <= 2 ? 0.5 * o.confidence() : 0;
            }
            return s;
        }
    }
}
