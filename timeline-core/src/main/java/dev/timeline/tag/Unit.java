package dev.timeline.tag;

/** A calendar or clock unit and how TIMEX3 writes an amount of it as a duration. */
enum Unit {
    SECOND("PT", "S", 1),
    MINUTE("PT", "M", 1),
    HOUR("PT", "H", 1),
    DAY("P", "D", 1),
    WEEKEND("P", "WE", 1),
    WEEK("P", "W", 1),
    MONTH("P", "M", 1),
    QUARTER("P", "Q", 1),
    YEAR("P", "Y", 1),
    DECADE("P", "DE", 1),
    CENTURY("P", "CE", 1);

    private final String prefix;
    private final String suffix;

    Unit(String prefix, String suffix, int unused) {
        this.prefix = prefix;
        this.suffix = suffix;
    }

    /**
     * A duration of {@code n} units, such as {@code P6Y}; {@code n < 0} means an unknown amount ({@code PXY}). Decades
     * and centuries are counted in years, as TimeBank does: {@code P20Y} for two decades, {@code PXY} for decades.
     */
    String duration(long n) {
        if (this == WEEKEND) {
            return n < 0 ? "PXWE" : "P" + (2 * n) + "D";
        }
        if (n < 0) {
            if (this == DECADE || this == CENTURY) {
                return "PXY";
            }
            return prefix + "X" + suffix;
        }
        if (this == DECADE) {
            return "P" + (10 * n) + "Y";
        }
        if (this == CENTURY) {
            return "P" + (100 * n) + "Y";
        }
        return prefix + n + suffix;
    }

    /** A duration of {@code n} and a half units, such as {@code P2Y6M} for two and a half years. */
    String durationAndHalf(long n) {
        switch (this) {
            case YEAR: return "P" + (n == 0 ? "" : n + "Y") + "6M";
            case MONTH: return "P" + (n == 0 ? "" : n + "M") + "15D";
            case WEEK: return "P" + (n * 7 + 3) + "DT12H";
            case DAY: return "P" + (n == 0 ? "" : n + "D") + "T12H";
            case HOUR: return "PT" + (n == 0 ? "" : n + "H") + "30M";
            case MINUTE: return "PT" + (n == 0 ? "" : n + "M") + "30S";
            case DECADE: return "P" + (n * 10 + 5) + "Y";
            case CENTURY: return "P" + (n * 100 + 50) + "Y";
            default: return duration(n);
        }
    }

    /** Whether the unit is shorter than a day. */
    boolean isClock() {
        return this == SECOND || this == MINUTE || this == HOUR;
    }
}
