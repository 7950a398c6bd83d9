package dev.timeline.time;

/**
 * A unit of a TIMEX3 duration ({@link TimeSpan}), with its designator: {@code CE}, {@code DE}, {@code Y},
 * {@code Q}, {@code M}, {@code W}, {@code D} before the {@code T}; {@code H}, {@code M}, {@code S} after it.
 *
 * <p>Declared from the longest to the shortest, the order in which a TIMEX3 duration writes them.
 */
public enum DurationUnit {
    /** 100 years: {@code P1CE}. */
    CENTURY("CE", false, 36524.25, "century", "centuries"),
    /** 10 years: {@code P2DE}. */
    DECADE("DE", false, 3652.425, "decade", "decades"),
    /** A year: {@code P6Y}. */
    YEAR("Y", false, 365.2425, "year", "years"),
    /** A quarter year: {@code P1Q}. */
    QUARTER("Q", false, 365.2425 / 4, "quarter", "quarters"),
    /** A month: {@code P3M}. */
    MONTH("M", false, 365.2425 / 12, "month", "months"),
    /** A week: {@code P2W}. */
    WEEKEND("WE", false, 2, "weekend", "weekends"),
    WEEK("W", false, 7, "week", "weeks"),
    /** A day: {@code P3D}. */
    DAY("D", false, 1, "day", "days"),
    /** An hour: {@code PT2H}. */
    HOUR("H", true, 1.0 / 24, "hour", "hours"),
    /** A minute: {@code PT70M}. */
    MINUTE("M", true, 1.0 / 1440, "minute", "minutes"),
    /** A second: {@code PT30S}. */
    SECOND("S", true, 1.0 / 86400, "second", "seconds");

    private final String designator;
    private final boolean timePart;
    private final double days;
    private final String singular;
    private final String plural;

    DurationUnit(String designator, boolean timePart, double days, String singular, String plural) {
        this.designator = designator;
        this.timePart = timePart;
        this.days = days;
        this.singular = singular;
        this.plural = plural;
    }

    /** The TIMEX3 designator, such as {@code Y} or {@code DE}; {@code M} is a month before {@code T}, a minute after. */
    public String designator() {
        return designator;
    }

    /** Returns true for hours, minutes and seconds, which a TIMEX3 duration writes after {@code T}. */
    public boolean isTimePart() {
        return timePart;
    }

    /** The average length in days: a year is 365.2425 days, a month a twelfth of that. */
    public double approximateDays() {
        return days;
    }

    /** The English name for one unit ("year") or for several ("years"). */
    public String label(boolean plural) {
        return plural ? this.plural : singular;
    }
}
