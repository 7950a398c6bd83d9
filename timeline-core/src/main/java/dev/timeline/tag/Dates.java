package dev.timeline.tag;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar arithmetic and TIMEX3 formatting. A null reference date means "unknown": values then use X placeholders.
 * Every date is validated with java.time before it is written, so no impossible date is ever produced.
 */
final class Dates {
    static final String[] SEASONS = {"SP", "SU", "FA", "WI"};
    /** The TIMEX3 parts of the day, in the order of the lexicon's day parts: morning, afternoon, evening, night. */
    static final String[] PARTS = {"MO", "AF", "EV", "NI"};
    static final int MIN_YEAR = 1;
    static final int MAX_YEAR = 9999;

    private Dates() {
    }

    static String year(int y) {
        return y < MIN_YEAR || y > MAX_YEAR ? "XXXX" : pad4(y);
    }

    static String pad4(int y) {
        return padded(y, 4);
    }

    /**
     * {@code v} with zeros before it to {@code width} digits, as {@code "%0<width>d"} writes it in ASCII; without a
     * {@link java.util.Formatter}, which parses its pattern on every call ("the 1990s" is common in news).
     */
    private static String padded(int v, int width) {
        String s = Integer.toString(v);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }

    static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    /**
     * Whether a TIMEX3 date value has a time-of-day part: a clock time ({@code 2025-08-28T15:00}) or a part of the day
     * ({@code 2025-08-28TNI}, {@code XXXX-XX-XXTMO}), as opposed to a plain date or a reference ({@code PRESENT_REF}).
     */
    static boolean hasTimeOfDay(String value) {
        int t = value.indexOf('T');
        if (t < 4 || t + 2 >= value.length() || value.charAt(0) == 'P' || value.endsWith("_REF")) {
            return false;
        }
        char c = value.charAt(t + 1);
        return c >= '0' && c <= '9' || value.startsWith("MO", t + 1) || value.startsWith("AF", t + 1)
                || value.startsWith("EV", t + 1) || value.startsWith("NI", t + 1) || value.startsWith("DT", t + 1);
    }

    /** "YYYY-MM" or null if the month is invalid. */
    static String yearMonth(int y, int m) {
        return m < 1 || m > 12 ? null : year(y) + "-" + two(m);
    }

    /** "YYYY-MM-DD" or null if no such day exists. */
    static String day(int y, int m, int d) {
        if (!valid(y, m, d)) {
            return null;
        }
        return year(y) + "-" + two(m) + "-" + two(d);
    }

    /** "XXXX-MM-DD" for a day whose year is unknown, or null if the day can never exist. */
    static String dayNoYear(int m, int d) {
        return valid(2000, m, d) ? "XXXX-" + two(m) + "-" + two(d) : null;
    }

    static boolean valid(int y, int m, int d) {
        if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > 31) {
            return false;
        }
        try {
            LocalDate.of(y, m, d);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static String day(LocalDate d) {
        String v = d == null ? null : day(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        return v == null ? "XXXX-XX-XX" : v;
    }

    static String week(LocalDate d) {
        if (d == null || d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
            return "XXXX-WXX";
        }
        return year(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String quarter(int y, int q) {
        return year(y) + "-Q" + q;
    }

    static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    /** Season index (0 spring .. 3 winter) and the year it is filed under; winter belongs to the year it starts. */
    static int seasonOf(LocalDate d) {
        int m = d.getMonthValue();
        return m >= 3 && m <= 5 ? 0 : m >= 6 && m <= 8 ? 1 : m >= 9 && m <= 11 ? 2 : 3;
    }

    /** The value of the {@code unit}-sized period containing {@code d} shifted by {@code n} units. */
    static String shift(LocalDate d, Unit unit, long n) {
        if (d == null) {
            return unknown(unit);
        }
        try {
            switch (unit) {
                case DAY: return day(d.plusDays(n));
                case WEEK: return week(d.plusWeeks(n));
                case WEEKEND: return week(d.plusWeeks(n)) + "-WE";
                case MONTH: {
                    LocalDate x = d.plusMonths(n);
                    return yearMonth(x.getYear(), x.getMonthValue());
                }
                case QUARTER: {
                    LocalDate x = d.plusMonths(3 * n);
                    return quarter(x.getYear(), quarterOf(x));
                }
                case YEAR: return year(Math.toIntExact(d.getYear() + n));
                case DECADE: return decade(Math.toIntExact(d.getYear() / 10 + n));
                case CENTURY: return century(Math.toIntExact(d.getYear() / 100 + n));
                default: return day(d) ;
            }
        } catch (DateTimeException | ArithmeticException e) {
            return unknown(unit);
        }
    }

    /** A decade as TIMEX3 writes it, "199" for the 1990s; "XXXX" (some year) outside years 0–9999. */
    static String decade(int prefix) {
        return prefix < 0 || prefix > 999 ? "XXXX" : padded(prefix, 3);
    }

    /** A century as TIMEX3 writes it, "19" for 1900–1999; "XXXX" (some year) outside years 0–9999. */
    static String century(int prefix) {
        return prefix < 0 || prefix > 99 ? "XXXX" : padded(prefix, 2);
    }

    static String unknown(Unit unit) {
        switch (unit) {
            case DAY: return "XXXX-XX-XX";
            case WEEK: return "XXXX-WXX";
            case WEEKEND: return "XXXX-WXX-WE";
            case MONTH: return "XXXX-XX";
            case QUARTER: return "XXXX-QX";
            default: return "XXXX";
        }
    }

    /** The weekday {@code dow} (1 = Monday) nearest to {@code ref} in the direction {@code dir}; same day if equal. */
    static LocalDate weekday(LocalDate ref, int dow, int dir) {
        DayOfWeek target = DayOfWeek.of(dow);
        if (ref.getDayOfWeek() == target) {
            return ref;
        }
        return ref.with(dir > 0 ? TemporalAdjusters.next(target) : TemporalAdjusters.previous(target));
    }

    /**
     * The year of month {@code m} (and day {@code d}, 0 for none) named without a year: the occurrence nearest to
     * {@code ref} when the tense {@code dir} is unknown (0); the past tense (-1) looks at most {@link #PAST_AHEAD}
     * months ahead and the rest of the year back, the future tense (+1) at most {@link #FUTURE_BACK} month back and
     * the rest ahead. News names upcoming dates after a past verb ("declared a dividend payable Dec. 1", written in
     * October), so the past tense keeps two months ahead; "the storm in January destroyed the harbour", written in
     * November, is the January before.
     */
    static int yearFor(LocalDate ref, int m, int d, int dir) {
        int y = ref.getYear();
        double here = ref.getMonthValue() + (ref.getDayOfMonth() - 1) / 31.0;
        double there = m + (d == 0 ? 0.5 : (d - 1) / 31.0);
        double diff = there - here;
        // a tense covers the whole year: what it does not allow on one side it reaches on the other
        double back = dir < 0 ? 12 - PAST_AHEAD : dir > 0 ? FUTURE_BACK : 6;
        double ahead = dir > 0 ? 12 - FUTURE_BACK : dir < 0 ? PAST_AHEAD : 6;
        if (diff > ahead || diff == 6 && dir < 0) {
            return y - 1;
        }
        if (diff < -back || diff == -6 && dir > 0) {
            return y + 1;
        }
        return y;
    }

    /** How many months back a month named without a year may lie when the future tense surrounds it. */
    static final double FUTURE_BACK = 1;

    /** How many months ahead a month named without a year may lie when the past tense surrounds it. */
    static final double PAST_AHEAD = 2;
}
