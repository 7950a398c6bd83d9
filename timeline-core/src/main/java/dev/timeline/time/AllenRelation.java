package dev.timeline.time;

import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * Allen's thirteen relations between two intervals of whole days, read as "a RELATION b".
 *
 * <p>Intervals are closed ranges of calendar days, {@code [a1, a2]} and {@code [b1, b2]}. Days are discrete, so
 * {@link #MEETS} means that a ends the day before b starts (2018 meets 2019), and {@link #BEFORE} that at least one
 * day lies between them. Exactly one relation holds between any two non-empty intervals.
 */
public enum AllenRelation {
    /** a ends at least two days before b starts: {@code a2 + 1 < b1}. */
    BEFORE,
    /** a ends the day before b starts: {@code a2 + 1 == b1}. */
    MEETS,
    /** a starts first and ends inside b: {@code a1 < b1 <= a2 < b2}. */
    OVERLAPS,
    /** a and b start together and a ends first: {@code a1 == b1, a2 < b2}. */
    STARTS,
    /** a lies strictly inside b: {@code b1 < a1, a2 < b2}. */
    DURING,
    /** a and b end together and a starts later: {@code a2 == b2, b1 < a1}. */
    FINISHES,
    /** a and b are the same days: {@code a1 == b1, a2 == b2}. */
    EQUALS,
    /** The inverse of {@link #FINISHES}: b finishes a. */
    FINISHED_BY,
    /** The inverse of {@link #DURING}: b lies strictly inside a. */
    CONTAINS,
    /** The inverse of {@link #STARTS}: b starts a. */
    STARTED_BY,
    /** The inverse of {@link #OVERLAPS}: b overlaps a. */
    OVERLAPPED_BY,
    /** The inverse of {@link #MEETS}: b ends the day before a starts. */
    MET_BY,
    /** The inverse of {@link #BEFORE}: a starts at least two days after b ends. */
    AFTER;

    private static final AllenRelation[] VALUES = values();

    /** The relation of b to a when this is the relation of a to b: {@code BEFORE.inverse() == AFTER}. */
    public AllenRelation inverse() {
        return VALUES[VALUES.length - 1 - ordinal()];
    }

    /** Returns true if a and b share at least one day under this relation (all but before, meets and their inverses). */
    public boolean sharesDays() {
        return this != BEFORE && this != MEETS && this != MET_BY && this != AFTER;
    }

    /**
     * Returns the relation of {@code a} to {@code b}.
     *
     * @throws IllegalArgumentException if either range is empty
     */
    public static AllenRelation between(LocalDateRange a, LocalDateRange b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.isEmpty() || b.isEmpty()) {
            throw new IllegalArgumentException("Allen relations need non-empty ranges: " + a + ", " + b);
        }
        return between(a.getStart().toEpochDay(), a.getEndInclusive().toEpochDay(), b.getStart().toEpochDay(),
                b.getEndInclusive().toEpochDay());
    }

    /** The relation of the closed day interval [a1, a2] to [b1, b2], in epoch days; requires a1 <= a2, b1 <= b2. */
    static AllenRelation between(long a1, long a2, long b1, long b2) {
        if (a2 + 1 < b1) {
            return BEFORE;
        }
        if (a2 + 1 == b1) {
            return MEETS;
        }
        if (b2 + 1 < a1) {
            return AFTER;
        }
        if (b2 + 1 == a1) {
            return MET_BY;
        }
        int starts = Long.compare(a1, b1);
        int ends = Long.compare(a2, b2);
        if (starts == 0) {
            return ends == 0 ? EQUALS : ends < 0 ? STARTS : STARTED_BY;
        }
        if (ends == 0) {
            return starts > 0 ? FINISHES : FINISHED_BY;
        }
        if (starts < 0) {
            return ends < 0 ? OVERLAPS : CONTAINS;
        }
        return ends < 0 ? DURING : OVERLAPPED_BY;
    }
}
