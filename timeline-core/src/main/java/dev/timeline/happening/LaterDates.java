package dev.timeline.happening;

import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Token;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a length counts to from a date before it in its sentence: "exploded on 20 February and sank [two days
 * later]" sank on 22 February, "sank on 22 February after exploding [two days earlier]" exploded on 20 February.
 * TimeML tags "two days" as a length (P2D), which dates nothing of its own; counted from the day before it, it is the
 * day of the happening it tells. Stateless.
 */
final class LaterDates {
    /** Words after a length that make it count ahead from a time before: "two days later", "a week afterwards". */
    private static final Set<String> LATER = Set.of("later", "afterwards", "afterward");
    /** Words after a length that make it count back from a time before: "two days earlier". */
    private static final Set<String> EARLIER = Set.of("earlier");
    /** A length of a known number of days, weeks, months or years: "P2D", "P3W", "P1M", "P10Y". */
    private static final Pattern LENGTH = Pattern.compile("P(\\d{1,3})([DWMY])");
    /** A day, a month or a year: the dates a length may count from. */
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /** How many words before its length the date counted from may stand. */
    private static final int REACH = 25;

    private LaterDates() {
    }

    /** Whether lower-case {@code word} after a length counts it from a time before: "later", "earlier". */
    static boolean countsFromBefore(String word) {
        return LATER.contains(word) || EARLIER.contains(word);
    }

    /**
     * The date that length {@code length}, followed by "later" or "earlier", counts to from the nearest date before it
     * in its sentence, with no other length between, at the precision of the coarser of the two ("two days later" than
     * 20 February is 22 February, "two years later" than March 2019 is 2021); null if none.
     */
    static Mention countedTo(AnalyzedText text, Mention length, List<Mention> timexes) {
        Matcher l = LENGTH.matcher(length.value());
        List<Token> own = text.tokensIn(length.start(), length.end());
        if (length.type() != TimexType.DURATION || !l.matches() || own.isEmpty()) {
            return null;
        }
        List<Token> tokens = text.tokens();
        int after = own.get(own.size() - 1).index() + 1;
        int sign = after >= tokens.size() ? 0 : LATER.contains(tokens.get(after).lowerText()) ? 1
                : EARLIER.contains(tokens.get(after).lowerText()) ? -1 : 0;
        if (sign == 0) {
            return null;
        }
        Mention from = dateBefore(text, own.get(0), timexes);
        if (from == null) {
            return null;
        }
        String value = shifted(from.value(), sign * Integer.parseInt(l.group(1)), l.group(2).charAt(0));
        return value == null ? null
                : Mention.of(text.text(), length.start(), tokens.get(after).end(), TimexType.DATE, value);
    }

    /** The nearest day, month or year before token {@code first} in its sentence; null if a length comes first. */
    private static Mention dateBefore(AnalyzedText text, Token first, List<Mention> timexes) {
        int start = text.tokens().get(Math.max(text.sentenceOf(first).firstToken(), first.index() - REACH)).start();
        int lo = 0;
        int hi = timexes.size();
        while (lo < hi) { // the first expression that starts at or after the length: the ones before it are read back
            int mid = (lo + hi) >>> 1;
            if (timexes.get(mid).start() < first.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo - 1; i >= 0; i--) {
            Mention m = timexes.get(i);
            if (m.end() > first.start()) {
                continue;
            }
            if (m.start() < start) {
                return null;
            }
            if (m.type() == TimexType.DATE && DATE.matcher(m.value()).matches()) {
                return m;
            }
            if (m.type() != TimexType.TIME) {
                return null; // "within two weeks, and sank three days later": which date counts is unclear
            }
        }
        return null;
    }

    /**
     * {@code value} (a day, a month or a year) moved {@code n} units of {@code unit} (back if negative), at the coarser
     * precision of the two: a day moved by days or weeks stays a day, by months a month, by years a year; null if a
     * month or a year is moved by a finer unit than it has, or the value does not parse.
     */
    static String shifted(String value, int n, char unit) {
        try {
            if (value.length() == 10) {
                LocalDate d = LocalDate.parse(value);
                switch (unit) {
                    case 'D': return d.plusDays(n).toString();
                    case 'W': return d.plusWeeks(n).toString();
                    case 'M': return YearMonth.from(d).plusMonths(n).toString();
                    default: return String.valueOf(d.getYear() + n);
                }
            }
            if (value.length() == 7) {
                YearMonth m = YearMonth.parse(value);
                return unit == 'M' ? m.plusMonths(n).toString() : unit == 'Y' ? String.valueOf(m.getYear() + n) : null;
            }
            return unit == 'Y' ? String.valueOf(Integer.parseInt(value) + n) : null;
        } catch (DateTimeParseException | NumberFormatException notADate) {
            return null;
        }
    }
}
