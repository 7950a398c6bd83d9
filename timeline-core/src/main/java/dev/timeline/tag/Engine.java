package dev.timeline.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The English rule engine behind {@link Tagger}: one pass of tokenization, then at each token only the rules that can
 * start with that token's class, longest match first.
 *
 * <p>Instances are immutable and thread-safe. Tagging time is linear in the text length: every rule looks ahead a
 * bounded number of tokens. Beyond its mentions, a call holds a bounded window of tokens ({@link Scan}), however long
 * the text.
 */
final class Engine {
    private final boolean dayFirst;
    private final boolean strict;

    private Engine(boolean dayFirst, boolean strict) {
        this.dayFirst = dayFirst;
        this.strict = strict;
    }

    /**
     * Returns an engine; {@code dayFirst} reads "08/09/2025" as 8 September rather than August 9. A {@code strict}
     * engine lets a bug in a rule surface as an exception; otherwise such a bug costs the expression at the token where
     * it happened and tagging goes on with the next token.
     *
     * @param dayFirst whether numeric dates put the day before the month
     * @param strict whether a rule bug is thrown rather than skipped
     * @return the engine
     */
    static Engine create(boolean dayFirst, boolean strict) {
        return new Engine(dayFirst, strict);
    }

    /**
     * Tags {@code text} against {@code anchor}.
     *
     * @param text the text, not null
     * @param anchor what relative expressions resolve against, not null
     * @return the mentions in text order, non-overlapping
     * @throws RuntimeException only through a bug in a rule, and only from a strict engine
     */
    List<Mention> tag(CharSequence text, Anchor anchor) {
        List<Mention> out = new ArrayList<>();
        scan(text, anchor, out);
        return out;
    }

    /** Adds the mentions of {@code text} to {@code out} and returns the finished scan, which tests inspect. */
    Scan scan(CharSequence text, Anchor anchor, List<Mention> out) {
        Reference dct = Reference.of(anchor.dct().orElse(null));
        Scan s = new Scan(text, dct);
        boolean narrative = anchor.kind() == DocumentKind.NARRATIVE;
        Reference r = dct;
        int i = 0;
        while (s.has(i)) {
            s.release(i);
            int size = out.size();
            try {
                i = step(s, r, i, out);
            } catch (RuntimeException e) {
                if (strict) {
                    throw e;
                }
                out.subList(size, out.size()).clear();
                i++;
            }
            if (narrative && out.size() > size) {
                r = moved(r, out.get(out.size() - 1));
            }
        }
        return s;
    }

    /** A narrative's reference after {@code m}: the first day of the date it names, else the same reference. */
    private static Reference moved(Reference r, Mention m) {
        if ((m.type() != TimexType.DATE && m.type() != TimexType.TIME) || !Character.isDigit(m.value().charAt(0))) {
            return r;
        }
        Reference next = Reference.of(Narrative.firstDay(m.value()));
        return next.known() ? next : r;
    }

    /** Tags what starts at token {@code i}, if anything, and returns the token to go on from. */
    private int step(Scan s, Reference r, int i, List<Mention> out) {
        Match m = longestAt(s, r, i);
        if (m == null || m.value() == null || m.last() <= i) {
            return i + 1;
        }
        if (m.isImpossible()) {
            return m.last(); // "February 30, 2025": no date, and no year either
        }
        if (AmountRules.orSo(s, m.last()) && (m.type() == TimexType.DATE || m.type() == TimexType.DURATION)) {
            // "the next two years or so": the approximation is part of the expression (gold 3 of 3)
            m = m.to(m.last() + 2).withMod(m.mod() != null ? m.mod() : "APPROX");
        }
        if (Titles.named(s, m.first(), m.last())) {
            return m.last(); // "This Week" in ABC News' "This Week," is a broadcast, not a week
        }
        if (m.type() == TimexType.DATE && Dates.hasTimeOfDay(m.value())) {
            m = m.withType(TimexType.TIME); // "Thursday night" names a part of a day, as "3 p.m. Thursday" a time
        }
        trackYearToDate(s, m);
        int start = s.t(m.first()).start;
        int end = s.t(m.last() - 1).end;
        out.add(Mention.of(s.text, start, end, m.type(), m.value(), m.mod(), m.quant(), m.freq()));
        if ((m.type() == TimexType.DATE || m.type() == TimexType.TIME) && !m.value().isEmpty()
                && Character.isDigit(m.value().charAt(0))) {
            s.noteDate(m.value(), m.last());
            if (m.value().length() == 7 && m.value().charAt(5) == 'Q' && !anaphoric(s, m) && !ahead(s, r, m)) {
                s.lastQuarter = m.value();
            }
        }
        return m.last();
    }

