package dev.timeline.tag;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Rules for expressions resolved against the reference date or the day a story is on: "today", "yesterday", "last
 * week", "this October", "next Wednesday", "this past weekend", "last fall", "the past three years", "the next day",
 * "that night", "recently". Weekdays alone are in {@link WeekdayRules}. Stateless.
 */
final class RelativeRules {
    private RelativeRules() {
    }

    /** "today", "yesterday", "tomorrow", "tonight", "now", optionally with a part of the day. */
    static Match deictic(Scan s, Reference r, int i) {
        Token k = s.t(i);
        if (k.num == 20) {
            boolean discourse = k.cap && (i == 0 || s.boundary(i - 1)) && s.any(i + 1, ",", "for");
            // "from now" belongs to an amount; a sentence opening "Now, ..." or "Now for ..." moves the story along
            return k.low.equals("now") && s.w(i - 1, "from") || discourse ? null : Match.date(i, i + 1, "PRESENT_REF");
        }
        if (k.num == 10) {
            return Match.of(i, i + 1, TimexType.TIME, Dates.day(r.orNull()) + "TNI");
        }
        if (s.possessive(i + 1) && generic(s, i + 3)) {
            return null;
        }
        LocalDate d = !r.known() ? null : r.date().plusDays(k.num);
        Token n = s.t(i + 1);
        if (n.cat == Cat.DAYPART && n.num < 4) {
            return Match.of(i, i + 2, TimexType.TIME, Dates.day(d) + "T" + Dates.PARTS[n.num]);
        }
        return Match.date(i, i + 1, Dates.day(d));
    }

    /**
     * Whether the noun after "today's" at {@code j}, or the one after a single adjective, names people or things in
     * general rather than the day: "today's youth", "today's world", "today's personal computers". "today's editions"
     * and "today's meeting" name the day.
     */
    private static boolean generic(Scan s, int j) {
        return genericNoun(s.t(j).low) || s.cat(j) == Cat.OTHER && !s.t(j).cap && genericNoun(s.t(j + 1).low);
    }

    private static boolean genericNoun(String w) {
        switch (w) {
            case "youth": case "youths": case "young": case "world": case "society": case "societies":
            case "generation": case "generations": case "children": case "kids": case "teenagers": case "teens":
            case "students": case "parents": case "families": case "women": case "men": case "people":
            case "computers": case "technology": case "technologies": case "economy": case "standards":
            case "culture": case "politics":
                return true;
            default:
                return false;
        }
    }

    /** "last day/week/month/quarter of 2024": the final one of that year, from "last" to the year. */
    private static Match lastOfYear(int i, Unit unit, int year) {
        String value = switch (unit) {
            case DAY -> Dates.day(year, 12, 31);
            case WEEK -> Dates.week(LocalDate.of(year, 12, 28)); // 28 December lies in a year's last ISO week
            case MONTH -> Dates.yearMonth(year, 12);
            case QUARTER -> Dates.quarter(year, 4);
            default -> null;
        };
        return value == null ? null : Match.date(i, i + 4, value);
    }

