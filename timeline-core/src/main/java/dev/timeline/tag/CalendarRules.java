package dev.timeline.tag;

import java.util.Set;

/**
 * Rules for calendar dates named outright: "Sept. 3", "3 September 2025", "Aug. 31, 2025", "2025-08-28", "08/28/2025",
 * "August 1988", years, "the 1990s", and days continuing a range ("Sept. 3-5", "2018-19"). Years in words and
 * shorthand ("'98", "the nineties") are in {@link YearRules}. Stateless.
 */
final class CalendarRules {
    private CalendarRules() {
    }

    /** A date that starts with a month name at {@code i}. */
    static Match monthFirst(Scan s, Reference r, int i) {
        int m = s.t(i).num;
        int j = s.skipDot(i + 1);
        if (impossibleDayBefore(s, i, m, j)) {
            return null; // "30 February 2025" is no date, and no month either: never rounded into February 2025
        }
        Token k = s.t(j);
        boolean dayLike = (k.cat == Cat.NUMBER && k.length() <= 2 || k.cat == Cat.ORDINAL) && k.num >= 1 && k.num <= 31
                // "the explosion in April first triggered": a spelled ordinal before a verb is the adverb
                && !(k.cat == Cat.ORDINAL && Character.isLetter(k.low.charAt(0)) && s.tenseWord(j + 1));
        if (dayLike && !(s.w(j + 1, ":") && s.glued(j + 1) && s.cat(j + 2) == Cat.NUMBER && s.glued(j + 2))) {
            int d = k.num;
            int end = j + 1;
            int y = explicitYear(s, end);
            if (y == 0 && s.w(end, ",")) {
                y = explicitYear(s, end + 1);
                if (y != 0) {
                    end++;
                }
            }
            if (y != 0) {
                String v = Dates.day(y, m, d);
                return v == null ? Match.impossible(i, end + 1) : Match.date(i, end + 1, v);
            }
            Match relative = dayOfRelativeYear(s, r, i, end, m, d);
            return relative != null ? relative : resolveMonthDay(s, r, i, end, m, d);
        }
        int y = explicitYear(s, j);
        if (y != 0) {
            return Match.date(i, j + 1, Dates.yearMonth(y, m));
        }
        Match spoken = s.cat(j) == Cat.NUMWORD ? YearRules.spokenYear(s, j) : null;
        if (spoken != null) {
            return Match.date(i, spoken.last(), Dates.yearMonth(Integer.parseInt(spoken.value()), m));
        }
        if (s.w(j, "of") || s.w(j, ",")) {
            y = explicitYear(s, j + 1);
            if (y != 0) {
                return Match.date(i, j + 2, Dates.yearMonth(y, m));
            }
        }
        Match ofThatYear = ofThatYear(s, i, j, m);
        if (ofThatYear != null) {
            return ofThatYear;
        }
        if (s.cat(j) == Cat.REL && s.any(j + 1, "year")) {
            int dir = s.t(j).num;
            if (!r.known()) {
                return Match.date(i, j + 2, "XXXX-" + Dates.two(m));
            }
            int ry = r.date().getYear() + (dir == -1 ? -1 : dir == 1 ? 1 : 0);
            return Match.date(i, j + 2, Dates.yearMonth(ry, m));
        }
        if (!plausibleBareMonth(s, i)) {
            return null;
        }
        int later = laterYear(s, j);
        if (later != 0) {
            return Match.date(i, s.skipDotIfAbbrev(i), Dates.yearMonth(later, m)); // the year stays its own mention
        }
        return Match.date(i, s.skipDotIfAbbrev(i), monthValue(s, r, i, i + 1, m));
    }

    /** A value that is a year, or opens with one: "1957", "1957-06". */
    private static final java.util.regex.Pattern YEAR_VALUE = java.util.regex.Pattern.compile("\\d{4}");
    /** A value that is a month of a year: "1957-06". */
    private static final java.util.regex.Pattern MONTH_VALUE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");
    /** How many words may stand between "that" and "year": "in June of that awful year". */
    private static final int THAT_YEAR_WORDS = 2;

