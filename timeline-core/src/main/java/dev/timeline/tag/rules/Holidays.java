package dev.timeline.tag.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Fixed and floating holidays common in English news: "Christmas", "Thanksgiving Day", "New Year's Day". Stateless. */
final class Holidays {
    private Holidays() {
    }

    /** A holiday name starting at {@code i}, dated in the year nearest the reference date. */
    static Match at(Scan s, int i) {
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
        if (s.ref == null) {
            return day == 0 ? null : Match.date(i, end, Dates.dayNoYear(month, day));
        }
        int y = Dates.yearFor(s.ref, month, Math.max(day, 1), s.tense(i, end));
        int d = day != 0 ? day
                : LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY))
                        .getDayOfMonth();
        return Match.date(i, end, Dates.day(y, month, d));
    }
}