    /** "last", "this", "next", "past", "coming", "recent" and kin followed by a unit, month, weekday or season. */
    static Match relative(Scan s, Reference r, int i) {
        Token k = s.t(i);
        if (k.low.equals("that") && s.w(i + 1, "same") && s.cat(i + 2) == Cat.UNIT) {
            Match same = sameAsLast(s, i + 1, Unit.values()[s.t(i + 2).num]); // "that same day"
            return same == null ? null : same.from(i);
        }
        if (k.low.equals("this") && s.w(i + 1, "past")) {
            Match past = thisPast(s, r, i);
            if (past != null) {
                return past;
            }
        }
        int dir = k.num == 2 ? -1 : k.num == 3 ? 0 : k.num;
        Token n = s.t(i + 1);
        if (k.low.equals("last") && n.cat == Cat.UNIT && s.w(i + 2, "of")
                && CalendarRules.explicitYear(s, i + 3) != 0) {
            Match end = lastOfYear(i, Unit.values()[n.num], CalendarRules.explicitYear(s, i + 3));
            if (end != null) {
                return end; // "the last week of 2024" is the end of 2024, not last week
            }
        }
        switch (n.cat) {
            case UNIT: return unit(s, r, i, dir, Unit.values()[n.num], n);
            case OTHER:
                if (n.low.equals("period") && k.low.equals("latest") && r.known()) {
                    // the quarter under report, else the last complete one
                    return Match.date(i, i + 2, s.lastQuarter.isEmpty() ? Dates.shift(r.orNull(), Unit.QUARTER, -1)
                            : s.lastQuarter);
                }
                if (n.low.equals("period") && k.low.equals("same")) {
                    return ReportRules.comparable(s, i);
                }
                if (n.low.equals("half") && k.low.equals("last") && s.w(i + 2, "of")
                        && CalendarRules.explicitYear(s, i + 3) != 0) {
                    return Match.date(i, i + 4, Dates.year(CalendarRules.explicitYear(s, i + 3)) + "-H2");
                }
                if (n.low.equals("fiscal") && s.w(i + 2, "year") && k.num != 3
                        && CalendarRules.explicitYear(s, i + 3) == 0) {
                    // "the current fiscal year", "last fiscal year", "the latest fiscal year"
                    return Match.date(i, i + 3, Dates.shift(r.orNull(), Unit.YEAR, dir));
                }
                return other(s, i, k);
            case NUMBER: case NUMWORD: case VAGUE: {
                if (k.num == 3) {
                    return null;
                }
                Match d = AmountRules.duration(s, r, i + 1);
                return d == null || d.type() != TimexType.DURATION ? null : d.from(i);
            }
            case MONTH: {
                if (!r.known() || k.num == 3) {
                    return k.num == 3 ? null : Match.date(i, s.skipDotIfAbbrev(i + 1), "XXXX-" + Dates.two(n.num));
                }
                int m = n.num;
                int y = r.date().getYear();
                int rm = r.date().getMonthValue();
                int after = s.skipDotIfAbbrev(i + 1);
                if (dir < 0 && s.cat(after) == Cat.NUMBER && s.t(after).num >= 1 && s.t(after).num <= 31) {
                    return null; // "last Oct. 23": TimeML tags the date alone, which "last" places in the past
                }
                if (dir < 0) {
                    // "last February" written in March is a year back: the month just gone is "last month"
                    y = m < rm - 1 ? y : y - 1;
                } else if (dir > 0) {
                    y = m > rm ? y : y + 1;
                }
                return Match.date(i, s.skipDotIfAbbrev(i + 1), Dates.yearMonth(y, m));
            }
            case WEEKDAY: {
                if (k.num == 2 || k.num == 3) {
                    return null;
                }
                if (k.low.equals("following") && !s.w(i - 1, "the") && s.possessive(s.skipDotIfAbbrev(i + 1))) {
                    return null; // "calm returned following Friday's protest": a preposition, and the protest is past
                }
                String lastDay = s.lastDay(i, 150);
                LocalDate story = lastDay == null ? null : Narrative.firstDay(lastDay);
                if (s.any(i, "previous", "preceding", "following") && story != null && r.known()) {
                    // "the previous Friday" counts from the day the story is on, not from the DCT
                    LocalDate d = Dates.weekday(story, n.num, dir > 0 ? 1 : -1);
                    d = d.equals(story) ? d.plusWeeks(dir > 0 ? 1 : -1) : d;
                    return Match.date(i, s.skipDotIfAbbrev(i + 1), Dates.day(d));
                }
                Match w = WeekdayRules.weekday(s, r, i + 1, dir == 0 ? 1 : dir);
                if (w != null && k.low.equals("last") && r.known() && (w.last() == s.skipDotIfAbbrev(i + 1)
                        || s.cat(s.skipDotIfAbbrev(i + 1)) == Cat.DAYPART)
                        && w.value().startsWith(Dates.day(r.date().minusDays(1)))) {
                    // "kicked off last Wednesday" written on a Thursday: the day before is plain "Wednesday" in news,
                    // "last" the week's before
                    w = w.withValue(Dates.day(r.date().minusDays(8)) + w.value().substring(10));
                }
                if (w != null && dir == 0 && r.known() && !w.isImpossible()) {
                    LocalDate d = r.date().with(java.time.DayOfWeek.of(n.num));
                    if (d.isBefore(r.date()) && s.tense(i, w.last()) > 0) {
                        d = d.plusWeeks(1); // "when they meet in Washington this Wednesday", written on a Sunday
                    }
                    w = w.withValue(Dates.day(d) + w.value().substring(10));
                }
                return w == null ? null : w.from(i);
            }
            case SEASON: return season(s, r, i + 1, dir).from(i);
            case DAYPART: {
                if (n.num >= 4) {
                    return null;
                }
                LocalDate d;
                if (k.low.equals("last")) {
                    d = !r.known() ? null : r.date().minusDays(1); // "last night"
                } else if (dir == 0) {
                    // "that night" is the story's, "this morning" today's
                    d = k.num == 3 ? storyDay(s, r, i) : r.orNull();
                } else if (dir > 0 && s.w(i - 1, "the")) {
                    d = storyDay(s, r, i) == null ? null : storyDay(s, r, i).plusDays(1); // "the next morning"
                } else {
                    return null;
                }
                return Match.of(i, i + 2, TimexType.TIME, Dates.day(d) + "T" + Dates.PARTS[n.num]);
            }
            default:
                return other(s, i, k);
        }
    }