    /**
     * A month of the year the text named before, with "of that year" after it ("The war began in 1914. In March of
     * that year, ..."), up to {@value #THAT_YEAR_WORDS} words between "that" and "year"; null when no "of that year"
     * follows or the last date named has no year.
     */
    private static Match ofThatYear(Scan s, int i, int j, int m) {
        if (!s.w(j, "of") || !s.w(j + 1, "that") || !YEAR_VALUE.matcher(s.lastDate).lookingAt()) {
            return null;
        }
        for (int k = j + 2; k <= j + 2 + THAT_YEAR_WORDS; k++) {
            if (s.w(k, "year")) {
                return Match.date(i, k + 1, Dates.yearMonth(Integer.parseInt(s.lastDate.substring(0, 4)), m));
            }
            if (s.t(k).cat != Cat.OTHER) {
                return null;
            }
        }
        return null;
    }

    /** The year that a month without one takes from just after it: "an April day in 1998", "December in 1999". */
    private static int laterYear(Scan s, int j) {
        int k = s.any(j, "day", "morning", "afternoon", "evening", "night") ? j + 1 : j;
        return s.w(k, "in") ? explicitYear(s, k + 1) : 0;
    }

    /**
     * Whether the month at {@code i} follows a day number it does not have ("30 February", "31 April"), in the year
     * that follows at {@code j} or, without one, in any year.
     */
    private static boolean impossibleDayBefore(Scan s, int i, int m, int j) {
        Token d = s.t(i - 1);
        if (!((d.cat == Cat.NUMBER && d.length() <= 2 || d.cat == Cat.ORDINAL) && d.num >= 1 && d.num <= 31)) {
            return false;
        }
        int y = explicitYear(s, j);
        return Dates.day(y != 0 ? y : 2000, m, d.num) == null;
    }

    /** Value of a month named without a year, placed by tense around the reference date. */
    static String monthValue(Scan s, Reference r, int first, int last, int m) {
        if (!r.known()) {
            return "XXXX-" + Dates.two(m);
        }
        int dir = monthTense(s, first, last);
        int named = dir > 0 ? 0 : historicalYearBefore(s, r, first, m);
        if (named != 0) {
            return Dates.yearMonth(named, m); // "In 1957 the flu reached Europe. In October, the second wave swept"
        }
        if (dir < 0 && m > r.date().getMonthValue() && s.eventPast(first)) {
            // "the bomb killed 19 soldiers in June", written in April: the June before, though a report's past may
            // name a month just ahead ("told the companies of a cutback in September")
            return Dates.yearMonth(r.date().getYear() - 1, m);
        }
        return Dates.yearMonth(sinceNotAfter(s, r, first, Dates.yearFor(r.date(), m, 0, dir), m, 1), m);
    }

    /**
     * Year {@code y} of month {@code m} (day {@code d}) named without a year, or the year before when "since" stands
     * right before the expression at {@code first} and that day lies after the reference date: "has been leaking since
     * April 20", written in March, began the April before.
     */
    private static int sinceNotAfter(Scan s, Reference r, int first, int y, int m, int d) {
        if (!s.w(first - 1, "since") || Dates.day(y, m, d) == null) {
            return y;
        }
        return java.time.LocalDate.of(y, m, d).isAfter(r.date()) ? y - 1 : y;
    }

    /** How many years before the reference's a year must be for a month after it to take it: history, not last year. */
    private static final int HISTORY_YEARS = 2;
    /** How many tokens back the year of the sentence before may end. */
    private static final int PREVIOUS_SENTENCE_REACH = 40;

