package dev.timeline.time;

import java.time.LocalDate;
import java.time.LocalTime;

/** English labels for points and whens: "3 Sep 2025", "31 Aug – 3 Sep 2025", "late 2011", "the mid-1990s". */
final class Labels {
    private static final String[] SHORT_MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String DASH = "\u2013";

    private Labels() {
    }

    static String point(TimePoint p) {
        int y = p.year();
        switch (p.precision()) {
            case CENTURY:
                return "the " + ordinal(y / 100 + 1) + " century";
            case DECADE:
                return "the " + y + "s";
            case YEAR:
                return Integer.toString(y);
            case HALF:
                return (p.part() == 1 ? "first" : "second") + " half of " + y;
            case QUARTER:
                return "Q" + p.part() + " " + y;
            case SEASON:
                Season s = p.season().orElseThrow();
                return s.label() + " " + (s == Season.WINTER ? y + DASH + nextYearSuffix(y) : Integer.toString(y));
            case MONTH:
                return MONTHS[p.part() - 1] + " " + y;
            case WEEK:
                return "week of " + day(p.earliestDay());
            case DAY:
                return day(p.earliestDay());
            default:
                return day(p.earliestDay()) + ", " + time(p);
        }
    }

    static String when(When w) {
        String base = w.isRange() ? range(w.start(), w.end()) : point(w.start());
        if (w.modifier().isEmpty()) {
            return base;
        }
        Modifier m = w.modifier().get();
        if (!m.isPart()) {
            return m.phrase() + " " + base;
        }
        String word = m == Modifier.START ? "early" : m == Modifier.MID ? "mid-" : "late";
        if (base.startsWith("the ")) {
            return "the " + word + (m == Modifier.MID ? "" : " ") + base.substring(4);
        }
        Precision precision = w.precision();
        if (!w.isRange() && (precision == Precision.WEEK || precision == Precision.HALF)) {
            return (m == Modifier.START ? "early in the " : m == Modifier.MID ? "in the middle of the " : "late in the ")
                    + base;
        }
        if (!w.isRange() && precision.compareTo(Precision.DAY) >= 0) {
            return (m == Modifier.START ? "early on " : m == Modifier.MID ? "in the middle of " : "late on ") + base;
        }
        return word + (m == Modifier.MID ? "" : " ") + base;
    }

    private static String range(TimePoint a, TimePoint b) {
        Precision pa = a.precision();
        Precision pb = b.precision();
        if (pa == Precision.DAY && pb == Precision.DAY) {
            LocalDate x = a.earliestDay();
            LocalDate y = b.earliestDay();
            if (x.getYear() == y.getYear()) {
                if (x.getMonth() == y.getMonth()) {
                    return x.getDayOfMonth() + DASH + day(y);
                }
                return x.getDayOfMonth() + " " + SHORT_MONTHS[x.getMonthValue() - 1] + " " + DASH + " " + day(y);
            }
        }
        if (pa == Precision.MONTH && pb == Precision.MONTH && a.year() == b.year()) {
            return MONTHS[a.part() - 1] + DASH + point(b);
        }
        String left = point(a);
        String right = point(b);
        return left.indexOf(' ') < 0 && right.indexOf(' ') < 0 ? left + DASH + right : left + " " + DASH + " " + right;
    }

    static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + SHORT_MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    static String monthName(int month) {
        return MONTHS[month - 1];
    }

    private static String time(TimePoint p) {
        LocalTime t = p.timeOfDay().orElseThrow();
        String s = p.precision() == Precision.SECOND ? String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(),
                t.getSecond()) : String.format("%02d:%02d", t.getHour(), t.getMinute());
        return s + p.offset().map(o -> o.getTotalSeconds() == 0 ? " UTC" : " " + o.getId()).orElse("");
    }

    private static String nextYearSuffix(int year) {
        int next = year + 1;
        return next / 100 == year / 100 ? String.format("%02d", next % 100) : Integer.toString(next);
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return n + suffix;
    }
}