    /**
     * "this past weekend", "this past spring", "this past Sunday", "this past March": the latest one before the
     * reference date (or the one under way, for a weekend); null if no such word follows "this past".
     */
    private static Match thisPast(Scan s, Reference r, int i) {
        Token n = s.t(i + 2);
        switch (n.cat) {
            case UNIT: {
                Unit u = Unit.values()[n.num];
                if (n.low.endsWith("s") || u.isClock() || u == Unit.DAY) {
                    return null;
                }
                boolean weekendNow = u == Unit.WEEKEND && r.known() && r.date().getDayOfWeek().getValue() >= 6;
                return Match.date(i, i + 3, Dates.shift(r.orNull(), u, weekendNow ? 0 : -1));
            }
            case SEASON: return season(s, r, i + 2, -1).from(i);
            case WEEKDAY: {
                Match w = WeekdayRules.weekday(s, r, i + 2, -1);
                return w == null ? null : w.from(i);
            }
            case MONTH: {
                if (!r.known()) {
                    return null;
                }
                int y = n.num < r.date().getMonthValue() ? r.date().getYear() : r.date().getYear() - 1;
                return Match.date(i, s.skipDotIfAbbrev(i + 2), Dates.yearMonth(y, n.num));
            }
            default: return null;
        }
    }

    /** "recent", "current" and "the past" standing alone. */
    private static Match other(Scan s, int i, Token k) {
        if (k.low.equals("current") && s.w(i - 1, "then") || k.low.equals("current") && s.w(i - 2, "then")
                && s.cat(i - 1) == Cat.DASH) {
            return Match.date(s.w(i - 1, "then") ? i - 1 : i - 2, i + 1, "PAST_REF"); // "the then-current rate"
        }
        if ((k.low.equals("recent") || k.low.equals("current")) && !s.w(i - 1, "the")) {
            return Match.date(i, i + 1, k.low.equals("recent") ? "PAST_REF" : "PRESENT_REF");
        }
        if (k.low.equals("past") && s.w(i - 1, "the") && (!s.glued(i + 1) || closes(s, i + 1))) {
            return Match.date(i, i + 1, "PAST_REF");
        }
        return null;
    }

    /**
     * Whether the punctuation at {@code i} closes a phrase ("In the past, Russia ...", "than they have in the past.")
     * rather than joining the word before it to what follows ("the past-due loans", "the past's").
     */
    private static boolean closes(Scan s, int i) {
        return s.any(i, ",", ".", ";", ":", "?", "!", ")");
    }