    /**
     * The year, {@value #HISTORY_YEARS} or more before the reference's, of the story the text tells just before month
     * {@code m} named without one, a sentence that opens on it setting the scene: a year written out that opens the
     * month's sentence ("In 1957 the flu reached Europe, and in October it swept France"), or, when the month opens
     * its own sentence, the year written out or an earlier month that opens the sentence before ("In June of that
     * year, ... . In November, ..."); 0 if none. A year counted back ("two years ago ... in October") or named in
     * passing ("since its launch in 2003 and that as of February") is none.
     */
    private static int historicalYearBefore(Scan s, Reference r, int first, int m) {
        int named = RelativeRules.yearNamedBefore(s, first);
        if (named == 0 || !writtenOut(s, String.valueOf(named)) || !opensOnTheLastDate(s)) {
            // "since its launch in 2003 and that as of February": a year in passing is no story's
            named = yearOfTheSentenceBefore(s, first, m);
        }
        return named != 0 && named <= r.date().getYear() - HISTORY_YEARS ? named : 0;
    }

    /** Whether the last date the text named ends on its own value written out: "1957", not "two years ago". */
    private static boolean writtenOut(Scan s, String value) {
        return s.t(s.lastDateEnd - 1).low.equals(value);
    }

    /**
     * The year of the sentence before, when the month {@code m} at {@code first} opens its own ("In May, ..."): the
     * last date named there, a year written out or a month of that year before {@code m}; 0 otherwise.
     */
    private static int yearOfTheSentenceBefore(Scan s, int first, int m) {
        int open = s.w(first - 1, "in") ? first - 1 : first;
        String v = s.lastDate;
        boolean year = YEAR_VALUE.matcher(v).matches() && writtenOut(s, v);
        boolean earlierMonth = MONTH_VALUE.matcher(v).matches() && Integer.parseInt(v.substring(5)) < m;
        if (open > 0 && !s.boundary(open - 1) || !year && !earlierMonth
                || s.lastDateEnd < first - PREVIOUS_SENTENCE_REACH || s.lastDateEnd > first) {
            return 0;
        }
        int boundaries = 0;
        for (int k = s.lastDateEnd; k < open - 1; k++) {
            boundaries += s.boundary(k) ? 1 : 0;
        }
        // the sentence before opened on its date, as a story's scene does ("In 1957, ..."), not one that named a
        // date in passing ("since the March 2003 invasion. In December alone, ...")
        return boundaries == 0 && opensOnTheLastDate(s) ? Integer.parseInt(v.substring(0, 4)) : 0;
    }

    /** Whether the sentence of the last date named opens on it after "In": "In 1957, ...", "In June of that year". */
    private static boolean opensOnTheLastDate(Scan s) {
        int before = s.lastDateEnd - 1;
        while (before > 0 && before > s.lastDateEnd - OPENING_DATE_WORDS && !s.boundary(before - 1)) {
            before--;
        }
        return s.w(before, "in") && (before == 0 || s.boundary(before - 1));
    }

    /** How many words a date that opens its sentence after "In" may take: "In June of that awful year". */
    private static final int OPENING_DATE_WORDS = 7;

    /** The tense around a month named without a year; an end point ("through January") is not dated by it. */
    private static int monthTense(Scan s, int first, int last) {
        if (s.listItem(first, last)) {
            return -1; // "November: Congress passes a law": a dated list of months is a chronology of what happened
        }
        int dir = s.tense(first, last);
        if (dir == 0 && s.w(first - 1, "in") && (first < 2 || s.boundary(first - 2)) && s.w(last, ",")) {
            return -1; // a sentence opening "In January, ..." sets the scene of a report
        }
        if (dir > 0 && s.pastTenseSchedule(first)) {
            // in September, "was due to start at the O2 on 13 July" was July's, "was due to open on Nov. 13" is to
            // come: the nearer day
            return 0;
        }
        return dir < 0 && s.any(first - 1, "through", "until", "till", "by", "effective") ? 0 : dir;
    }

    /** How many days ahead of the reference a day an event's past dates may lie: the creation date runs behind. */
    private static final int PAST_DAY_SLACK = 7;

