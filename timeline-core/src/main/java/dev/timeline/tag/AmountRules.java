package dev.timeline.tag;

import java.time.LocalDate;

/**
 * Rules for amounts of time: durations ("six years", "70-minute", "a few weeks", "2 1/2 years", "a decade from now",
 * "a year earlier than planned"), dates counted from the reference ("two weeks ago", "a year earlier") and sets
 * ("every Monday", "twice a year", "annually"). Stateless.
 */
final class AmountRules {
    /** An amount read from the text: {@code n} units (-1 unknown), plus a half; {@code next} is the token after it. */
    private record Amount(long n, boolean half, int next) {
    }

    private AmountRules() {
    }

    /**
     * A duration or counted date starting with an amount at {@code i}. Of the words with no class of their own, only
     * "a", "an" and "half" start one, and {@code Engine.word} asks for no other.
     */
    static Match duration(Scan s, Reference r, int i) {
        Amount a = amount(s, i);
        if (a == null) {
            return null;
        }
        int j = a.next();
        while (s.any(j, "more", "additional", "full", "straight", "consecutive", "long", "other", "further", "trading",
                "business", "working")) {
            j++;
        }
        boolean hyphen = s.cat(j) == Cat.DASH && s.glued(j) && s.glued(j + 1);
        if (hyphen) {
            j++;
        }
        Token u = s.t(j);
        boolean unitFirst = u.cat == Cat.UNIT;
        if (!unitFirst && !(u.has(Cat.UNIT) && a.n() < 1000) || s.any(j + 1, "quarter", "half")) {
            return null; // "a second" is an ordinal or a unit ("a second term", "a second later", "a 30-second ad")
        }
        if (j == i + 1 && s.any(i, "a", "an") && u.low.endsWith("s") && u.low.length() > 3) {
            return null; // "a decades-long battle": the article belongs to the noun, not to the unit
        }
        if (!unitFirst && a.n() == 1 && !hyphen && ordinalSecond(s, j + 1)) {
            return null; // "a second betrayal" counts, it does not measure
        }
        if (s.cat(j + 1) == Cat.DASH && s.glued(j + 1) && s.glued(j + 2) && !s.any(j + 2, "long", "old")) {
            return null; // "a day-night match", "a year-on-year rise", "a day-to-day basis": a compound, no length
        }
        Unit unit = Unit.values()[u.num(Cat.UNIT)];
        if (unit == Unit.QUARTER && (hyphen && u.low.endsWith("s") || a.n() > 0 && s.w(j + 1, "of"))) {
            return null; // "three-quarters of the troops" and "more than a quarter of the market" are fractions
        }
        boolean half = a.half();
        int end = j + 1;
        if (s.w(end, "and") && s.w(end + 1, "a") && s.w(end + 2, "half")) {
            half = true;
            end += 3;
        }
        if (!hyphen && orSo(s, end)) {
            // "a week or so ago": the approximation belongs to the amount, before "ago" (gold 3 of 3 include it)
            Match m = measured(s, r, i, end + 2, unit, a.n(), half, false);
            return m == null || m.mod() != null ? m : m.withMod("APPROX");
        }
        return measured(s, r, i, end, unit, a.n(), half, hyphen);
    }

    /**
     * Whether "or so" at {@code i} approximates what precedes it ("a week or so ago", "the next year or so."), as
     * opposed to opening a clause ("on Tuesday, or so he said").
     */
    static boolean orSo(Scan s, int i) {
        return s.w(i, "or") && s.w(i + 1, "so") && !s.w(i - 1, ",") && !s.any(i + 2, "he", "she", "it", "they",
                "we", "i", "you", "that", "this", "there", "the", "his", "her", "its", "their", "many", "much");
    }