    private static Match unit(Scan s, Reference r, int i, int dir, Unit u, Token n) {
        Token k = s.t(i);
        boolean plural = n.low.endsWith("s") && u != Unit.DAY || n.low.equals("days");
        if (plural) {
            if (k.low.equals("recent")) {
                return Match.duration(i, i + 2, u.duration(-1));
            }
            if (k.num == 1) {
                return Match.duration(i, i + 2, u.duration(-1));
            }
            return null;
        }
        if (k.num == 3) {
            return s.w(i, "that") || s.w(i, "same") ? sameAsLast(s, i, u) : null;
        }
        if (u == Unit.DECADE && (k.num == 1 || k.num == -1)) {
            if (s.w(i - 1, "the") && s.any(i, "following", "previous", "preceding", "prior") && decade(s.lastDate)) {
                // after "the 1960s", "the following decade" is the calendar's next one
                return Match.date(i, i + 2, Dates.decade(Integer.parseInt(s.lastDate) + dir));
            }
            if (k.num == 1 || k.low.equals("past")) {
                // "over the next decade", "the coming decade", "the past decade": ten years from the moment of
                // speaking, not the calendar decade ("the last decade" stays the calendar's, gold 1 of 1)
                return Match.duration(i, i + 2, u.duration(1));
            }
        }
        if (k.num == 1 && s.w(i - 1, "the") && s.any(i - 2, "over", "within", "throughout") && u != Unit.WEEKEND) {
            // "over the next year", "within the following month": a length of time from the moment spoken of, not the
            // calendar year after it (the past keeps its date: "over the past year" is the year before, gold 1 of 1)
            return Match.duration(i, i + 2, u.duration(1));
        }
        boolean lastOrPast = k.low.equals("past") || k.low.equals("last");
        if (lastOrPast && s.w(i - 1, "the") && u.compareTo(Unit.MONTH) >= 0 && u != Unit.CENTURY) {
            // TimeML dates "the past year" as the year before, like "last year"
            return Match.date(i, i + 2, Dates.shift(r.orNull(), u, -1));
        }
        if (k.low.equals("past") || s.w(i - 1, "the") && k.low.equals("last") && u != Unit.WEEK) {
            return Match.duration(i, i + 2, u.duration(1));
        }
        if (u == Unit.DAY && s.w(i - 1, "the") && s.any(i, "next", "following", "previous", "preceding", "prior")) {
            LocalDate story = storyDay(s, r, i); // "the next day": the day after the one the story is on
            return story == null ? null : Match.date(i, i + 2, Dates.day(story.plusDays(dir)));
        }
        if (u == Unit.DAY || u.isClock()) {
            return null;
        }
        LocalDate base = r.orNull();
        if (u == Unit.YEAR && base != null && s.possessive(i + 2)) {
            Match part = partOfYear(s, r, i, i + 4, Dates.shift(base, u, dir));
            if (part != null) {
                return part;
            }
        }
        if (s.w(i - 1, "the") && s.any(i, "following", "previous", "preceding", "prior", "next")) {
            LocalDate last = Narrative.firstDay(s.lastDate);
            base = last != null ? last : base;
        }
        if (u == Unit.QUARTER && base != null) {
            if (k.low.equals("this") && !s.lastQuarter.isEmpty()) {
                // in an earnings report "this quarter" is the one being reported, not the calendar's
                return Match.date(i, i + 2, s.lastQuarter);
            }
            if (k.low.equals("latest") || k.low.equals("recent")) {
                dir = -1;
            }
        } else if (k.num == 2) {
            return null;
        }
        if (u == Unit.WEEK && base != null && base.equals(r.orNull()) && base.getDayOfWeek() == DayOfWeek.SUNDAY) {
            // written on a Sunday, "last week" is the week just ending and "this week" still to come the one that
            // starts tomorrow, as a Sunday paper counts its weeks ("placed under house arrest last week", "hearings
            // that are starting this week"; "this week's meeting" is the one just held)
            if (k.low.equals("last")) {
                dir = 0;
            } else if (k.low.equals("this") && !s.possessive(i + 2) && s.tense(i, i + 2) > 0) {
                dir = 1;
            }
        }
        return Match.date(i, i + 2, Dates.shift(base, u, dir));
    }

