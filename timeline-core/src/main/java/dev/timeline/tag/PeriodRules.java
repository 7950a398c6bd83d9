package dev.timeline.tag;

import java.time.LocalDate;

/**
 * Rules for named parts of a year or era: quarters and halves ("the third quarter", "third-quarter", "the first half of
 * 1990", "the second and fourth quarters"), centuries ("the 20th century"), "the year-earlier quarter", "the quarter",
 * "the week of March 6", "the day before last Tuesday", "the weekend", "over the years" and bare plural units
 * ("years", "decades"). Company-report periods are in {@link ReportRules}. Stateless.
 */
final class PeriodRules {
    private PeriodRules() {
    }

    /** An ordinal at {@code i} naming a quarter, half or century, or opening "the first nine months". */
    static Match ordinal(Scan s, Reference r, int i) {
        Token k = s.t(i);
        int q = k.num;
        int j = s.cat(i + 1) == Cat.DASH && s.glued(i + 1) ? i + 2 : i + 1;
        Token n = s.t(j);
        Match habit = everyQuarter(s, i, j);
        if (habit != null) {
            return habit;
        }
        if (n.low.equals("quarter") || n.low.equals("half")) {
            boolean quarter = n.low.equals("quarter");
            if (q < 1 || q > (quarter ? 4 : 2)) {
                return null;
            }
            int end = j + 1;
            if (CalendarRules.explicitYear(s, end) == 0 && !(s.w(end, "of") && CalendarRules.explicitYear(s, end + 1)
                    != 0) && periodOfPlay(s, i, end)) {
                // "to close the third quarter 54-43", "scored in the second half", "the fourth quarter of the Heat's
                // 102-105 loss": a game's, no date
                return null;
            }
            int y = 0;
            if (s.w(end, "of") && CalendarRules.explicitYear(s, end + 1) != 0) {
                y = CalendarRules.explicitYear(s, end + 1);
                end += 2;
            } else if (CalendarRules.explicitYear(s, end) != 0) {
                y = CalendarRules.explicitYear(s, end);
                end++;
            } else if (CalendarRules.explicitYear(s, i - 1) != 0) {
                y = CalendarRules.explicitYear(s, i - 1);
            } else if (s.w(i - 1, "fiscal") && CalendarRules.explicitYear(s, i - 2) != 0) {
                y = CalendarRules.explicitYear(s, i - 2);
            }
            String yv = y != 0 ? Dates.year(y) : !r.known() ? "XXXX" : Dates.year(r.date().getYear()
                    - (quarter && laterQuarter(s, r, i, end, q) ? 1 : 0));
            return Match.date(i, end, yv + (quarter ? "-Q" : "-H") + q);
        }
        if (q == 1 && s.w(i + 1, "two") && s.w(i + 2, "quarters") && s.w(i + 3, "of")
                && CalendarRules.explicitYear(s, i + 4) != 0) {
            return Match.date(i, i + 5, Dates.year(CalendarRules.explicitYear(s, i + 4)) + "-H1"); // first two quarters
        }
        if (n.low.equals("day") && s.w(j + 1, "of") && s.w(i - 1, "the") && (s.w(i - 2, "is")
                || s.w(i - 2, "s") && s.glued(i - 2) && s.any(i - 3, "'", "\u2019"))) {
            return Match.date(i, j + 1, Dates.day(r.orNull())); // "today is the eighth day of the blockade"
        }
        if (n.cat == Cat.UNIT && s.w(i - 1, "the") && s.w(j + 1, "of") && eventAhead(s, j + 2)) {
            // "the third day of the strike", "the first year of his presidency": counted into a happening whose date
            // the text does not give here
            return unknownOf(i, j + 1, Unit.values()[n.num]);
        }
        if (n.low.equals("century") && k.cat == Cat.ORDINAL && q >= 1 && q <= 30) {
            return Match.date(i, j + 1, Dates.two(q - 1));
        }
        if (q == 1 || q == 2 && s.w(i - 1, "the")) {
            Match d = AmountRules.duration(s, r, i + 1);
            if (d != null && d.type() == TimexType.DURATION) {
                return d.from(i);
            }
        }
        return null;
    }

