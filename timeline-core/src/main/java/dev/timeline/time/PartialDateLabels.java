package dev.timeline.time;

import dev.timeline.time.PartialDate.Kind;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/** English labels for {@link PartialDate}: "October", "Monday", "the 3rd", "a year of the 1900s". */
final class PartialDateLabels {
    private PartialDateLabels() {
    }

    static String label(String year, Kind kind, int part, int day) {
        String unit = unit(kind, part, day);
        String y = year(year);
        if (unit.isEmpty()) {
            return y.isEmpty() ? "some year" : y.startsWith("of ") ? "a year " + y : y;
        }
        return y.isEmpty() ? unit : unit + " " + y;
    }

    /** " night" for {@code TNI}, " at 14:30" for {@code T14:30}, "" for none. */
    static String time(String time) {
        if (time.isEmpty()) {
            return "";
        }
        return DayPart.fromTimexCode(time.substring(1)).map(p -> " " + p.label()).orElse(" at " + time.substring(1));
    }

    private static String unit(Kind kind, int part, int day) {
        boolean known = part != PartialDate.UNKNOWN;
        switch (kind) {
            case MONTH:
                if (day > 0) {
                    return known ? day + " " + Labels.monthName(part) : "the " + Labels.ordinal(day);
                }
                return known ? Labels.monthName(part) : "some month";
            case WEEK:
                if (day == PartialDate.WEEKEND) {
                    return known ? "the weekend of week " + part : "the weekend";
                }
                if (day > 0) {
                    String name = DayOfWeek.of(day).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                    return known ? name + " of week " + part : name;
                }
                return known ? "week " + part : "some week";
            case QUARTER:
                return known ? "Q" + part : "some quarter";
            case HALF:
                return known ? (part == 1 ? "the first half" : "the second half") : "some half year";
            case SEASON:
                return Season.values()[part - 1].label();
            default:
                return "";
        }
    }

    /** "" for XXXX, "2025" for a known year, "of the 1900s" for 19XX, "of the 1990s" for 199X, else "of 1X9X". */
    private static String year(String pattern) {
        if (pattern.equals("XXXX")) {
            return "";
        }
        int known = pattern.indexOf('X');
        if (known < 0) {
            return pattern;
        }
        if (pattern.substring(known).chars().allMatch(c -> c == 'X') && known > 0) {
            return "of the " + Integer.parseInt(pattern.substring(0, known) + "0".repeat(4 - known)) + "s";
        }
        return "of " + pattern;
    }
}