    /** Whether a value is a decade, as "199" for the 1990s. */
    private static boolean decade(String value) {
        return value.length() == 3 && Character.isDigit(value.charAt(0)) && Character.isDigit(value.charAt(2));
    }

    /**
     * "this year's third quarter", "last year's quarter": the quarter or half at {@code j} in {@code year}, the one
     * under discussion when no ordinal names it; null if none follows.
     */
    private static Match partOfYear(Scan s, Reference r, int i, int j, String year) {
        if (s.cat(j) == Cat.ORDINAL) {
            Match q = PeriodRules.ordinal(s, r, j);
            return q == null || q.value().length() != 7 || !Character.isDigit(q.value().charAt(0)) ? null
                    : Match.date(i, q.last(), year + q.value().substring(4));
        }
        if (s.any(j, "quarter", "period") && !s.lastQuarter.isEmpty()) {
            return Match.date(i, j + 1, year + s.lastQuarter.substring(4));
        }
        return null;
    }

    /** How many tokens before "earlier in the day" the day it is of may be named: about a sentence. */
    private static final int IN_THE_DAY_REACH = 30;
    /** How many days from the reference date a day named before "earlier in the day" may be: the news of a week. */
    private static final int IN_THE_DAY_WEEK = 7;

    /**
     * "earlier in the day": the day named just before ("said on Monday evening this emerged from a meeting held earlier
     * in the day") if it is of the week of the news, else the reference date, not a day a narration went back to. Its
     * first word is listed in {@link Engine}'s switch on words. "later in the day" is left untagged, as TimeML leaves
     * both: in wire copy it mostly dates a plan of the day ("final results will be published later in the day"),
     * which round 30b judged no happening in 3 of 3.
     */
    static Match inTheDay(Scan s, Reference r, int i) {
        if (!s.w(i + 1, "in") || !s.w(i + 2, "the")) {
            return null;
        }
        if (s.w(i + 3, "week") || s.w(i + 3, "month") || s.w(i + 3, "year")) {
            return inTheUnit(s, r, i);
        }
        if (!s.w(i + 3, "day")) {
            return null;
        }
        String named = s.lastDay(i, IN_THE_DAY_REACH);
        LocalDate day = named != null ? Narrative.firstDay(named) : null;
        if (day == null || r.known() && Math.abs(day.toEpochDay() - r.date().toEpochDay()) > IN_THE_DAY_WEEK) {
            day = r.orNull(); // "the tank crashed through its gates on April 30, 1975. Earlier in the day Rubin ..."
        }
        return day == null ? null : Match.date(i, i + 4, Dates.day(day));
    }

    /**
     * "earlier in the week", "earlier in the month", "earlier in the year": the week, month or year of the reference
     * date ("A climber was rescued from Mount Kenya earlier in the week"), as "earlier this week" is.
     */
    private static Match inTheUnit(Scan s, Reference r, int i) {
        LocalDate day = r.orNull();
        if (day == null) {
            return null;
        }
        String value = s.w(i + 3, "week") ? Dates.week(day) : s.w(i + 3, "month")
                ? Dates.yearMonth(day.getYear(), day.getMonthValue()) : Dates.year(day.getYear());
        return Match.date(i, i + 4, value);
    }

    /** The day a narration is on: the last day named in the last few sentences, else the reference date. */
    private static LocalDate storyDay(Scan s, Reference r, int i) {
        String day = s.lastDay(i, 150);
        return day != null ? Narrative.firstDay(day) : r.orNull();
    }