    private static Match resolveMonthDay(Scan s, Reference r, int first, int last, int m, int d) {
        if (!r.known()) {
            String v = Dates.dayNoYear(m, d);
            return v == null ? null : Match.date(first, last, v);
        }
        int dir = monthTense(s, first, last);
        int y = sinceNotAfter(s, r, first, Dates.yearFor(r.date(), m, d, dir), m, d);
        if (dir < 0 && s.w(first - 1, "on") && s.pastVerbAt(first - 2) && s.eventPast(first)
                && Dates.day(y, m, d) != null
                && java.time.LocalDate.of(y, m, d).isAfter(r.date().plusDays(PAST_DAY_SLACK))) {
            // "the summit held on January 9", written in late November: the past verb right before "on" dates its
            // event, the January gone; a past may reach two months ahead where it is another's ("authorized a split
            // payable Dec. 7", "announced a deal ... in January"), and a few days where the creation date runs behind
            y--;
        }
        String v = Dates.day(y, m, d);
        if (v == null && m == 2 && d == 29) {
            return null;
        }
        return v == null ? null : Match.date(first, last, v);
    }

    /** "May" and "March" alone are usually a verb; trust them only after a word that introduces a date. */
    private static boolean plausibleBareMonth(Scan s, int i) {
        Token k = s.t(i);
        if (!(k.low.equals("may") || k.low.equals("march")) && k.length() > 3) {
            return true;
        }
        if (k.length() <= 3 && !(s.w(i + 1, ".") && s.glued(i + 1))) {
            return k.low.equals("may") && s.any(i - 1, "in", "since", "by", "until", "of", "from", "to", "through",
                    "early", "late", "mid", "last", "next", "this", "before", "after", "during", "-", "and", "or");
        }
        if (s.w(i - 1, "the") && k.cap && premodifies(s, i + 1)) {
            return true; // "the March accession", "the May meeting"
        }
        return s.any(i - 1, "in", "since", "by", "until", "till", "of", "from", "to", "through", "early", "late", "mid",
                "last", "next", "this", "before", "after", "during", "-", "and", "or", "between", "end",
                "beginning", "that");
    }

    /** Whether token {@code i} is a lowercase word a month could modify, not a preposition ("the March of Dimes"). */
    private static boolean premodifies(Scan s, int i) {
        Token n = s.t(i);
        return n.cat == Cat.OTHER && !n.cap && n.low.length() > 2 && Character.isLetter(n.low.charAt(0))
                && !s.any(i, "of", "for", "to", "on", "and", "the", "was", "is", "will", "has", "had");
    }

    /** A four-digit year at {@code i} (optionally "fiscal"), or 0. */
    static int explicitYear(Scan s, int i) {
        Token k = s.t(i);
        if (k.cat == Cat.NUMBER && k.length() == 4 && k.num >= 1000 && k.num <= 2999
                && !(s.glued(i + 1) && (s.w(i + 1, "s") || s.w(i + 1, "'")))) {
            return k.num;
        }
        return 0;
    }

    /** A day number followed by a month: "3 September 2025", "the 3rd of September". */
    static Match dayFirst(Scan s, Reference r, int i) {
        Token k = s.t(i);
        if (k.num < 1 || k.num > 31 || k.cat != Cat.ORDINAL && k.length() > 4) { // "the first of June" has five
            return null;
        }
        int j = s.w(i + 1, "of") ? i + 2 : i + 1;
        if (s.cat(j) != Cat.MONTH || (j == i + 2 && k.cat != Cat.ORDINAL)) {
            return ellipticalDay(s, r, i);
        }
        int m = s.t(j).num;
        int end = s.skipDotIfAbbrev(j);
        int y = explicitYear(s, end);
        if (y == 0 && s.w(end, ",") && explicitYear(s, end + 1) != 0) {
            end++;
            y = explicitYear(s, end);
        }
        if (y != 0) {
            String v = Dates.day(y, m, k.num);
            return v == null ? Match.impossible(i, end + 1) : Match.date(i, end + 1, v);
        }
        Match relative = dayOfRelativeYear(s, r, i, end, m, k.num);
        return relative != null ? relative : resolveMonthDay(s, r, i, end, m, k.num);
    }

