package dev.timeline.time;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.TreeMap;

/** Reads TIMEX3 durations ({@code P6Y}, {@code PT70M}, {@code PXW}), reporting the index of the bad character. */
final class TimeSpanParser {
    private TimeSpanParser() {
    }

    static ImmutableSortedMap<DurationUnit, String> parse(String text) {
        if (!text.startsWith("P")) {
            throw new TimeValueParseException("a duration starts with 'P'", text, 0);
        }
        TreeMap<DurationUnit, String> amounts = new TreeMap<>();
        boolean timePart = false;
        int pos = 1;
        DurationUnit last = null;
        while (pos < text.length()) {
            if (text.charAt(pos) == 'T') {
                if (timePart) {
                    throw new TimeValueParseException("a second 'T'", text, pos);
                }
                timePart = true;
                pos++;
                continue;
            }
            int at = pos;
            String amount;
            if (text.charAt(pos) == 'X') {
                amount = "X";
                pos++;
            } else {
                while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                    pos++;
                }
                if (pos == at) {
                    throw new TimeValueParseException("expected a number or X but found '" + text.charAt(pos) + "'",
                            text, pos);
                }
                try {
                    amount = TimeSpan.normalize(new BigDecimal(text.substring(at, pos)));
                } catch (NumberFormatException e) {
                    throw new TimeValueParseException("\"" + text.substring(at, pos) + "\" is not a number", text, at);
                }
            }
            int unitAt = pos;
            DurationUnit unit = unit(text, pos, timePart);
            pos += unit.designator().length();
            if (last != null && unit.compareTo(last) <= 0) {
                throw new TimeValueParseException("unit " + unit.designator() + " is repeated or out of order",
                        text, unitAt);
            }
            last = unit;
            amounts.put(unit, amount);
        }
        if (amounts.isEmpty()) {
            throw new TimeValueParseException("a duration needs at least one amount and unit", text, text.length());
        }
        return ImmutableSortedMap.copyOfSorted(amounts);
    }

    private static DurationUnit unit(String text, int pos, boolean timePart) {
        if (pos >= text.length()) {
            throw new TimeValueParseException("expected a unit", text, pos);
        }
        for (DurationUnit u : DurationUnit.values()) {
            if (u.isTimePart() == timePart && text.startsWith(u.designator(), pos)) {
                return u;
            }
        }
        throw new TimeValueParseException("unknown " + (timePart ? "time" : "date") + " unit '" + text.charAt(pos)
                + "': expected " + (timePart ? "H, M or S" : "CE, DE, Y, Q, M, WE, W or D"), text, pos);
    }
}