    /** The length, or the date it counts to, of {@code n} units (and a half) at tokens {@code [i, end)}. */
    private static Match measured(Scan s, Reference r, int i, int end, Unit unit, long n, boolean half,
            boolean hyphen) {
        if (!hyphen && s.cat(end) == Cat.DASH && s.glued(end) && s.any(end + 1, "earlier", "ago")) {
            return null; // "a year-earlier loss": "year-earlier" is the expression
        }
        if (s.cat(end) == Cat.DASH && s.glued(end) && s.w(end + 1, "old") || s.w(end, "old")) {
            return null; // an age ("a 9-year-old", "six years old") is not a temporal expression in TimeML
        }
        if (hyphen && s.cat(end) == Cat.DASH && s.glued(end) && s.w(end + 1, "long")) {
            end += 2;
        }
        if (unit == Unit.DAY && s.w(i, "one") && end == i + 2 && s.any(i - 1, "will", "would", "could", "may", "might",
                "can", "shall", "he", "she", "they", "we", "i", "you", "it")) {
            return Match.date(i, end, "FUTURE_REF"); // "Islam will one day be", "he hopes he one day follows"
        }
        String value = half && n >= 0 ? unit.durationAndHalf(n) : unit.duration(n);
        if (!hyphen && s.any(end, "later", "earlier") && unit.compareTo(Unit.DAY) <= 0) {
            // TimeML tags "three days later" as the duration "three days", anchored to the event before it
            return Match.duration(i, end, value);
        }
        if (!hyphen && s.any(end, "later", "earlier", "sooner") && s.w(end + 1, "than")) {
            // "three years earlier than planned" measures a gap from a plan or an expectation, not from today
            return Match.duration(i, end, value);
        }
        if (!hyphen && s.w(end, "from") && s.any(end + 1, "now", "today")) {
            // "five years from now" and "five years from today" measure a span forward from the moment of speaking:
            // the duration, anchored to the day it is counted from (which "today" tags on its own), as TimeML does
            return Match.duration(i, end, value);
        }
        if (!hyphen) {
            Match counted = counted(s, r, i, end, unit, n);
            if (counted != null) {
                return counted;
            }
        }
        return Match.duration(i, end, value);
    }

    /** How many tokens before "N years later" or "earlier" the date it counts from may end. */
    private static final int COUNTED_REACH = 60;

    /**
     * Whether the date {@code value} names a day, month or year as fine as {@code unit} counts ("1992" for "ten years
     * later", not for "six months later").
     */
    private static boolean preciseEnough(String value, Unit unit) {
        int needed = unit.compareTo(Unit.YEAR) >= 0 ? 4 : unit == Unit.MONTH || unit == Unit.QUARTER ? 7 : 10;
        return value.length() >= needed && Narrative.firstDay(value) != null;
    }

    /** "two weeks ago", "a year earlier", "six months later": a date counted from the reference or the story. */
    private static Match counted(Scan s, Reference r, int first, int end, Unit unit, long n) {
        int dir;
        int last = end + 1;
        if (s.w(end, "ago") || s.w(end, "earlier") || s.w(end, "before") && s.boundary(end + 1)) {
            dir = -1;
        } else if (s.w(end, "later") || s.w(end, "hence")) {
            dir = 1;
        } else {
            return null;
        }
        if (n < 0) {
            return Match.date(first, last, dir < 0 ? "PAST_REF" : "FUTURE_REF");
        }
        if (unit.isClock()) {
            return Match.date(first, last, Dates.day(r.orNull()));
        }
        String quarter = s.lastQuarter;
        if (unit == Unit.YEAR && !quarter.isEmpty() && Character.isDigit(quarter.charAt(0)) && !s.yearToDate) {
            // in a report on a quarter, "a year earlier" is the same quarter a year before
            int y = Integer.parseInt(quarter.substring(0, 4)) + (int) (dir * n);
            return Match.date(first, last, Dates.year(y) + quarter.substring(4));
        }
        LocalDate from = r.orNull();
        LocalDate named = s.lastDateEnd >= first - COUNTED_REACH && preciseEnough(s.lastDate, unit)
                ? Narrative.firstDay(s.lastDate) : null;
        if (dir > 0 && s.w(end, "later")) {
            // "Bettles died 10 years later", "Five years later it went public": counted from the date the text named
            // before, not from today; without one close enough and as precise as the unit, the span alone, as
            // TimeML tags "three days later"
            if (named == null) {
                return Match.duration(first, end, unit.duration(n));
            }
            from = named;
        } else if (s.w(end, "earlier") && named != null) {
            // "introduced into the Act 16 years earlier" after a sentence on 2006: 1990; without a date named
            // before, "sales rose from a year earlier" counts from the reference
            from = named;
        }
        if (unit == Unit.DECADE) {
            return Match.date(first, last, Dates.shift(from, Unit.YEAR, dir * n * 10));
        }
        if (unit == Unit.CENTURY) {
            return Match.date(first, last, Dates.shift(from, Unit.YEAR, dir * n * 100));
        }
        return Match.date(first, last, Dates.shift(from, unit, dir * n));
    }

