package dev.timeline.tag;

import java.time.LocalDate;

/**
 * Rules for weekdays: "Thursday" resolved by tense, "Tuesday's ruling", "Friday, Oct. 13", "Thursday night" and the
 * habitual "Tuesday nights". Stateless.
 */
final class WeekdayRules {
    private WeekdayRules() {
    }

    /**
     * A weekday, resolved by tense: the same day as the reference, else the nearest one before (or after). With a part
     * of the day ("Thursday night") it names the part, which makes it a TIME (the engine types every such value).
     */
    static Match weekday(Scan s, Reference r, int i, int forcedDir) {
        Token k = s.t(i);
        int end = s.skipDotIfAbbrev(i);
        if (k.low.endsWith("s") && k.length() > 5) {
            return Match.of(i, i + 1, TimexType.SET, "XXXX-WXX-" + k.num).asSet("EVERY", null);
        }
        if (k.length() <= 4 && (!k.cap || end == i + 1)) {
            return null;
        }
        if (k.num == 5 && s.w(i - 1, "good") && s.t(i - 1).cap) {
            return null; // "Good Friday" is a holiday, dated by Holidays; "the Good Friday agreement" names an accord
        }
        // "a Wednesday media event": the article is the noun's, the weekday only names its day
        boolean head = !s.has(end) || s.t(end).cat != Cat.OTHER || s.t(end).cap
                || s.any(end, "in", "of", "at", "on", "when", "before", "after", "and", "or", "that", "he", "she", "they");
        if (head && (s.any(i - 1, "a", "an", "one", "some")
                || s.any(i - 1, "recent", "certain", "typical", "given", "single") && s.any(i - 2, "a", "an", "one"))) {
            // "on a recent Wednesday morning", "one Monday", "on a Friday in June": which one, the text does not say
            Token n = s.t(end);
            return n.cat == Cat.DAYPART && n.num < 4 ? Match.date(i, end + 1, "XXXX-WXX-" + k.num + "T"
                    + Dates.PARTS[n.num]) : Match.date(i, end, "XXXX-WXX-" + k.num);
        }
        // "Friday, Oct. 13" and "Friday Oct. 13": the explicit date wins and joins the weekday, as it does below for
        // a day before its month
        int j = s.w(end, ",") ? end + 1 : end;
        if (s.cat(j) == Cat.MONTH) {
            Match date = CalendarRules.monthFirst(s, r, j);
            if (date != null && (date.value().length() == 10 || date.isImpossible())) {
                return date.from(i); // "Friday, February 30, 2025" is no day at all
            }
        }
        // "Wednesday 3 September" and "Wednesday, 3rd September 2025": the same, day first
        if (s.cat(j) == Cat.NUMBER || s.cat(j) == Cat.ORDINAL) {
            Match date = CalendarRules.dayFirst(s, r, j);
            if (date != null && (date.value().length() == 10 || date.isImpossible())) {
                return date.from(i);
            }
        }
        Match habit = habitualNights(s, i, end);
        if (habit != null) {
            return habit;
        }
        int dir = forcedDir != 0 ? forcedDir : s.possessive(end) ? s.possessiveTense(i) : s.tense(i, end);
        String day = "XXXX-WXX-" + k.num;
        if (r.known()) {
            LocalDate d = Dates.weekday(r.date(), k.num, dir > 0 ? 1 : -1);
            if (forcedDir != 0 && d.equals(r.orNull())) {
                d = d.plusWeeks(forcedDir);
            }
            day = Dates.day(d);
        }
        Token n = s.t(end);
        if (n.cat == Cat.DAYPART && n.num < 4) {
            // the guidelines and MEANTIME make "Thursday night" a TIME; TimeBank and AQUAINT wrote a DATE 24 times in 31
            return Match.date(i, end + 1, day + "T" + Dates.PARTS[n.num]);
        }
        return Match.date(i, end, day);
    }

    /**
     * "Tuesday nights" and the "Monday" of "Monday and Tuesday nights": a weekday with a plural part of the day is a
     * set. {@code end} is the token after the weekday.
     */
    private static Match habitualNights(Scan s, int i, int end) {
        int part = end;
        if (s.any(end, "and", "or") && s.cat(end + 1) == Cat.WEEKDAY) {
            part = s.skipDotIfAbbrev(end + 1);
        }
        Token p = s.t(part);
        if (p.cat != Cat.DAYPART || p.num >= 4 || !p.low.endsWith("s")) {
            return null;
        }
        int last = part == end ? end + 1 : end;
        String value = "XXXX-WXX-" + s.t(i).num + "T" + Dates.PARTS[p.num];
        return Match.of(i, last, TimexType.SET, value).asSet("EVERY", null);
    }
}
