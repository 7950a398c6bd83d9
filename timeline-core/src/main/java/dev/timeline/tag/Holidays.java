package dev.timeline.tag;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Fixed and floating holidays common in English news: "Christmas", "Thanksgiving Day", "New Year's Day", "Easter",
 * "Election Day". Stateless.
 */
final class Holidays {
    private Holidays() {
    }

    /**
     * A holiday name starting at {@code i}, dated in the year written after it ("Christmas Day, 1998", "New Year's Eve
     * in 1999") or else in the year nearest the reference date. {@code Engine.word} asks only at the first words of the
     * names below.
     */
    static Match at(Scan s, Reference r, int i) {
        Token k = s.t(i);
        if (!k.cap) {
            return null;
        }
        int end;
        int month;
        int day;
        switch (k.low) {
            case "christmas":
                end = s.w(i + 1, "eve") || s.w(i + 1, "day") ? i + 2 : i + 1;
                month = 12;
                day = s.w(i + 1, "eve") ? 24 : 25;
                break;
            case "halloween":
                end = i + 1;
                month = 10;
                day = 31;
                break;
            case "thanksgiving":
                end = s.w(i + 1, "day") ? i + 2 : i + 1;
                month = 11;
                day = 0;
                break;
            case "easter":
                return easter(s, r, i, i + 1, 0);
            case "good":
                // "the Good Friday agreement" names the 1998 Northern Ireland accord, not the day
                return s.w(i + 1, "friday") && s.t(i + 1).cap && !s.t(i + 2).cap && !s.any(i + 2, "agreement",
                        "accord", "accords", "deal", "pact", "peace") ? easter(s, r, i, i + 2, -2) : null;
            case "election":
                return s.w(i + 1, "day") ? electionDay(s, r, i) : null;
            case "new":
                if (!(s.w(i + 1, "year") && s.w(i + 2, "'") && s.w(i + 3, "s") && s.any(i + 4, "day", "eve"))) {
                    return null;
                }
                end = i + 5;
                month = s.w(i + 4, "eve") ? 12 : 1;
                day = month == 12 ? 31 : 1;
                break;
            default:
                return null;
        }
        // a year of its own, written after it: "Christmas Day, 1998", "Christmas Eve 2000" take it in; "New Year's
        // Eve in 1999" leaves it to be a date of its own and takes its value
        int at = s.w(end, ",") ? end + 1 : end;
        int written = CalendarRules.explicitYear(s, at);
        int of = written == 0 && s.any(end, "in", "of") ? CalendarRules.explicitYear(s, end + 1) : 0;
        if (written > 0 || of > 0) {
            int y = written > 0 ? written : of;
            int d = day != 0 ? day : thanksgiving(y);
            return Match.date(i, written > 0 ? at + 1 : end, Dates.day(y, month, d));
        }
        if (!r.known()) {
            return day == 0 ? null : Match.date(i, end, Dates.dayNoYear(month, day));
        }
        int y = behind(s, r, i, end, Dates.yearFor(r.date(), month, Math.max(day, 1), s.tense(i, end)),
                y1 -> LocalDate.of(y1, month, day != 0 ? day : thanksgiving(y1)));
        int d = day != 0 ? day : thanksgiving(y);
        return Match.date(i, end, Dates.day(y, month, d));
    }

    /** How many days after the reference date a holiday told in the past may still be that year's. */
    private static final int SLACK_DAYS = 7;

    /**
     * Year {@code y} of the holiday at tokens {@code [i, end)}, or the year before when the holiday's day that year
     * ({@code day}) lies more than {@value #SLACK_DAYS} days after the reference date (a week's holiday may have
     * begun) and the past of an event dates it, as {@link Scan#eventPast} reads one: "a pupil who visited Tarnland
     * during the Easter holidays", written in March, visited the Easter before.
     */
    private static int behind(Scan s, Reference r, int i, int end, int y,
            java.util.function.IntFunction<LocalDate> day) {
        if (y - 1 < Dates.MIN_YEAR || y > Dates.MAX_YEAR) {
            return y;
        }
        int first = s.w(i - 1, "the") ? i - 1 : i; // "during [the] Easter holidays"
        return day.apply(y).isAfter(r.date().plusDays(SLACK_DAYS)) && s.tense(first, end) < 0 && s.eventPast(first)
                ? y - 1 : y;
    }

    /** The day of November of (US) Thanksgiving in year {@code y}: its fourth Thursday. */
    private static int thanksgiving(int y) {
        return LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)).getDayOfMonth();
    }

    /**
     * "Easter", "Easter Sunday", "Easter Monday", "Easter week" (the ISO week holding Easter Sunday) and "Good Friday"
     * ({@code shift} -2 days, the name ending before {@code end}): Western Easter of the year nearest the reference
     * date.
     * Reads the word after "Easter", so that names such as "Easter Island" and "Easter eggs" are left alone, and the
     * word before, so that the Orthodox Easter is too.
     */
    private static Match easter(Scan s, Reference r, int i, int end, int shift) {
        if (!r.known() || s.w(i - 1, "orthodox")) {
            return null;
        }
        boolean week = false;
        if (shift == 0) {
            Token n = s.t(end);
            if (s.any(end, "sunday", "monday")) {
                shift = n.low.equals("monday") ? 1 : 0;
                end++;
            } else if (s.w(end, "week")) {
                week = true;
                end++;
            } else if (n.cap || s.any(end, "egg", "eggs", "bunny", "bunnies", "lily", "lilies", "basket", "baskets",
                    "bonnet", "parade", "rising", "uprising", "island")) {
                return null;
            }
        }
        LocalDate e = easterSunday(r.date().getYear());
        int y = behind(s, r, i, end, Dates.yearFor(r.date(), e.getMonthValue(), e.getDayOfMonth(), s.tense(i, end)),
                Holidays::easterSunday);
        if (y < Dates.MIN_YEAR + 1 || y > Dates.MAX_YEAR - 1) {
            return null;
        }
        e = easterSunday(y).plusDays(shift);
        return Match.date(i, end, week ? Dates.week(e) : Dates.day(e));
    }

    /** Western (Gregorian) Easter Sunday of year {@code y}, by the anonymous Gregorian algorithm. */
    static LocalDate easterSunday(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int k = c / 4;
        int l = (32 + 2 * e + 2 * k - h - c % 4) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    /** US "Election Day": the Tuesday after the first Monday in November of the year nearest the reference date. */
    private static Match electionDay(Scan s, Reference r, int i) {
        if (!r.known()) {
            return null;
        }
        int y = Dates.yearFor(r.date(), 11, 5, s.tense(i, i + 2));
        if (y < Dates.MIN_YEAR || y > Dates.MAX_YEAR) {
            return null;
        }
        LocalDate d = LocalDate.of(y, 11, 2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        return Match.date(i, i + 2, Dates.day(d));
    }
}
