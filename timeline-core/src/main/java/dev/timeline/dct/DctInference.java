package dev.timeline.dct;

import dev.timeline.dct.DctCalibration.Kind;
import dev.timeline.document.Document;
import dev.timeline.tag.Anchor;
import dev.timeline.tag.TimeTagger;
import dev.timeline.time.Precision;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Finds when a news text was written. A date the text prints about itself (a dateline, a byline, an "Updated" line;
 * {@link DctPrintedDates}) comes first and no other clue overrides it; a printed month and day without year takes
 * its year from the body. Otherwise the creation date is estimated from the body ({@link DctScorer}): candidate days
 * around the dates the text names, scored by all its clues. The answer is a day when the text pins one, else the
 * month or the year it supports, else nothing.
 *
 * <p>The confidence is the probability that the answer is right, read from a calibration table fitted on articles
 * whose dates are known ({@link DctCalibration}); the evidence names each clue that counted. Instances are immutable
 * and thread-safe. Only the first {@value #MAX_READ} characters of a text are read, more than a news article holds:
 * an article states and implies its date near its start, and what follows on the longest pages of the corpora (up to
 * 700,000 characters) is mostly readers' comments and links, whose dates mislead (reading them all put 4 more of the
 * development set's 5,014 articles in an absurd year and answered 6 fewer). The cost of one text is linear in its
 * length up to that and bounded beyond it.
 */
public final class DctInference {
    /** Below this raw share of the best day, the answer is the month (or the year) instead. */
    static final double DAY_MIN = 0.12;
    /** Below this raw share of the best month, the answer is the year. */
    static final double MONTH_MIN = 0.5;
    /** Below this raw share of the best year, there is no answer: the text does not pin down even the year. */
    static final double YEAR_MIN = 0.5;
    /** At or above this raw share, an article's own clues are strong and the batch lends it nothing. */
    static final double STRONG = 0.5;
    /** How many characters of a text are read, at most; a longer text is cut at the last line break or space. */
    static final int MAX_READ = 50_000;

    private final TimeTagger tagger;
    private final DctCalibration calibration;

    private DctInference(TimeTagger tagger, DctCalibration calibration) {
        this.tagger = tagger;
        this.calibration = calibration;
    }

    /** Returns an inference that reads explicit dates with {@code tagger}. */
    public static DctInference using(TimeTagger tagger) {
        return new DctInference(Objects.requireNonNull(tagger, "tagger"), DctCalibration.shipped());
    }

    static DctInference using(TimeTagger tagger, DctCalibration calibration) {
        return new DctInference(Objects.requireNonNull(tagger, "tagger"), calibration);
    }

    /** An estimate with the kind and raw score it was calibrated from. */
    record Judged(Kind kind, double raw, DctEstimate estimate) {
    }

    /**
     * Returns the document's creation date: the given one when the document has it, else the printed one, else the
     * inferred one; empty when nothing in the text pins down even the year.
     */
    public Optional<DctEstimate> estimate(Document document) {
        Objects.requireNonNull(document, "document");
        if (document.dct().isPresent()) {
            return Optional.of(given(document));
        }
        return judge(document.text(), DctLending.NONE).map(Judged::estimate);
    }

    /**
     * Estimates the creation dates of a batch. When {@code lendEvidence} is true, an article whose own clues leave
     * its date open (no printed date, weak clues) is also pulled towards the dates of the other articles, weighted
     * by their confidence, which suits a batch of reports on one story; a given or printed date and strong clues are
     * never overridden. Otherwise each document stands alone, as with {@link #estimate(Document)}.
     *
     * <p>Documents are read in parallel (the tagger is thread-safe); the result does not depend on it. The work grows
     * linearly with the number of documents, with or without lending.
     *
     * @return one entry a document, in order; empty where nothing pins down the year
     */
    public List<Optional<DctEstimate>> estimateAll(List<Document> documents, boolean lendEvidence) {
        return judgeAll(documents, lendEvidence).stream().map(j -> j.map(Judged::estimate)).toList();
    }

    List<Optional<Judged>> judgeAll(List<Document> documents, boolean lendEvidence) {
        List<Document> docs = List.copyOf(documents);
        List<Optional<Judged>> alone = IntStream.range(0, docs.size()).parallel()
                .mapToObj(i -> docs.get(i).dct().isPresent()
                        ? Optional.of(new Judged(Kind.PRINTED_DAY, 1, given(docs.get(i))))
                        : judge(docs.get(i).text(), DctLending.NONE))
                .toList();
        if (!lendEvidence) {
            return alone;
        }
        DctLending batch = DctLending.of(alone.stream().map(j -> j.map(Judged::estimate)).toList());
        return IntStream.range(0, docs.size()).parallel().mapToObj(i -> {
            Optional<Judged> own = alone.get(i);
            boolean strong = own.isPresent() && (own.get().estimate().method().isStated()
                    && own.get().kind() == Kind.PRINTED_DAY || own.get().raw() >= STRONG);
            if (strong) {
                return own;
            }
            DctLending others = batch.without(own.map(Judged::estimate));
            return others.isEmpty() ? own : judge(docs.get(i).text(), others);
        }).toList();
    }

    /** The first {@link #MAX_READ} characters of {@code text}, cut after a line break or a space if there is one. */
    static String head(String text) {
        if (text.length() <= MAX_READ) {
            return text;
        }
        int cut = text.lastIndexOf('\n', MAX_READ - 1);
        if (cut < MAX_READ / 2) {
            cut = text.lastIndexOf(' ', MAX_READ - 1);
        }
        if (cut < MAX_READ / 2) {
            cut = Character.isLowSurrogate(text.charAt(MAX_READ)) ? MAX_READ - 1 : MAX_READ;
            return text.substring(0, cut);
        }
        return text.substring(0, cut + 1);
    }

    private static DctEstimate given(Document d) {
        return DctEstimate.given(d.dct().get(), "given with the document");
    }

    Optional<Judged> judge(String whole, DctLending lending) {
        String text = head(whole);
        Optional<DctPrintedDates.Printed> printed = DctPrintedDates.find(text);
        if (printed.isPresent() && printed.get().hasYear()) {
            return Optional.of(calibrated(Kind.PRINTED_DAY, 1.0,
                    DctEstimate.printed(printed.get().date().get(), 1.0, List.of(printed.get().evidence()))));
        }
        DctClues.Found found = DctClues.find(text, tagger.tag(text, Anchor.none()));
        DctScorer scorer = new DctScorer(found, DctClues.MAX_YEAR);
        Optional<MonthDay> monthDay = printed.map(DctPrintedDates.Printed::monthDay);
        DctScorer.Scored scored = scorer.score(monthDay, lending.years(), lending.days(), lending);
        DctEvidence evidence = new DctEvidence(found, scorer, lending);
        if (!scored.days().isEmpty()) {
            Map.Entry<LocalDate, Double> best = DctEvidence.best(scored.days());
            LocalDate day = best.getKey();
            double dayShare = DctEvidence.share(scored.days(), d -> d.equals(day));
            double monthShare = DctEvidence.share(scored.days(),
                    d -> d.getYear() == day.getYear() && d.getMonth() == day.getMonth());
            double yearShare = DctEvidence.share(scored.days(), d -> d.getYear() == day.getYear());
            boolean lent = lending.support(day) > 0;
            DctEstimate.Method method = lent ? DctEstimate.Method.INFERRED_WITH_BATCH : DctEstimate.Method.INFERRED;
            if (printed.isPresent()) {
                List<String> lines = evidence.linesFor(day, printed.get().evidence() + ", the year from the text");
                return Optional.of(calibrated(Kind.PRINTED_MONTH_DAY, dayShare,
                        DctEstimate.printed(day, 1.0, lines)));
            }
            DctEstimate estimate = DctEstimate.inferred(day, 1.0, method, evidence.linesFor(day, null));
            if (dayShare >= DAY_MIN) {
                return Optional.of(calibrated(Kind.INFERRED_DAY, dayShare, estimate));
            }
            if (monthShare >= MONTH_MIN) {
                return Optional.of(calibrated(Kind.INFERRED_MONTH, monthShare, estimate));
            }
            return yearShare < YEAR_MIN ? Optional.empty()
                    : Optional.of(calibrated(Kind.INFERRED_YEAR, yearShare, estimate));
        }
        if (scored.years().isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<Integer, Double> best = DctEvidence.best(scored.years());
        double share = DctEvidence.share(scored.years(), y -> y.equals(best.getKey()));
        if (share < YEAR_MIN) {
            return Optional.empty();
        }
        LocalDate mid = LocalDate.of(best.getKey(), 7, 1);
        boolean lent = lending.yearScore(best.getKey()) > 0;
        DctEstimate estimate = DctEstimate.inferred(mid, 1.0,
                lent ? DctEstimate.Method.INFERRED_WITH_BATCH : DctEstimate.Method.INFERRED,
                evidence.linesFor(mid, null));
        return Optional.of(calibrated(Kind.INFERRED_YEAR, share, estimate));
    }

    private Judged calibrated(Kind kind, double raw, DctEstimate estimate) {
        double p = calibration.probability(kind, raw);
        Precision precision = switch (kind) {
            case INFERRED_MONTH -> Precision.MONTH;
            case INFERRED_YEAR -> Precision.YEAR;
            default -> Precision.DAY;
        };
        return new Judged(kind, raw, estimate.withPrecision(precision, p));
    }

    static Set<Kind> dayKinds() {
        return Set.of(Kind.PRINTED_DAY, Kind.PRINTED_MONTH_DAY, Kind.INFERRED_DAY);
    }
}