    private Match longestAt(Scan s, Reference r, int i) {
        Match best = core(s, r, i);
        int j = i;
        String mod = null;
        boolean amountOnly = false;
        for (int step = 0; step < 4; step++) {
            Prefix p = Prefix.at(s, j);
            if (p == null) {
                break;
            }
            if (p.amountOnly() && s.w(p.next(), "the")) {
                break;
            }
            j = p.next();
            if (p.mod() != null && mod == null) {
                mod = p.mod();
            }
            amountOnly |= p.amountOnly();
            Match c = core(s, r, j);
            if (c == null || (best != null && c.last() <= best.last())) {
                continue;
            }
            if (amountOnly && c.type() != TimexType.DURATION && c.type() != TimexType.TIME
                    && !c.value().startsWith("P") && !(p.mod() != null && s.w(c.last() - 1, "ago"))) {
                // "about two years ago" keeps its qualifier (gold 6 of 7), "just a decade ago" does not
                continue;
            }
            if (p.dateOnly() && c.type() == TimexType.DURATION) {
                continue;
            }
            if (p.amountOnly() && (c.type() == TimexType.SET || c.value().endsWith("_REF"))) {
                // "almost daily" leaves the qualifier out (gold 3 of 3); in "talk about recent events" and "worry
                // about the future" the word is a preposition
                continue;
            }
            if (s.w(j - 1, "the") && j - 1 == i && (s.cat(j) == Cat.MONTH || s.cat(j) == Cat.WEEKDAY
                    || s.cat(j) == Cat.REFWORD && c.last() == j + 1 && !s.w(j, "future")
                    || s.cat(j) == Cat.NUMBER && c.value().length() == 4 && c.last() == j + 1
                    || s.cat(j) == Cat.NUMBER && s.cat(j + 1) == Cat.MONTH && c.last() == j + 2
                    || hyphenatedModifier(s, j, c.last()) || s.t(j).cap && s.cat(j + 1) == Cat.NUMBER
                    && s.glued(j + 1))) {
                // TimeML leaves the article out of "the Oct. 23 meeting", "the 20 April explosion", "the Tuesday
                // meeting", "the recently passed law", "the 1988 results", "the two-week trip", "the FY2025 budget"
                continue;
            }
            best = c.from(i).withMod(modFor(mod != null ? mod : c.mod(), c, s));
        }
        return best;
    }

    /**
     * A qualifier's TIMEX3 mod as it applies to what it qualifies. Lengths keep "more than" (P6Y MORE_THAN); a date
     * takes the point-in-time reading: "more than two days ago" is before that day, "nearly a week ago" on or after
     * that week (the day it counts to lies inside it), "up to 3 p.m." on or before it; a reference such as "now" or
     * "recently" takes none.
     */
    private static String modFor(String mod, Match c, Scan s) {
        if (mod == null || c.type() == TimexType.DURATION || c.type() == TimexType.SET) {
            return mod;
        }
        if (c.value().endsWith("_REF")) {
            return null;
        }
        boolean ago = s.w(c.last() - 1, "ago");
        // "almost two weeks ago" counted to a week or a month: the day it counts to lies inside that week, so the
        // bound holds the week ("on or after the week of 19 April" for 20 April), where "after" would leave it out
        boolean coarse = ago && (c.value().length() < 10 || c.value().contains("W"));
        switch (mod) {
            case "LESS_THAN": return ago ? (coarse ? "ON_OR_AFTER" : "AFTER") : "BEFORE";
            case "MORE_THAN": return ago ? (coarse ? "ON_OR_BEFORE" : "BEFORE") : "AFTER";
            case "EQUAL_OR_LESS": return ago ? "ON_OR_AFTER" : "ON_OR_BEFORE";
            case "EQUAL_OR_MORE": return ago ? "ON_OR_BEFORE" : "ON_OR_AFTER";
            default: return mod;
        }
    }

