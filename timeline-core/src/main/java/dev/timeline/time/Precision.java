package dev.timeline.time;

/**
 * How finely a time value is known, from the coarsest ({@link #CENTURY}) to the finest ({@link #SECOND}).
 *
 * <p>The declaration order is coarse to fine, so {@code compareTo} orders a century before a day.
 */
public enum Precision {
    /** A century: TIMEX3 {@code 19} (1900–1999). */
    CENTURY,
    /** A decade: TIMEX3 {@code 199} (1990–1999). */
    DECADE,
    /** A calendar year: {@code 2011}. */
    YEAR,
    /** A half year: {@code 2025-H1}. */
    HALF,
    /** A calendar quarter: {@code 2025-Q3}. */
    QUARTER,
    /** A meteorological season: {@code 2025-SU}. */
    SEASON,
    /** A calendar month: {@code 2025-10}. */
    MONTH,
    /** An ISO week, Monday to Sunday: {@code 2025-W36}. */
    WEEK,
    /** A calendar day: {@code 2025-09-03}. */
    DAY,
    /** An hour of a day: {@code 2025-09-03T14}. */
    HOUR,
    /** A minute of a day: {@code 2025-09-03T14:30}. */
    MINUTE,
    /** A second of a day: {@code 2025-09-03T14:30:15}. */
    SECOND;

    /** Returns true if this precision is strictly finer than {@code other}, as a day is finer than a month. */
    public boolean isFinerThan(Precision other) {
        return compareTo(other) > 0;
    }

    /** Returns true if this precision is strictly coarser than {@code other}, as a year is coarser than a month. */
    public boolean isCoarserThan(Precision other) {
        return compareTo(other) < 0;
    }

    /** Returns true for {@link #HOUR}, {@link #MINUTE} and {@link #SECOND}: values that carry a time of day. */
    public boolean hasTimeOfDay() {
        return compareTo(HOUR) >= 0;
    }
}
