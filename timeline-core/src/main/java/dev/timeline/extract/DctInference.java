package dev.timeline.extract;

import dev.timeline.document.Document;
import dev.timeline.tag.Anchor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

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
        return scores(document).best(Lending.NONE);
    }

    /**
     * Estimates the creation dates of a batch. When {@code lendEvidence} is true, documents without a given date
     * are also pulled towards the dates of the other documents (weighted by their confidence), which suits a batch
     * of reports on one story; otherwise each document stands alone, as with {@link #estimate(Document)}.
     *
     * <p>Documents are read in parallel (the tagger is thread-safe); the result does not depend on it. The work grows
     * linearly with the number of documents, with or without lending.
     *
     * @return one entry a document, in order; empty where nothing pins down the year
     */
    public List<Optional<DctEstimate>> estimateAll(List<Document> documents, boolean lendEvidence) {
        List<Document> docs = List.copyOf(documents);
        List<Scores> scores = IntStream.range(0, docs.size()).parallel()
                .mapToObj(i -> docs.get(i).dct().isPresent() ? null : scores(docs.get(i))).toList();
        List<Optional<DctEstimate>> alone = IntStream.range(0, docs.size()).parallel()
                .mapToObj(i -> scores.get(i) == null ? estimate(docs.get(i)) : scores.get(i).best(Lending.NONE))
                .toList();
        if (!lendEvidence) {
            return alone;
        }
        Lending batch = Lending.of(alone);
        return IntStream.range(0, docs.size()).parallel()
                .mapToObj(i -> scores.get(i) == null ? alone.get(i)
                        : scores.get(i).best(batch.without(alone.get(i))))
                .toList();
    }

    /**
     * The estimates of the other documents of a batch, as confidence summed by day: a day's lent score needs only
     * the days within two of it, so lending costs the same whatever the size of the batch.
     */
    private static final class Lending {
        static final Lending NONE = new Lending(Map.of(), Map.of(), null);

        private final Map<LocalDate, Double> confidence;
        private final Map<LocalDate, Integer> count;
        private final DctEstimate excluded;

        private Lending(Map<LocalDate, Double> confidence, Map<LocalDate, Integer> count, DctEstimate excluded) {
            this.confidence = confidence;
            this.count = count;
            this.excluded = excluded;
        }

        static Lending of(List<Optional<DctEstimate>> estimates) {
            Map<LocalDate, Double> confidence = new HashMap<>();
            Map<LocalDate, Integer> count = new HashMap<>();
            for (Optional<DctEstimate> e : estimates) {
                e.ifPresent(x -> {
                    confidence.merge(x.date(), x.confidence(), Double::sum);
                    count.merge(x.date(), 1, Integer::sum);
                });
            }
            return new Lending(confidence, count, null);
        }

        /** The same batch without one document's own estimate. */
        Lending without(Optional<DctEstimate> own) {
            return new Lending(confidence, count, own.orElse(null));
        }

        boolean isEmpty() {
            return count.isEmpty() || count.size() == 1 && excluded != null
                    && count.getOrDefault(excluded.date(), 0) == 1;
        }

        /** The years of the other documents' dates. */
        Set<Integer> years() {
            Set<Integer> years = new TreeSet<>();
            for (LocalDate d : count.keySet()) {
                if (agreeing(d) > 0) {
                    years.add(d.getYear());
                }
            }
            return years;
        }

        /** How many other documents are dated {@code day}. */
        long agreeing(LocalDate day) {
            int n = count.getOrDefault(day, 0);
            return excluded != null && excluded.date().equals(day) ? n - 1 : n;
        }

        private double at(LocalDate day) {
            double c = confidence.getOrDefault(day, 0.0);
            return excluded != null && excluded.date().equals(day) ? c - excluded.confidence() : c;
        }

        /** 1.5 times the confidence of the others dated {@code d}, 0.5 times that of those within two days. */
        double score(LocalDate d) {
            if (count.isEmpty()) {
                return 0;
            }
            double s = 1.5 * at(d);
            for (int gap = 1; gap <= 2; gap++) {
                s += 0.5 * (at(d.minusDays(gap)) + at(d.plusDays(gap)));
            }
            return s;
        }
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

        Optional<DctEstimate> best(Lending others) {
            TreeSet<Integer> years = new TreeSet<>();
            clues.forEach(c -> years.addAll(c.years()));
            years.addAll(others.years());
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
            if (!others.isEmpty() && others.score(winner) > 0) {
                lines.add("agrees with " + others.agreeing(winner) + " other document(s) of the batch");
                method = DctEstimate.Method.INFERRED_WITH_BATCH;
            }
            return Optional.of(DctEstimate.inferred(winner, Math.min(1, confidence), method, lines));
        }

        private double score(LocalDate d, Lending others) {
            double s = 0;
            for (DctClue c : clues) {
                s += c.score(d);
            }
            return s + others.score(d);
        }
    }
}