    /** Words of a game's score around a quarter or a half of play. */
    private static final java.util.Set<String> PLAY = java.util.Set.of("scored", "score", "goal", "goals",
            "touchdown", "touchdowns", "halftime", "half-time", "rebounds", "assists", "baskets", "penalty", "inning",
            "minutes", "minute", "save", "saves", "goalkeeper", "equaliser", "equalizer", "header", "striker",
            "kickoff", "free-kick", "match", "crossbar", "woodwork", "goalpost", "quarterback", "interception",
            "yards", "midfielder", "defender", "hat-trick", "wicket", "wickets", "innings", "touchline", "offside",
            "game", "games");
    /** How many tokens either side of "the third quarter" are read for a game's score. */
    private static final int PLAY_REACH = 12;

    /**
     * Whether the quarter or half from {@code i} to {@code end} is a period of a game: a score ("54-43"), a word of
     * play ({@link #PLAY}), a game's points or seconds within {@value #PLAY_REACH} tokens.
     */
    private static boolean periodOfPlay(Scan s, int i, int end) {
        for (int k = Math.max(0, i - PLAY_REACH); k < end + PLAY_REACH; k++) {
            if (k < i || k >= end) {
                Token t = s.t(k);
                if (PLAY.contains(t.low) || gamePoints(s, k, i, end)
                        || t.has(Cat.UNIT) && Unit.values()[t.num(Cat.UNIT)] == Unit.SECOND
                        // "in a 47-second span late in the fourth quarter": a game clock counts seconds
                        || t.cat == Cat.NUMBER && t.num <= 200 && s.cat(k + 1) == Cat.DASH
                        && s.glued(k + 1) && s.glued(k + 2) && s.cat(k + 2) == Cat.NUMBER && s.t(k + 2).num <= 200) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words of a market's moves, near which "points" are an index's rather than a game's. */
    private static final java.util.Set<String> MARKET = java.util.Set.of("index", "indexes", "indices", "dow",
            "nasdaq", "stocks", "shares", "market", "markets", "percent", "percentage", "basis", "rate", "rates");

    /**
     * Whether {@code k} is "points" of a game ("led by as many as 43 points", "to close the margin to five points"):
     * no word of a market's moves ({@link #MARKET}, "percentage points", "the index fell 30 points") within
     * {@value #PLAY_REACH} tokens of the quarter from {@code i} to {@code end}.
     */
    private static boolean gamePoints(Scan s, int k, int i, int end) {
        if (!s.any(k, "points", "point")) {
            return false;
        }
        for (int m = Math.max(0, i - PLAY_REACH); m < end + PLAY_REACH; m++) {
            if (MARKET.contains(s.t(m).low)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the second and fourth quarters", "fourth quarters": quarters in the plural recur every year. {@code i} is the
     * ordinal and {@code j} the token after it.
     */
    private static Match everyQuarter(Scan s, int i, int j) {
        int q = s.t(i).num;
        if (q < 1 || q > 4) {
            return null;
        }
        if (s.w(j, "quarters")) {
            return Match.of(i, j + 1, TimexType.SET, "XXXX-Q" + q).asSet("EVERY", null);
        }
        boolean paired = s.any(j, "and", "or") && s.cat(j + 1) == Cat.ORDINAL && s.w(j + 2, "quarters")
                && s.t(j + 1).num >= 1 && s.t(j + 1).num <= 4;
        return paired ? Match.of(i, j, TimexType.SET, "XXXX-Q" + q).asSet("EVERY", null) : null;
    }

    /**
     * Whether quarter {@code q}, named without a year, has not begun by the reference date and the clause reports it as
     * past, or it is at least two quarters ahead with no future cue: "profits fell in the fourth quarter" written in
     * January is last year's.
     */
    static boolean laterQuarter(Scan s, Reference r, int first, int last, int q) {
        int current = Dates.quarterOf(r.date());
        if (q <= current || s.w(first - 1, "next") || s.w(first - 2, "next")) {
            return false;
        }
        int tense = s.tense(first, last);
        return tense < 0 || tense == 0 && q - current >= 2;
    }

    /**
     * A unit word not preceded by an amount: "year-earlier", "the quarter", "the weekend", "the weeks ahead",
     * "years".
     */
    static Match unit(Scan s, Reference r, int i) {
        Token k = s.t(i);
        Unit u = Unit.values()[k.num];
        if (u == Unit.YEAR && !k.low.endsWith("s") && s.cat(i + 1) == Cat.DASH && s.glued(i + 1)
                && s.any(i + 2, "earlier", "ago")) {
            int end = i + 3;
            while (end < i + 5 && (s.cat(end) == Cat.ORDINAL || s.any(end, "quarter", "period", "nine", "six",
                    "months", "half", "first", "second", "third", "fourth", "-"))) {
                end++;
            }
            if (s.w(end - 1, "months") && s.cat(end - 2) == Cat.NUMWORD) {
                return Match.duration(i, end, "P" + s.t(end - 2).num + "M"); // "the year-earlier nine months"
            }
            return Match.date(i, end, ReportRules.yearBefore(s, r, i));
        }
        if (u == Unit.YEAR && !k.low.endsWith("s") && (s.cat(i + 1) == Cat.DASH && s.glued(i + 1) && s.w(i + 2, "end")
                || s.w(i + 1, "end"))) {
            return Match.date(i, s.w(i + 1, "end") ? i + 2 : i + 3, Dates.shift(r.orNull(), Unit.YEAR, 0))
                    .withMod("END");
        }
        if (u == Unit.YEAR && s.w(i + 1, "'") && s.w(i + 2, "s") && s.w(i + 3, "end")) {
            return Match.date(i, i + 4, Dates.shift(r.orNull(), Unit.YEAR, 0)).withMod("END");
        }
        if (u == Unit.YEAR && k.low.equals("year") && s.w(i - 1, "full") && s.w(i - 2, "the")) {
            // "sales for the full year": the year being reported, the article taken in
            return Match.date(i - 2, i + 1, Dates.shift(r.orNull(), Unit.YEAR, 0));
        }
        if (s.w(i - 1, "the") && !s.glued(i)) {
            switch (k.low) {
                case "year":
                    if (s.w(i + 1, "two") && s.w(i + 2, "thousand")) {
                        return YearRules.spokenMillennium(s, i);
                    }
                    if (s.cat(i + 1) == Cat.DASH || s.w(i + 1, "'") || s.cat(i + 1) == Cat.NUMBER
                            || s.cat(i + 1) == Cat.NUMWORD) {
                        return null;
                    }
                    return ReportRules.wholeYear(s, r, i, i + 1);
                case "quarter": {
                    if (s.cat(i + 1) == Cat.DASH && s.w(i + 2, "to")) {
                        return null; // "the quarter-to-quarter comparison"
                    }
                    int back = ReportRules.yearBack(s, i + 1);
                    if (back > i + 1 && !s.lastQuarter.isEmpty()) {
                        return Match.date(i, back, ReportRules.yearBefore(s.lastQuarter));
                    }
                    return Match.date(i, i + 1, ReportRules.currentQuarter(s, r, i));
                }
                case "week": {
                    if (s.w(i + 1, "of") && s.cat(i + 2) == Cat.MONTH) {
                        Match d = CalendarRules.monthFirst(s, r, i + 2);
                        LocalDate day = d == null ? null : Narrative.firstDay(d.value());
                        if (day != null && d.value().length() == 10) {
                            return Match.date(i, d.last(), Dates.week(day)); // "the week of March 6"
                        }
                    }
                    if (s.any(i + 1, "before", "after") && eventAhead(s, i + 2)) {
                        return unknownOf(i, i + 1, u); // "the week after the election"
                    }
                    // "For the week, the index fell" and "the week's gains": the week being reported
                    return s.w(i + 1, ",") && s.w(i - 2, "for") || s.possessive(i + 1)
                            ? Match.date(i, i + 1, Dates.shift(r.orNull(), Unit.WEEK, 0)) : null;
                }
                case "day": return dayBeforeOrAfter(s, r, i);
                case "month":
                    return s.any(i + 1, "before", "after") && eventAhead(s, i + 2) ? unknownOf(i, i + 1, u) : null;
                case "weekend": {
                    boolean weekdayPast = r.known() && r.date().getDayOfWeek().getValue() <= 5
                            && s.tense(i, i + 1) < 0;
                    long shift = weekdayPast ? -1 : 0;
                    return Match.date(i, i + 1, Dates.shift(r.orNull(), Unit.WEEKEND, shift));
                }
                default: break;
            }
        }
        if (!k.low.endsWith("s") && s.cat(i + 1) == Cat.DASH && s.glued(i + 1) && s.w(i + 2, "long") && s.glued(i + 2)
                && s.cat(i - 1) != Cat.NUMBER && s.cat(i - 1) != Cat.NUMWORD) {
            return Match.duration(i, i + 3, u.duration(1)); // "a day-long meeting"
        }
        boolean plural = k.low.endsWith("s") && k.length() > 3;
        if (plural && s.w(i - 1, "the") && s.w(i + 1, "ahead") && u != Unit.QUARTER && !u.isClock()) {
            // "in the weeks ahead": some weeks from now, like "the coming weeks"
            return Match.duration(i, i + 2, u.duration(-1));
        }
        if (plural && u.compareTo(Unit.WEEK) >= 0 && u != Unit.QUARTER && s.w(i - 1, "the")
                && s.any(i - 2, "over", "in")
                && !s.any(i + 1, "before", "after", "since", "of", "ago", "to", "ahead", "'")) {
            return Match.duration(i - 1, i + 1, u.duration(-1)); // "over the years", "in the years that followed"
        }
        // after a number the amount rules have already declined the unit, as in the age "52 years old"; bare
        // "quarters" are more often lodgings than periods
        if (plural && u != Unit.DAY && u != Unit.SECOND && u != Unit.QUARTER && !s.w(i + 1, "of") && !s.glued(i)
                && !s.w(i - 1, "the") && s.cat(i - 1) != Cat.NUMBER && s.cat(i - 1) != Cat.NUMWORD) {
            boolean longAdjective = s.cat(i + 1) == Cat.DASH && s.glued(i + 1) && s.w(i + 2, "long") && s.glued(i + 2);
            return Match.duration(i, longAdjective ? i + 3 : i + 1, u.duration(-1)); // "decades-long"
        }
        return null;
    }

    /**
     * Whether a happening, not a date, opens at {@code j}: a determiner and a word with no temporal class ("the vote",
     * "his election", "an offensive"), as opposed to "the month", "1990" or "Christmas".
     */
    static boolean eventAhead(Scan s, int j) {
        if (!s.any(j, "the", "a", "an", "his", "her", "its", "their", "our", "this", "that")) {
            return false;
        }
        Token w = s.t(j + 1);
        return w.cat == Cat.OTHER && !w.cap && w.low.length() > 2 && Character.isLetter(w.low.charAt(0));
    }

    /** A day, week, month or year placed by a happening whose date is not known: "XXXX-XX-XX", "XXXX-WXX", ... */
    private static Match unknownOf(int first, int last, Unit u) {
        return switch (u) {
            case DAY, WEEK, MONTH, YEAR -> Match.date(first, last, Dates.unknown(u));
            default -> null;
        };
    }

    /**
     * "the day before last Tuesday", "the day after Christmas": a day from a dated day; "the day after the vote", "the
     * week before the election": a day or week from a happening, whose date is unknown here. {@code i} is the unit.
     */
    private static Match dayBeforeOrAfter(Scan s, Reference r, int i) {
        if (!s.any(i + 1, "before", "after")) {
            return null;
        }
        if (eventAhead(s, i + 2)) {
            String named = s.lastDay(i, 150);
            if (named == null) {
                return unknownOf(i, i + 1, Unit.DAY);
            }
            if (s.w(i - 2, ",") && s.lastDateEnd == i - 2) {
                return Match.date(i, i + 1, named); // "after Oct. 12, the day before the crash": that same day
            }
            // "He was shot on Oct. 23 ... the day after his death": the happening is the one the story is on
            LocalDate story = Narrative.firstDay(named);
            return Match.date(i, i + 1, Dates.day(story.plusDays(s.w(i + 1, "before") ? -1 : 1)));
        }
        int j = i + 2;
        Match target = switch (s.cat(j)) {
            case REL -> RelativeRules.relative(s, r, j);
            case WEEKDAY -> WeekdayRules.weekday(s, r, j, 0);
            case MONTH -> CalendarRules.monthFirst(s, r, j);
            case DEICTIC -> s.t(j).num >= -1 && s.t(j).num <= 1 ? RelativeRules.deictic(s, r, j) : null;
            case OTHER -> s.t(j).cap ? Holidays.at(s, r, j) : null; // "the day after Christmas"
            default -> null;
        };
        LocalDate day = target == null || target.value().length() != 10 ? null : Narrative.firstDay(target.value());
        if (day == null) {
            return null;
        }
        return Match.date(i, target.last(), Dates.day(day.plusDays(s.w(i + 1, "before") ? -1 : 1)));
    }

}