    /** "that day", "the same year", "that quarter": the last date mentioned, cut to the unit. */
    private static Match sameAsLast(Scan s, int i, Unit u) {
        String last = s.lastDate;
        if (u == Unit.QUARTER) {
            boolean quarter = last.length() == 7 && last.charAt(5) == 'Q' && Character.isDigit(last.charAt(0));
            String q = quarter ? last : s.lastQuarter;
            return q.isEmpty() ? null : Match.date(i, i + 2, q);
        }
        if (u == Unit.DAY) {
            String day = s.lastDay(i, Integer.MAX_VALUE / 2);
            return day == null ? null : Match.date(i, i + 2, day);
        }
        int len = u == Unit.YEAR ? 4 : u == Unit.MONTH ? 7 : -1;
        if (len < 0 || last.length() < len || !Character.isDigit(last.charAt(0))
                || len == 7 && !(last.charAt(4) == '-' && Character.isDigit(last.charAt(5)))) {
            return null; // "that month" after "2025-W36" or "2025-Q3" names no month
        }
        return Match.date(i, i + 2, last.substring(0, len));
    }

    /** A season, alone or with "of 1990" / "1990"; {@code dir} places it around the reference when no year is given. */
    static Match season(Scan s, Reference r, int i, int dir) {
        int sea = s.t(i).num;
        int j = s.w(i + 1, "of") ? i + 2 : i + 1;
        int y = CalendarRules.explicitYear(s, j);
        if (y != 0) {
            return Match.date(i, j + 1, Dates.year(y) + "-" + Dates.SEASONS[sea]);
        }
        Match spoken = s.cat(j) == Cat.NUMWORD ? YearRules.spokenYear(s, j) : null;
        if (spoken != null) {
            return Match.date(i, spoken.last(), spoken.value() + "-" + Dates.SEASONS[sea]);
        }
        int named = yearNamedBefore(s, i);
        if (named != 0) {
            // "In the 1918 pandemic, the first wave was mild, but by fall, the second wave killed": that year's fall
            return Match.date(i, i + 1, Dates.year(named) + "-" + Dates.SEASONS[sea]);
        }
        if (!r.known()) {
            return Match.date(i, i + 1, "XXXX-" + Dates.SEASONS[sea]);
        }
        int ry = r.date().getYear();
        int cur = Dates.seasonOf(r.date());
        if (dir != 0 && r.date().getMonthValue() <= 2) {
            ry--; // the winter of January and February is filed under the year it began, so last fall is that year's
        }
        if (dir < 0) {
            ry = sea < cur ? ry : ry - 1;
        } else if (dir > 0) {
            ry = sea > cur ? ry : ry + 1;
        }
        return Match.date(i, i + 1, Dates.year(ry) + "-" + Dates.SEASONS[sea]);
    }

    /** How many tokens before a season a year of its sentence may end and still be the season's. */
    private static final int SEASON_YEAR_REACH = 15;

    /**
     * The year the text named on its own ("1918", not a day or a month) within {@value #SEASON_YEAR_REACH} tokens
     * before token {@code i} in its sentence, or 0.
     */
    static int yearNamedBefore(Scan s, int i) {
        String v = s.lastDate;
        if (v.length() != 4 || !v.chars().allMatch(Character::isDigit) || s.lastDateEnd < i - SEASON_YEAR_REACH
                || s.lastDateEnd > i) {
            return 0;
        }
        for (int k = s.lastDateEnd; k < i; k++) {
            if (s.boundary(k)) {
                return 0;
            }
        }
        return Integer.parseInt(v);
    }

    /** "recently", "currently", "soon", "previously", "formerly", "the future". */
    static Match refWord(Scan s, int i) {
        Token k = s.t(i);
        switch (k.low) {
            case "recently": case "lately":
                return Match.date(i, i + 1, "PAST_REF");
            case "currently": case "presently":
                return Match.date(i, i + 1, "PRESENT_REF");
            case "future":
                return s.any(i - 1, "the", "near", "foreseeable", "distant", "in") ? Match.date(i, i + 1, "FUTURE_REF")
                        : null;
            default:
                return null;
        }
    }
}