    private static Amount amount(Scan s, int i) {
        Token k = s.t(i);
        switch (k.cat) {
            case NUMBER: {
                if (k.num < 0 || s.w(i - 1, "$") || s.glued(i) && (s.w(i - 1, ".") || s.w(i - 1, ","))) {
                    return null;
                }
                if (s.w(i + 1, ".") && s.glued(i + 1) && s.cat(i + 2) == Cat.NUMBER && s.glued(i + 2)) {
                    return s.w(i + 2, "5") ? new Amount(k.num, true, i + 3) : null;
                }
                if (s.w(i + 1, ",") && s.glued(i + 1) && s.cat(i + 2) == Cat.NUMBER && s.glued(i + 2)) {
                    return null;
                }
                if (s.cat(i + 1) == Cat.NUMBER && s.w(i + 2, "/") && s.w(i + 3, "2") && s.glued(i + 2)) {
                    return s.w(i + 1, "1") ? new Amount(k.num, true, i + 4) : null;
                }
                return new Amount(k.num, false, i + 1);
            }
            case NUMWORD: {
                long n = k.num;
                int j = i + 1;
                if (n >= 20 && n % 10 == 0 && n < 100) {
                    int u = s.cat(j) == Cat.DASH && s.glued(j) ? j + 1 : j;
                    if (s.cat(u) == Cat.NUMWORD && s.t(u).num >= 1 && s.t(u).num <= 9) {
                        n += s.t(u).num;
                        j = u + 1;
                    }
                }
                if (s.w(j, "hundred")) {
                    n *= 100;
                    j++;
                }
                return new Amount(n, false, j);
            }
            case VAGUE:
                if (k.low.equals("some") || k.low.equals("several") || k.low.equals("many")
                        || k.low.equals("numerous") || k.low.equals("few")) {
                    return new Amount(-1, false, i + 1);
                }
                if (k.low.equals("couple") && s.any(i - 1, "next", "past", "last", "first")) {
                    return new Amount(2, false, s.w(i + 1, "of") ? i + 2 : i + 1); // "the next couple of years"
                }
                return null;
            case OTHER:
                if ((k.low.equals("a") || k.low.equals("an")) && !isRate(s, i)) {
                    if (s.w(i + 1, "few")) {
                        return new Amount(-1, false, i + 2);
                    }
                    if (s.w(i + 1, "couple")) {
                        return new Amount(2, false, s.w(i + 2, "of") ? i + 3 : i + 2);
                    }
                    if (s.w(i + 1, "dozen")) {
                        return new Amount(12, false, i + 2);
                    }
                    if (s.w(i + 1, "hundred")) {
                        return new Amount(100, false, i + 2);
                    }
                    if (s.w(i + 1, "half") || s.w(i + 1, "quarter") && s.cat(i + 2) == Cat.UNIT) {
                        return s.w(i + 1, "half") ? new Amount(0, true, i + 2) : null;
                    }
                    return new Amount(1, false, i + 1);
                }
                if (k.low.equals("half") && (s.w(i + 1, "a") || s.w(i + 1, "an"))) {
                    return new Amount(0, true, i + 2);
                }
                return null;
            default:
                return null;
        }
    }

    /**
     * Whether the "second" of "a second" ends before token {@code i} as an ordinal: followed by a word that is not a
     * time word ("a second betrayal", "a second group"), as opposed to "a second later", "for a second." or "a second
     * or two".
     */
    private static boolean ordinalSecond(Scan s, int i) {
        Token n = s.t(i);
        return n.cat == Cat.OTHER && !n.low.isEmpty() && Character.isLetter(n.low.charAt(0)) && !s.any(i, "later",
                "earlier", "ago", "after", "before", "or", "and", "longer", "too", "to", "in", "of", "for",
                "at", "on", "when", "while", "than", "as", "the");
    }

    /** Whether "a" at {@code i} makes a rate ("700 seats a week", "$1.76 a year", "24 hours a day"). */
    private static boolean isRate(Scan s, int i) {
        Token p = s.t(i - 1);
        if (s.cat(i + 1) != Cat.UNIT || s.any(i + 2, "ago", "earlier")) {
            return false; // "up from seven a year ago" counts back
        }
        return p.cat == Cat.NUMBER || p.cat == Cat.NUMWORD || p.cat == Cat.UNIT || p.low.equals("times")
                || p.low.equals("twice") || p.low.equals("once")
                || p.cat == Cat.OTHER && !p.cap && p.length() > 3 && p.low.endsWith("s") && !p.low.endsWith("ss")
                && !p.low.equals("was") && !p.low.equals("has") && !p.low.equals("this") && !p.low.equals("takes")
                && !p.low.equals("lasts") && !p.low.equals("spends");
    }

