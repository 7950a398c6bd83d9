package dev.timeline.happening;

import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dates that go in pairs: the two ends of a range ("Aug. 31 to Sept. 3", "2018-2019"), which the finder joins; the
 * range a happening takes when the range opens its sentence ("From July to August, researchers took 170 samples":
 * 2010-07/2010-08) or follows "from" ("will be held from Nov. 4 to 6"); and two years or months that "and" joins
 * ("won the German title in 1989 and 1990"), the same happening at two times.
 */
final class DateRanges {
    private static final Pattern RANGE_GLUE = Pattern.compile("\\s*(to|through|until|till|and|–|—|-)\\s*");
    /** A day, a month or a year: what a range of the chronology may start or end on. */
    private static final Pattern RANGE_END = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private DateRanges() {
    }

    /** The expressions that are one end of a range ("Aug. 31 to Sept. 3", "2018-2019"), which the finder joins. */
    static Set<Mention> inRanges(String text, List<Mention> timexes) {
        Set<Mention> out = new java.util.HashSet<>();
        for (int i = 0; i + 1 < timexes.size(); i++) {
            Mention a = timexes.get(i);
            Mention b = timexes.get(i + 1);
            // "was sentenced on Friday to 14 years in jail": a day before a length ends no range
            if (glued(text, a, b) && !(a.type() != TimexType.DURATION && b.type() == TimexType.DURATION)) {
                out.add(a);
                out.add(b);
            }
        }
        return out;
    }

    /**
     * The range each end of a range of two days, months or years that opens its sentence stands in, by end, as a value
     * "START/END" ("From July to August, researchers took 170 samples": 2010-07/2010-08): "from" or "between" first,
     * the ends in order, of one precision, neither with a modifier, a comma after the second. A range inside the
     * clause may be a state's or a count's ("lived in exile between 1975 and 1980", "scored 358 goals from 1927 to
     * 1956"), and "in 1995 and 1996" is two years; days after "from" are one period there too ("will be held from Nov.
     * 4 to 6").
     */
    static java.util.Map<Mention, String> rangeValues(String text, List<Mention> timexes) {
        java.util.Map<Mention, String> out = new java.util.HashMap<>();
        for (int i = 0; i + 1 < timexes.size(); i++) {
            Mention a = timexes.get(i);
            Mention b = timexes.get(i + 1);
            boolean opening = b.end() < text.length() && text.charAt(b.end()) == ','
                    && opensASentenceWithARange(text, a.start());
            // "will be held from Nov. 4 to 6": days after "from" inside the clause are one period too
            boolean days = a.value().length() == DAY_LENGTH && afterFrom(text, a.start());
            if (glued(text, a, b) && (opening || days) && a.type() == TimexType.DATE && b.type() == TimexType.DATE
                    && a.mod().isEmpty() && b.mod().isEmpty() && RANGE_END.matcher(a.value()).matches()
                    && a.value().length() == b.value().length() && RANGE_END.matcher(b.value()).matches()
                    && b.value().compareTo(a.value()) > 0) {
                String value = a.value() + "/" + b.value();
                out.put(a, value);
                out.put(b, value);
            }
        }
        return out;
    }

    /** "and" between two dates, with spaces around it. */
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    /** A year or a month: coordinated, two times of one happening's kind ("in 1989 and 1990"). */
    private static final Pattern YEAR_OR_MONTH = Pattern.compile("\\d{4}(-\\d{2})?");

    /**
     * Each of two years or months that "and" joins ("won the German title in 1989 and 1990", "in March and May 2004"),
     * by the other: the same happening at two times, not a range, unless "between" opens them ("between 1975 and
     * 1980"). Both dates, of one precision, in order, with no modifier. Days are left out: "on Monday and Tuesday"
     * tells one talk of two days as often as two happenings.
     */
    static java.util.Map<Mention, Mention> coordinated(String text, List<Mention> timexes) {
        java.util.Map<Mention, Mention> out = new java.util.HashMap<>();
        for (int i = 0; i + 1 < timexes.size(); i++) {
            Mention a = timexes.get(i);
            Mention b = timexes.get(i + 1);
            if (a.end() <= b.start() && AND.matcher(text.substring(a.end(), b.start())).matches()
                    && a.type() == TimexType.DATE && b.type() == TimexType.DATE && a.mod().isEmpty()
                    && b.mod().isEmpty() && YEAR_OR_MONTH.matcher(a.value()).matches()
                    && a.value().length() == b.value().length() && YEAR_OR_MONTH.matcher(b.value()).matches()
                    && b.value().compareTo(a.value()) > 0 && !afterWord(text, a.start(), "between")) {
                out.put(a, b);
                out.put(b, a);
            }
        }
        return out;
    }

    /** Whether {@code word} (lower case) stands right before offset {@code at}, in any case, spaces between. */
    private static boolean afterWord(String text, int at, String word) {
        int k = at;
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        int start = k - word.length();
        return start >= 0 && text.regionMatches(true, start, word, 0, word.length())
                && (start == 0 || !Character.isLetter(text.charAt(start - 1)));
    }

    /** Whether only a range's glue stands between {@code a} and the expression after it, {@code b}: "2018-2019". */
    private static boolean glued(String text, Mention a, Mention b) {
        return a.end() <= b.start() && RANGE_GLUE.matcher(text.substring(a.end(), b.start())).matches();
    }

    /** The length of a day's value: "2006-11-04". */
    private static final int DAY_LENGTH = 10;

    /** Whether "from" stands right before offset {@code at}: "held from Nov. 4 to 6". */
    private static boolean afterFrom(String text, int at) {
        int k = at;
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        return k >= 5 && text.regionMatches(true, k - 4, "from", 0, 4) && !Character.isLetter(text.charAt(k - 5));
    }

    /**
     * Whether "From" or "Between" opens a sentence or a line right before offset {@code at}: "From July to August,".
     */
    private static boolean opensASentenceWithARange(String text, int at) {
        int k = at;
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        for (String w : new String[] {"From", "Between"}) {
            int start = k - w.length();
            if (start >= 0 && text.startsWith(w, start)) {
                int p = start;
                while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\t')) {
                    p--;
                }
                return p == 0 || ".!?\n\"\u201D".indexOf(text.charAt(p - 1)) >= 0;
            }
        }
        return false;
    }
}