    /**
     * A day and month followed by a year named relative to the reference, "(of) last year", "(of) this year", "(of)
     * next year": one date, "April 20 of last year" written in January 2011 being 2010-04-20; null if no such year
     * follows at {@code end}.
     */
    private static Match dayOfRelativeYear(Scan s, Reference r, int first, int end, int m, int d) {
        int rel = s.w(end, "of") ? end + 1 : end;
        if (s.cat(rel) != Cat.REL || !s.w(rel + 1, "year") || s.t(rel).num < -1 || s.t(rel).num > 1) {
            return null;
        }
        if (!r.known()) {
            String v = Dates.dayNoYear(m, d);
            return v == null ? null : Match.date(first, rel + 2, v);
        }
        String v = Dates.day(r.date().getYear() + s.t(rel).num, m, d);
        return v == null ? Match.impossible(first, rel + 2) : Match.date(first, rel + 2, v);
    }

    /**
     * The first day of a range or pair that names its month once, at the end: the "11" of "between 11 and 15 August",
     * "from 11 to 15 August", "11-15 August", "on the 3rd and 5th of May". It takes the month and year of the date
     * after it; null unless a day-first date follows the connector, or if the days do not rise.
     */
    private static Match ellipticalDay(Scan s, Reference r, int i) {
        Token k = s.t(i);
        int c = i + 1;
        boolean dash = s.cat(c) == Cat.DASH;
        boolean word = s.any(c, "to", "through", "until", "and", "or");
        boolean opened = s.any(i - 1, "between", "from") || s.w(i - 1, "the") && s.any(i - 2, "between", "from", "on")
                || s.w(i - 1, "on") && s.any(c, "and", "or");
        if (!(dash || word && opened) || s.cat(c + 1) != k.cat || s.t(c + 1).num <= k.num) {
            return null;
        }
        Token m = s.t(s.w(c + 2, "of") ? c + 3 : c + 2);
        if (m.cat != Cat.MONTH) {
            return null; // checked before reading the date, so that "3-4-5-..." is never read twice
        }
        Match end = dayFirst(s, r, c + 1);
        if (end == null || end.value().length() != 10) {
            return null;
        }
        String v = end.value();
        int month = Integer.parseInt(v.substring(5, 7));
        String day = v.startsWith("XXXX") ? Dates.dayNoYear(month, k.num)
                : Dates.day(Integer.parseInt(v.substring(0, 4)), month, k.num);
        return day == null ? null : Match.date(i, i + 1, day);
    }