    /**
     * "every Monday", "each July", "every two weeks", "twice a year", "three times a week". {@code Engine.word} asks
     * for a set at no word with no class of its own but the quantifiers and "once", "twice", "thrice".
     */
    static Match set(Scan s, Reference r, int i) {
        Token k = s.t(i);
        if (k.low.equals("every") || k.low.equals("each") || k.low.equals("per")) {
            String quant = k.low.equals("each") ? "EACH" : "EVERY";
            int j = i + 1;
            Token n = s.t(j);
            if (n.low.equals("other") && s.cat(j + 1) == Cat.UNIT && !s.t(j + 1).low.endsWith("s")) {
                // "every other month": every second one
                Unit u = Unit.values()[s.t(j + 1).num];
                return Match.of(i, j + 2, TimexType.SET, u.duration(2)).asSet(quant, null);
            }
            switch (n.cat) {
                case WEEKDAY: {
                    Token p = s.t(j + 1);
                    if (p.cat == Cat.DAYPART && p.num < 4 && !p.low.endsWith("s")) {
                        // "every Monday morning"
                        return Match.of(i, j + 2, TimexType.SET, "XXXX-WXX-" + n.num + "T" + Dates.PARTS[p.num])
                                .asSet(quant, null);
                    }
                    return Match.of(i, j + 1, TimexType.SET, "XXXX-WXX-" + n.num).asSet(quant, null);
                }
                case MONTH: return Match.of(i, s.skipDotIfAbbrev(j), TimexType.SET, "XXXX-" + Dates.two(n.num))
                        .asSet(quant, null);
                case UNIT: {
                    if (n.low.endsWith("s")) {
                        return null;
                    }
                    Unit u = Unit.values()[n.num];
                    return Match.of(i, j + 1, TimexType.SET, u.duration(1)).asSet(quant, null);
                }
                case DAYPART: return n.num < 4
                        ? Match.of(i, j + 1, TimexType.SET, "XXXX-XX-XXT" + Dates.PARTS[n.num])
                        .asSet(quant, null) : null;
                case NUMBER: case NUMWORD: case OTHER: {
                    Match d = duration(s, r, j);
                    return d == null || d.type() != TimexType.DURATION ? null
                            : Match.of(i, d.last(), TimexType.SET, d.value()).asSet(quant, null);
                }
                default: return null;
            }
        }
        int times = k.low.equals("twice") ? 2 : k.low.equals("once") ? 1 : k.low.equals("thrice") ? 3 : 0;
        int j = i + 1;
        if (times == 0 && (k.cat == Cat.NUMBER || k.cat == Cat.NUMWORD) && s.w(i + 1, "times")) {
            times = k.num;
            j = i + 2;
        }
        if (times <= 0 || !s.any(j, "a", "an", "per", "each", "every") || s.cat(j + 1) != Cat.UNIT) {
            return null;
        }
        Unit u = Unit.values()[s.t(j + 1).num];
        return Match.of(i, j + 2, TimexType.SET, u.duration(1)).asSet(null, times + "X");
    }

    /**
     * "daily", "weekly", "annually" and kin. The adverbs "annually" and "quarterly" recur only after a verb ("is
     * held annually", "adjusted quarterly"): after an amount they make a rate ("grew 8% annually", "10,000 units
     * annually"), before a noun ("quarterly dividend") an adjective, and neither is a time in TimeML.
     */
    static Match setWord(Scan s, int i) {
        String v;
        switch (s.t(i).low) {
            case "daily": case "nightly": v = "P1D"; break;
            case "weekly": v = "P1W"; break;
            case "biweekly": v = "P2W"; break;
            case "monthly": v = "P1M"; break;
            case "yearly": v = "P1Y"; break;
            case "hourly": v = "PT1H"; break;
            case "annually": v = rateOrAttribute(s, i) ? null : "P1Y"; break;
            case "quarterly": v = rateOrAttribute(s, i) ? null : "P3M"; break;
            default: return null;
        }
        return v == null ? null : Match.of(i, i + 1, TimexType.SET, v);
    }

    /** Whether the frequency word at {@code i} ends a rate ("8% annually") or modifies the noun after it. */
    private static boolean rateOrAttribute(Scan s, int i) {
        Token n = s.t(i + 1);
        if (n.cat == Cat.OTHER && !n.low.isEmpty() && Character.isLetter(n.low.charAt(0)) && !s.any(i + 1, "and",
                "or", "since", "until", "through", "for", "in", "on", "at", "by", "from", "to", "with", "as", "but")) {
            return true; // "quarterly dividend", "annually adjusted"
        }
        for (int j = i - 1; j >= i - 3 && j >= 0; j--) {
            Token p = s.t(j);
            if (p.cat == Cat.NUMBER || p.cat == Cat.NUMWORD || p.low.equals("%") || p.low.equals("percent")) {
                return true;
            }
        }
        return false;
    }
}
