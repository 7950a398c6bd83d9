package dev.timeline.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A document's creation date (DCT) and how it is known: given by the caller or a header, or inferred from what the
 * text says, with a confidence and the evidence that pinned it down.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DctEstimate {
    /** How the date was obtained. */
    public enum Method {
        /** Given by the caller or stated in the document's header; confidence 1. */
        GIVEN,
        /** Inferred from the document's own text. */
        INFERRED,
        /** Inferred from the text and the estimates of other documents of the batch. */
        INFERRED_WITH_BATCH
    }

    private final LocalDate date;
    private final double confidence;
    private final Method method;
    private final List<String> evidence;

    private DctEstimate(LocalDate date, double confidence, Method method, List<String> evidence) {
        this.date = date;
        this.confidence = confidence;
        this.method = method;
        this.evidence = evidence;
    }

    /** Returns a date known for certain (confidence 1), with one line saying where it came from. */
    public static DctEstimate given(LocalDate date, String evidence) {
        return new DctEstimate(Objects.requireNonNull(date, "date"), 1.0, Method.GIVEN,
                List.of(Objects.requireNonNull(evidence, "evidence")));
    }

    /**
     * Returns an inferred date.
     *
     * @param confidence the probability, in 0..1, that {@code date} is right
     * @param evidence   human-readable lines, strongest first
     * @throws IllegalArgumentException if {@code confidence} is outside 0..1 or {@code method} is {@code GIVEN}
     */
    public static DctEstimate inferred(LocalDate date, double confidence, Method method, List<String> evidence) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(method, "method");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " is outside 0..1");
        }
        if (method == Method.GIVEN) {
            throw new IllegalArgumentException("an inferred date cannot have method GIVEN; use given()");
        }
        return new DctEstimate(date, confidence, method, List.copyOf(evidence));
    }

    /** The creation date. */
    public LocalDate date() {
        return date;
    }

    /** The probability, in 0..1, that {@link #date()} is right; 1 for a given date. */
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
        return o instanceof DctEstimate e && date.equals(e.date) && confidence == e.confidence && method == e.method
                && evidence.equals(e.evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, confidence, method, evidence);
    }

    /** Returns {@code 2025-08-28 (inferred, confidence 0.87)}. */
    @Override
    public String toString() {
        return date + " (" + method.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ", confidence "
                + String.format(java.util.Locale.ROOT, "%.2f", confidence) + ")";
    }
}