    /** Years, decades, ISO and slashed dates, and the second half of a range, starting with a number. */
    static Match number(Scan s, Reference r, int i, boolean dayFirst) {
        Token k = s.t(i);
        Match range = rangeEnd(s, i);
        if (range != null) {
            return range;
        }
        if (k.length() == 2 && k.num % 10 == 0 && s.glued(i + 1) && s.w(i + 1, "s")
                && (s.w(i - 1, "the") || s.any(i - 1, "early", "late") && s.w(i - 2, "the"))) {
            return Match.date(i, i + 2, decadeOf(s, r, k)); // "cleared in the 80s"; "in his 80s" is an age
        }
        if (k.length() == 4 && k.num >= 1000 && k.num <= 2999) {
            if (s.glued(i + 1) && s.t(i + 1).cat == Cat.DASH && s.t(i + 2).length() == 2 && s.glued(i + 2)
                    && s.glued(i + 3) && s.t(i + 3).cat == Cat.DASH && s.t(i + 4).length() == 2 && s.glued(i + 4)
                    && s.cat(i + 2) == Cat.NUMBER && s.cat(i + 4) == Cat.NUMBER) {
                String v = Dates.day(k.num, s.t(i + 2).num, s.t(i + 4).num);
                return v == null ? Match.impossible(i, i + 5) : Match.date(i, i + 5, v);
            }
            if (s.glued(i + 1) && s.w(i + 1, "s")) {
                return Match.date(i, i + 2, decadeOf(s, r, k));
            }
            if (s.glued(i + 1) && s.w(i + 1, "'") && s.glued(i + 2) && s.w(i + 2, "s")) {
                return Match.date(i, i + 3, decadeOf(s, r, k));
            }
            if (s.cat(i + 1) == Cat.ORDINAL) {
                Match q = PeriodRules.ordinal(s, r, i + 1);
                if (q != null && q.type() == TimexType.DATE) {
                    return q.from(i);
                }
            }
            if (s.any(i + 1, "period", "quarter") && !s.lastQuarter.isEmpty()) {
                // "the 1988 period" is the quarter under report, or the year so far after "the first nine months"
                boolean year = s.yearToDate && s.w(i + 1, "period");
                return Match.date(i, i + 2, Dates.year(k.num) + (year ? "" : s.lastQuarter.substring(4)));
            }
            return plausibleYear(s, i) ? Match.date(i, i + 1, Dates.year(k.num)) : null;
        }
        if (k.length() <= 2 && s.w(i + 1, "/") && s.glued(i + 1) && s.cat(i + 2) == Cat.NUMBER && s.glued(i + 2)
                && s.t(i + 2).length() <= 2 && s.w(i + 3, "/") && s.glued(i + 3) && s.cat(i + 4) == Cat.NUMBER
                && s.glued(i + 4) && (s.t(i + 4).length() == 4 || s.t(i + 4).length() == 2)) {
            int a = k.num;
            int b = s.t(i + 2).num;
            int y = s.t(i + 4).num;
            if (s.t(i + 4).length() == 2) {
                y += y < 50 ? 2000 : 1900;
            }
            String v = dayFirst ? Dates.day(y, b, a) : Dates.day(y, a, b);
            return v == null ? Match.impossible(i, i + 5) : Match.date(i, i + 5, v);
        }
        return null;
    }

    /** Nouns a number after names, not dates: "resolution 1701" is no year. */
    private static final Set<String> IDENTIFIED_BY_NUMBER = Set.of("resolution", "resolutions", "flight", "route",
            "highway", "interstate", "article", "section", "chapter", "paragraph", "clause", "page", "room", "model",
            "code", "channel", "platform", "gate", "lot", "item", "bus", "train", "squadron", "battalion", "brigade");

