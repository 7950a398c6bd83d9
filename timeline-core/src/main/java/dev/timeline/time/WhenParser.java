package dev.timeline.time;

import dev.timeline.time.TimexParser.Qualified;
import java.time.LocalDate;

/**
 * Reads a {@link When}: one point, a range {@code 2018/2019} (EDTF and ISO 8601 interval syntax), an approximate range
 * {@code 2018~/2019~}, or an EDTF open range {@code ../2011} (on or before) or {@code 2011/..} (on or after).
 */
final class WhenParser {
    private WhenParser() {
    }

    static When parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0 && text.endsWith("-WE")) {
            // the TIMEX3 weekend of an ISO week, 2025-W36-WE: its Saturday and Sunday
            TimePoint week = TimexParser.parsePoint(text.substring(0, text.length() - 3));
            if (week.precision() != Precision.WEEK) {
                throw new TimeValueParseException("a weekend (WE) follows an ISO week such as 2025-W36", text,
                        text.length() - 2);
            }
            LocalDate saturday = week.earliestDay().plusDays(5);
            return When.range(TimePoint.ofDay(saturday), TimePoint.ofDay(saturday.plusDays(1)));
        }
        if (slash < 0) {
            Qualified q = TimexParser.qualified(text, 0, text.length());
            return q.modifier() == null ? When.of(q.point()) : When.of(q.point(), q.modifier());
        }
        if (text.startsWith("../")) {
            return open(text, TimexParser.qualified(text, 3, text.length()), Modifier.ON_OR_BEFORE, 3);
        }
        if (text.endsWith("/..") && slash == text.length() - 3) {
            return open(text, TimexParser.qualified(text, 0, slash), Modifier.ON_OR_AFTER, 0);
        }
        Qualified from = TimexParser.qualified(text, 0, slash);
        Qualified to = TimexParser.qualified(text, slash + 1, text.length());
        boolean approx = from.modifier() == Modifier.APPROX && to.modifier() == Modifier.APPROX;
        if (!approx && (from.modifier() != null || to.modifier() != null)) {
            throw new TimeValueParseException("the ends of a range must both be approximate (~) or neither, and"
                    + " cannot be parts of a year", text, slash);
        }
        When range;
        try {
            range = When.range(from.point(), to.point());
        } catch (IllegalArgumentException e) {
            throw new TimeValueParseException(e.getMessage(), text, slash + 1);
        }
        return approx ? range.withModifier(Modifier.APPROX) : range;
    }

    private static When open(String text, Qualified q, Modifier modifier, int index) {
        if (q.modifier() != null) {
            throw new TimeValueParseException("an open range cannot have a qualified end", text, index);
        }
        return When.of(q.point(), modifier);
    }
}
