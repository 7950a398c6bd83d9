package dev.timeline.dct;

import dev.timeline.time.Precision;
import dev.timeline.time.TimePoint;
import dev.timeline.time.When;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A document's creation date (DCT) and how it is known: given by the caller or a header, printed in the text (a
 * dateline, a byline), or inferred from what the text says, with a confidence and the evidence that pinned it down.
 *
 * <p>The creation date is a time value at the precision the text supports ({@link #when()}: a day, a month or a
 * year); {@link #date()} is the most likely day within it, which relative expressions are resolved against. The
 * {@link #confidence()} is the probability that {@link #when()} is right: for a day, that the day is exact.
 *
 * <p>Instances are immutable and thread-safe; obtain them with {@link #given}, {@link #printed} or {@link #inferred}
 * and coarsen them with {@link #withPrecision}.
 */
public final class DctEstimate {
    /** How the date was obtained. */
    public enum Method {
        /** Given by the caller or stated in the document's header; confidence 1. */
        GIVEN,
        /** Inferred from the document's own text. */
        INFERRED,
        /** Inferred from the text and the estimates of other documents of the batch. */
        INFERRED_WITH_BATCH,
        /** Read from a date the text prints about itself: a dateline, a byline, an "Updated" or "Aired" line. */
        PRINTED;

        /** Returns true for a date stated rather than inferred: {@link #GIVEN} and {@link #PRINTED}. */
        public boolean isStated() {
            return this == GIVEN || this == PRINTED;
        }

        /** The lower-case name with spaces: {@code inferred with batch}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    private final LocalDate date;
    private final Precision precision;
    private final double confidence;
    private final Method method;
    private final List<String> evidence;

    private DctEstimate(LocalDate date, Precision precision, double confidence, Method method, List<String> evidence) {
        this.date = date;
        this.precision = precision;
        this.confidence = confidence;
        this.method = method;
        this.evidence = evidence;
    }

    /** Returns a date known for certain (confidence 1), with one line saying where it came from. */
    public static DctEstimate given(LocalDate date, String evidence) {
        return new DctEstimate(Objects.requireNonNull(date, "date"), Precision.DAY, 1.0, Method.GIVEN,
                List.of(Objects.requireNonNull(evidence, "evidence")));
    }

    /**
     * Returns a day the text prints as its own date.
     *
     * @param confidence the probability, in 0..1, that {@code date} is right
     * @param evidence   human-readable lines, the printed date first
     * @throws IllegalArgumentException if {@code confidence} is outside 0..1
     */
    public static DctEstimate printed(LocalDate date, double confidence, List<String> evidence) {
        return new DctEstimate(Objects.requireNonNull(date, "date"), Precision.DAY, checked(confidence),
                Method.PRINTED, List.copyOf(evidence));
    }

    /**
     * Returns an inferred day.
     *
     * @param confidence the probability, in 0..1, that {@code date} is right
     * @param evidence   human-readable lines, strongest first
     * @throws IllegalArgumentException if {@code confidence} is outside 0..1 or {@code method} is {@code GIVEN} or
     *     {@code PRINTED}
     */
    public static DctEstimate inferred(LocalDate date, double confidence, Method method, List<String> evidence) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(method, "method");
        if (method.isStated()) {
            throw new IllegalArgumentException("an inferred date cannot have method " + method
                    + "; use given() or printed()");
        }
        return new DctEstimate(date, Precision.DAY, checked(confidence), method, List.copyOf(evidence));
    }

    private static double checked(double confidence) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " is outside 0..1");
        }
        return confidence;
    }

    /**
     * Returns a copy known only to {@code precision} (the month or the year of {@link #date()}), with the probability
     * {@code confidence} that this coarser value is right.
     *
     * @throws IllegalArgumentException if {@code precision} is not DAY, MONTH or YEAR, or {@code confidence} is
     *     outside 0..1
     */
    public DctEstimate withPrecision(Precision precision, double confidence) {
        Objects.requireNonNull(precision, "precision");
        if (precision != Precision.DAY && precision != Precision.MONTH && precision != Precision.YEAR) {
            throw new IllegalArgumentException("a creation date is a day, a month or a year, not a " + precision);
        }
        return new DctEstimate(date, precision, checked(confidence), method, evidence);
    }

    /** The most likely day of creation; when {@link #precision()} is coarser, a day within {@link #when()}. */
    public LocalDate date() {
        return date;
    }

    /** How finely the creation date is known: {@code DAY}, {@code MONTH} or {@code YEAR}. */
    public Precision precision() {
        return precision;
    }

    /** The creation date as a time value at its precision: "28 Aug 2025", "Aug 2025" or "2025". */
    public When when() {
        return switch (precision) {
            case YEAR -> When.ofYear(date.getYear());
            case MONTH -> When.of(TimePoint.ofMonth(YearMonth.from(date)));
            default -> When.ofDay(date);
        };
    }

    /** The probability, in 0..1, that {@link #when()} is right; 1 for a given date. */
    public double confidence() {
        return confidence;
    }

    /** How the date was obtained. */
    public Method method() {
        return method;
    }

    /** What supports the date, one human-readable line each, strongest first. */
    public List<String> evidence() {
        return evidence;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DctEstimate e && date.equals(e.date) && precision == e.precision
                && confidence == e.confidence && method == e.method && evidence.equals(e.evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, precision, confidence, method, evidence);
    }

    /** Returns {@code 2025-08-28 (inferred, confidence 0.87)}, or {@code 2025-08 (…)} for a month. */
    @Override
    public String toString() {
        return when().timexValue() + " (" + method.label() + ", confidence "
                + String.format(Locale.ROOT, "%.2f", confidence) + ")";
    }
}