    private Match core(Scan s, Reference r, int i) {
        Token k = s.t(i);
        switch (k.cat) {
            case NUMBER: {
                Match best = CalendarRules.number(s, r, i, dayFirst);
                best = longer(best, CalendarRules.dayFirst(s, r, i));
                best = longer(best, ClockRules.clock(s, r, i));
                best = longer(best, AmountRules.duration(s, r, i));
                return longer(best, AmountRules.set(s, r, i));
            }
            case NUMWORD: return longer(longer(AmountRules.duration(s, r, i), AmountRules.set(s, r, i)),
                    YearRules.spokenYear(s, i));
            case ORDINAL: return longer(PeriodRules.ordinal(s, r, i), CalendarRules.dayFirst(s, r, i));
            case MONTH: return CalendarRules.monthFirst(s, r, i);
            case WEEKDAY: return WeekdayRules.weekday(s, r, i, 0);
            case UNIT: return PeriodRules.unit(s, r, i);
            case SEASON: return season(s, r, i);
            case DAYPART: return ClockRules.namedTime(s, r, i);
            case DEICTIC: return RelativeRules.deictic(s, r, i);
            case REL: return RelativeRules.relative(s, r, i);
            case REFWORD: return RelativeRules.refWord(s, i);
            case SETWORD: return AmountRules.setWord(s, i);
            case VAGUE: return AmountRules.duration(s, r, i);
            case OTHER: return word(s, r, i);
            case PUNCT: return k.low.equals("'") || k.low.equals("\u2019") ? YearRules.apostropheYear(s, i) : null;
            default: return null;
        }
    }

    /**
     * What starts at a word with no temporal class of its own. Four words in five are such words, and only a few dozen
     * of them open an expression, so one switch on the word picks the rules to ask rather than asking every rule at
     * every word; each rule so asked says in its Javadoc that its first words are listed here.
     */
    private static Match word(Scan s, Reference r, int i) {
        Token k = s.t(i);
        if (k.cap && k.length() <= 2 && s.cat(i + 1) == Cat.NUMBER) {
            return ReportRules.shorthand(s, r, i); // "Q3 2025", "H1", "FY2025"
        }
        switch (k.low) {
            case "fiscal":
                return ReportRules.fiscal(s, r, i);
            case "earlier":
                return RelativeRules.inTheDay(s, r, i);
            case "corresponding": case "comparable":
                return ReportRules.comparable(s, i);
            case "twenties": case "thirties": case "forties": case "fifties": case "sixties": case "seventies":
            case "eighties": case "nineties": // YearRules.DECADE_WORDS
                return YearRules.decadeWord(s, r, i);
            case "christmas": case "halloween": case "thanksgiving": case "easter": case "good": case "election":
            case "new":
                return Holidays.at(s, r, i);
            // an amount ("a year ago", "half an hour"), a set ("every week", "twice a year") or an idiom ("the near
            // term", "these days", "at a later date", "as soon as possible")
            case "a": case "an": case "half":
            case "every": case "each": case "per": case "once": case "twice": case "thrice":
            case "near": case "short": case "long": case "these": case "as":
                return longer(longer(AmountRules.duration(s, r, i), AmountRules.set(s, r, i)), LexicalRules.at(s, i));
            default:
                return null;
        }
    }