    /** Time zones after a four-digit clock time ("1925 GMT"). */
    private static final Set<String> TIME_ZONES = Set.of("gmt", "bst", "utc", "cet", "cest", "est", "edt", "cst",
            "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "jst", "ist", "hkt", "sgt", "aest", "hrs", "hours");

    /** Words after which a number of four digits before 1600 is a year: "in 1066", "since 1492". */
    private static final String[] OLD_YEAR_PREPOSITIONS = {"in", "since", "of", "by", "from", "until", "year",
        "circa", "around"};

    private static boolean plausibleYear(Scan s, int i) {
        Token k = s.t(i);
        Token p = s.t(i - 1);
        Token n = s.t(i + 1);
        if (p.low.equals("$") || p.low.equals("#") || p.low.equals("no") || p.low.equals("number")
                || IDENTIFIED_BY_NUMBER.contains(p.low) // "resolution 1701", "flight 1549", "route 1812"
                || (p.low.equals(",") && s.glued(i) || p.low.equals(".") && s.glued(i))) {
            return false;
        }
        if (n.low.equals("%") || n.low.equals("percent") || (n.low.equals(",") || n.low.equals(".")) && s.glued(i + 1)
                && s.cat(i + 2) == Cat.NUMBER && s.glued(i + 2)) {
            return false;
        }
        if (n.cat == Cat.UNIT || n.cat == Cat.OTHER && isMeasure(n.low)) {
            return false;
        }
        if (TIME_ZONES.contains(n.low)) {
            return false; // "at 1925 GMT", "BBC Radio 4 2000 BST": a clock time, no year
        }
        Token model = s.t(i + 2);
        if (n.cat == Cat.DASH && s.glued(i + 1) && s.glued(i + 2) && model.cap && model.cat != Cat.MONTH) {
            return false; // "a Mirage 2000-D warplane": a model's name
        }
        if (k.num >= 1600 && k.num <= 2100) {
            return true;
        }
        if (s.any(i - 1, "to", "-", "and") && s.cat(i - 2) == Cat.NUMBER && s.t(i - 2).length() == 4) {
            // the second of a pair is a year as the first is: "from 1040 to 1050", not "between 1040 and 1050"
            // (clock times)
            return s.t(i - 2).num >= 1600 && s.t(i - 2).num <= 2100 || s.any(i - 3, OLD_YEAR_PREPOSITIONS);
        }
        return s.any(i - 1, OLD_YEAR_PREPOSITIONS) || s.any(i - 1, "to", "-", "and");
    }

    private static boolean isMeasure(String w) {
        switch (w) {
            case "people": case "shares": case "tons": case "tonnes": case "feet": case "meters": case "metres":
            case "miles": case "kilometers": case "dollars": case "yen": case "points": case "troops": case "men":
            case "workers": case "jobs": case "employees": case "cars": case "units": case "barrels": case "acres":
            case "pounds": case "deaths": case "votes": case "members": case "soldiers": case "companies": case "km":
            case "ft": case "m": case "kg": case "mw":
                return true;
            default:
                return false;
        }
    }

    /**
     * The second end of a range whose first end was just tagged: "Sept. 3-5" (a day), "2018-19" (a year), when the
     * previous date ended right before a dash, "to", "through" or "and".
     */
    private static Match rangeEnd(Scan s, int i) {
        if (s.lastDateEnd != i - 1 || !(s.cat(i - 1) == Cat.DASH || s.any(i - 1, "to", "through", "and", "until"))) {
            return null;
        }
        Token k = s.t(i);
        String prev = s.lastDate;
        if (prev.length() == 10 && k.length() <= 2 && s.cat(i + 1) != Cat.MONTH && s.cat(i + 1) != Cat.UNIT
                && !(s.w(i + 1, ":"))) {
            String v = prev.startsWith("XXXX") ? Dates.dayNoYear(Integer.parseInt(prev.substring(5, 7)), k.num)
                    : Dates.day(Integer.parseInt(prev.substring(0, 4)), Integer.parseInt(prev.substring(5, 7)), k.num);
            return v == null || v.compareTo(prev) <= 0 ? null : Match.date(i, i + 1, v);
        }
        if (prev.length() == 4 && !prev.startsWith("X") && k.length() == 2 && s.cat(i - 1) == Cat.DASH
                && s.glued(i) && s.cat(i + 1) != Cat.UNIT) {
            int y = Integer.parseInt(prev);
            int cand = y / 100 * 100 + k.num;
            if (cand <= y) {
                cand += 100;
            }
            return cand - y > 20 ? null : Match.date(i, i + 1, Dates.year(cand));
        }
        return null;
    }

    /**
     * The decade of "1990s" (199), or of a two-digit "80s": the latest such decade that has begun by the reference
     * date (the 20s of 2025 are the 2020s, its 80s the 1980s); unknown without a reference.
     */
    private static String decadeOf(Scan s, Reference r, Token k) {
        if (k.length() != 2) {
            return Dates.decade(k.num / 10);
        }
        if (!r.known() || k.num % 10 != 0) {
            return "XXXX";
        }
        int year = r.date().getYear() / 100 * 100 + k.num;
        return Dates.decade((year > r.date().getYear() ? year - 100 : year) / 10);
    }
}
