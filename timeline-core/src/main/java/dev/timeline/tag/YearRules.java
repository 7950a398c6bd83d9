package dev.timeline.tag;

import java.util.List;

/**
 * Rules for years said in words or shorthand: "nineteen eighty-four", "the year two thousand", "'98", "the '80s",
 * "the nineties". Stateless.
 */
final class YearRules {
    /** The decades said in words, from the 1920s. */
    private static final List<String> DECADE_WORDS = List.of("twenties", "thirties", "forties", "fifties", "sixties",
            "seventies", "eighties", "nineties");

    private YearRules() {
    }

    /** A year read out in words, as in broadcast transcripts: "nineteen ninety-six". */
    static Match spokenYear(Scan s, int i) {
        Token k = s.t(i);
        if (!(k.num >= 11 && k.num <= 20) || s.cat(i + 1) != Cat.NUMWORD) {
            return null;
        }
        int tens = s.t(i + 1).num;
        if (tens < 10 || tens > 90 || tens < 20 && tens % 10 != 0 && tens > 19) {
            return null;
        }
        int end = i + 2;
        int unit = 0;
        int u = s.cat(end) == Cat.DASH && s.glued(end) ? end + 1 : end;
        if (tens >= 20 && s.cat(u) == Cat.NUMWORD && s.t(u).num >= 1 && s.t(u).num <= 9) {
            unit = s.t(u).num;
            end = u + 1;
        }
        if (s.cat(end) == Cat.UNIT) {
            return null;
        }
        return Match.date(i, end, Dates.year(k.num * 100 + tens + unit));
    }

    /** "the year two thousand", "the year two thousand and five": {@code i} is "year". */
    static Match spokenMillennium(Scan s, int i) {
        int end = i + 3;
        int j = s.w(end, "and") ? end + 1 : end;
        int units = 0;
        if (s.cat(j) == Cat.NUMWORD && s.t(j).num >= 1 && s.t(j).num <= 99 && s.cat(j + 1) != Cat.UNIT) {
            units = s.t(j).num;
            end = j + 1;
        }
        return Match.date(i, end, Dates.year(2000 + units));
    }

    /**
     * "the nineties", "the late eighties", "the mid-seventies": the latest such decade beginning less than five years
     * after the reference year (in the 1900s without one), so that in 1989 "the nineties" lie ahead and in 2025 "the
     * thirties" are the 1930s. The article is required, since "in his eighties" is an age. {@code Engine.word} asks
     * only at the words of {@link #DECADE_WORDS}.
     */
    static Match decadeWord(Scan s, Reference r, int i) {
        int d = DECADE_WORDS.indexOf(s.t(i).low);
        if (d < 0) {
            return null;
        }
        int p = s.cat(i - 1) == Cat.DASH ? i - 2 : i - 1;
        p = s.cat(p) == Cat.POSMOD ? p - 1 : p;
        if (!s.w(p, "the")) {
            return null;
        }
        int start = 1900 + 10 * (d + 2);
        if (r.known()) {
            start = r.date().getYear() / 100 * 100 + 10 * (d + 2);
            start -= start >= r.date().getYear() + 5 ? 100 : 0;
        }
        return start < 1000 ? null : Match.date(i, i + 1, Dates.decade(start / 10));
    }

    /** "'98" and "the '80s". */
    static Match apostropheYear(Scan s, int i) {
        Token n = s.t(i + 1);
        if (!s.glued(i + 1) || n.cat != Cat.NUMBER || n.length() != 2 || s.glued(i) && s.cat(i - 1) == Cat.OTHER) {
            return null;
        }
        int century = 19;
        if (s.dct.known() && 2000 + n.num <= s.dct.date().getYear() + 10) {
            century = 20;
        }
        int y = century * 100 + n.num;
        if (s.glued(i + 2) && s.w(i + 2, "s")) {
            return Match.date(i, i + 3, Dates.decade(y / 10));
        }
        if (s.glued(i + 2) && s.t(i + 2).cat == Cat.OTHER) {
            return null;
        }
        return Match.date(i, i + 2, Dates.year(y));
    }
}
