package dev.timeline.tag;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * Rules for the periods of a company report: "fiscal 1989", "the fiscal year", "the corresponding period last year",
 * "the year-earlier quarter", and the quarter under report that "the quarter" and "a year ago" refer to. Stateless.
 */
final class ReportRules {
    private ReportRules() {
    }

    /** "fiscal 1989", "fiscal year 1989", "fiscal first quarter", "fiscal-first quarter". */
    static Match fiscal(Scan s, Reference r, int i) {
        int j = s.cat(i + 1) == Cat.DASH && s.glued(i + 1) ? i + 2 : i + 1;
        if (s.w(j, "year")) {
            int y = CalendarRules.explicitYear(s, j + 1);
            if (y != 0) {
                return Match.date(i, j + 2, Dates.year(y));
            }
            return s.w(i - 1, "the") ? wholeYear(s, r, i, j + 1) : null;
        }
        int y = CalendarRules.explicitYear(s, j);
        if (y != 0) {
            return Match.date(i, j + 1, Dates.year(y));
        }
        if (s.cat(j) == Cat.ORDINAL) {
            Match q = PeriodRules.ordinal(s, r, j);
            return q == null || q.type() != TimexType.DATE ? null : q.from(i);
        }
        return null;
    }

    /**
     * The shorthand of financial news: "Q3 2025", "Q3" (this year's, or last year's when it has not begun and the
     * clause reports it), "H1 2024", "FY2025", "FY25", "FY 2025". {@code i} is the letter token ("Q", "H", "FY").
     */
    static Match shorthand(Scan s, Reference r, int i) {
        Token k = s.t(i);
        if (!k.cap || s.cat(i + 1) != Cat.NUMBER) {
            return null;
        }
        Token n = s.t(i + 1);
        if (k.low.equals("fy")) {
            int century = r.known() ? r.date().getYear() / 100 * 100 : 2000;
            int y = n.length() == 4 ? CalendarRules.explicitYear(s, i + 1)
                    : n.length() == 2 && s.glued(i + 1) ? century + n.num : 0;
            return y == 0 ? null : Match.date(i, i + 2, Dates.year(y));
        }
        boolean quarter = k.low.equals("q");
        if (!quarter && !k.low.equals("h") || !s.glued(i + 1) || n.length() != 1 || n.num < 1
                || n.num > (quarter ? 4 : 2)) {
            return null;
        }
        int j = s.w(i + 2, "of") || s.cat(i + 2) == Cat.DASH || s.w(i + 2, "/") ? i + 3 : i + 2;
        int y = CalendarRules.explicitYear(s, j);
        int end = y != 0 ? j + 1 : i + 2;
        if (y == 0) {
            if (!r.known()) {
                return Match.date(i, end, "XXXX-" + (quarter ? "Q" : "H") + n.num);
            }
            y = r.date().getYear() - (quarter && PeriodRules.laterQuarter(s, r, i, end, n.num) ? 1 : 0);
        }
        return Match.date(i, end, Dates.year(y) + (quarter ? "-Q" : "-H") + n.num);
    }

    /**
     * "the year" or "the fiscal year" at tokens {@code [first, last)}: after "for", "in" or "of" it is the year under
     * discussion ("sales for the year rose"); "the year ended March 31" and "throughout the year" are twelve-month
     * spans (gold 6 of 7).
     */
    static Match wholeYear(Scan s, Reference r, int first, int last) {
        return s.any(first - 2, "of", "in", "for") && !s.any(last, "ended", "ending", "through", "to")
                ? Match.date(first, last, Dates.shift(r.orNull(), Unit.YEAR, 0)) : Match.duration(first, last, "P1Y");
    }

    /**
     * "the corresponding period last year", "the comparable year-ago quarter", "the same period a year earlier": the
     * quarter under discussion, a year before when so qualified. {@code i} is the adjective; null without a quarter.
     */
    static Match comparable(Scan s, int i) {
        if (s.lastQuarter.isEmpty()) {
            return null;
        }
        int j = i + 1;
        boolean yearAgo = false;
        if (s.w(j, "year") && s.cat(j + 1) == Cat.DASH && s.any(j + 2, "ago", "earlier")) {
            yearAgo = true;
            j += 3;
        }
        if (!s.any(j, "period", "quarter")) {
            return null;
        }
        int back = yearBack(s, j + 1);
        if (back > j + 1) {
            yearAgo = true;
        }
        return yearAgo ? Match.date(i, Math.max(back, j + 1), yearBefore(s.lastQuarter))
                : Match.date(i, j + 1, s.lastQuarter);
    }

    /** The index past "last year", "a year ago" or "a year earlier" at {@code j}, or {@code j} if none is there. */
    static int yearBack(Scan s, int j) {
        if (s.w(j, "last") && s.w(j + 1, "year")) {
            return j + 2;
        }
        return s.any(j, "a", "one") && s.w(j + 1, "year") && s.any(j + 2, "ago", "earlier") ? j + 3 : j;
    }

    /** {@code value} ("1989-Q3") a year earlier. */
    static String yearBefore(String value) {
        return Dates.year(Integer.parseInt(value.substring(0, 4)) - 1) + value.substring(4);
    }

    /** The quarter a text is talking about: the last one mentioned nearby, else the last complete one. */
    static String currentQuarter(Scan s, Reference r, int i) {
        if (!s.lastQuarter.isEmpty()) {
            return s.lastQuarter;
        }
        return Dates.shift(r.orNull(), Unit.QUARTER, -1);
    }

    /**
     * The rest of a value after its year ({@code -W53}, {@code -Q2}), for year {@code y}: week 53 becomes week 52 in
     * a year that has no week 53 ("a year earlier" than 1998-W53 is 1997-W52, not the week that does not exist).
     */
    private static String lastWeekKept(int y, String rest) {
        if (rest.startsWith("-W53") && IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(y, 6, 1))
                .getMaximum() < 53) {
            return "-W52" + rest.substring(4);
        }
        return rest;
    }

    /** The period a year before the one just discussed ("the year-earlier quarter"). */
    static String yearBefore(Scan s, Reference r, int i) {
        String last = s.lastQuarter.isEmpty() ? s.lastDate : s.lastQuarter;
        if (s.yearToDate && last.length() > 4) {
            last = last.substring(0, 4); // after "the first nine months", "year-earlier" is the year before
        }
        if (last.length() >= 4 && Character.isDigit(last.charAt(0)) && s.lastDateEnd >= i - 60) {
            int y = Integer.parseInt(last.substring(0, 4)) - 1;
            if (last.length() >= 10 && last.charAt(7) == '-' && Character.isDigit(last.charAt(8))) {
                // a day a year before, without its time of day; 29 February falls back to the 28th
                int m = Integer.parseInt(last.substring(5, 7));
                int d = Integer.parseInt(last.substring(8, 10));
                String day = Dates.day(y, m, d);
                return day != null ? day : Dates.day(y, m, d - 1);
            }
            return Dates.year(y) + lastWeekKept(y, last.substring(4));
        }
        if (r.known() && s.any(i + 3, "quarter", "period")) {
            // no quarter named yet: a report is about the last complete quarter
            return yearBefore(Dates.shift(r.orNull(), Unit.QUARTER, -1));
        }
        return Dates.shift(r.orNull(), Unit.YEAR, -1);
    }
}