    private static Match season(Scan s, Reference r, int i) {
        Token k = s.t(i);
        boolean safe = k.cap || s.any(i - 1, "the", "this", "last", "next", "in", "early", "late", "mid", "that",
                "of", "during", "until", "by", "since", "-") || CalendarRules.explicitYear(s, i + 1) != 0;
        if (!safe || (k.low.equals("fall") || k.low.equals("spring")) && s.w(i - 1, "to")) {
            return null;
        }
        // "Special Representative Francois Lonseny Fall will attend": a capitalized season after two capitalized words
        // of no temporal meaning ends a person's name ("in the Cold Winter" is a headline's capitals)
        if (k.cap && nameWord(s, i - 1) && nameWord(s, i - 2)) {
            return null;
        }
        // "Operation Winter Shield", "relief group Summer Light", "the Autumn Harvest festival", "the Winter
        // Olympics": a capitalized season before a capitalized word of no temporal meaning names something
        Token next = s.t(i + 1);
        if (k.cap && next.cap && next.cat == Cat.OTHER && !next.low.isEmpty()
                && Character.isLetter(next.low.charAt(0))) {
            return null;
        }
        // "the fall in prices", "the fall of Saigon": a decline or a defeat, unless a year follows ("the fall of 1990")
        if (k.low.equals("fall") && s.any(i + 1, "in", "of", "from", "to", "by")
                && CalendarRules.explicitYear(s, i + 2) == 0) {
            return null;
        }
        int dir = s.tense(i, i + 1);
        if (dir > 0 && r.known() && k.num != 3 && Dates.seasonOf(r.date()) == k.num) {
            dir = 0; // "will be tested over the summer", written in June: the summer under way, not next year's
        }
        return RelativeRules.season(s, r, i, dir);
    }

    /** Whether token {@code i} is a capitalized word of no temporal meaning, no function word: a name's. */
    private static boolean nameWord(Scan s, int i) {
        Token t = s.t(i);
        return t.cap && t.cat == Cat.OTHER && !t.low.isEmpty() && Character.isLetter(t.low.charAt(0))
                && !FUNCTION_WORDS.contains(t.low);
    }

    /** Words that a headline capitalizes with no name in them: "Prices Rise In The Cold Winter". */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "this", "that",
            "in", "of", "on", "at", "by", "to", "for", "from", "and", "or", "during", "until", "since", "early",
            "late", "mid", "last", "next");

    /**
     * Notes when an earnings report moves from its quarter to the year so far ("the first nine months", "the six
     * months") and back ("in the quarter").
     */
    private static void trackYearToDate(Scan s, Match m) {
        if (m.type() == TimexType.DURATION && (m.value().equals("P9M") || m.value().equals("P6M"))
                && s.any(m.first(), "the", "first")) {
            s.yearToDate = true;
        } else if (m.type() == TimexType.DATE && m.value().length() == 7 && m.value().charAt(5) == 'Q'
                && !anaphoric(s, m)) {
            s.yearToDate = false;
        }
    }

    /** Whether tokens {@code [first, last)} end in a hyphenated word modifying the noun after it ("two-week trip"). */
    private static boolean hyphenatedModifier(Scan s, int first, int last) {
        int k = last - 2;
        boolean hyphen = k > first && s.cat(k) == Cat.DASH && s.glued(k) && s.glued(k + 1);
        Token n = s.t(last);
        return hyphen && n.cat != Cat.PUNCT && !n.low.isEmpty() && Character.isLetter(n.low.charAt(0)) && !n.cap;
    }

    /** Whether the match is itself counted from an earlier period ("a year ago", "the year-earlier quarter"). */
    private static boolean anaphoric(Scan s, Match m) {
        for (int i = m.first(); i < m.last(); i++) {
            if (s.any(i, "ago", "earlier", "last", "previous", "prior", "period")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a quarter is still running or to come at the reference date: never the quarter a report is about. */
    private static boolean ahead(Scan s, Reference r, Match m) {
        return r.known() && m.value().compareTo(Dates.shift(r.orNull(), Unit.QUARTER, 0)) > 0;
    }

    private static Match longer(Match a, Match b) {
        if (a == null) {
            return b;
        }
        return b != null && b.last() > a.last() ? b : a;
    }
}
