package dev.timeline.tag;

import java.time.LocalDate;

/** How a narrative text moves its reference date: to the first day of each date it mentions. */
final class Narrative {
    private Narrative() {
    }

    /** The first day of a "YYYY", "YYYY-MM" or "YYYY-MM-DD" value, or null for any other value. */
    static LocalDate firstDay(String value) {
        int n = value.length();
        if (n < 4 || !digits(value, 0, 4)) {
            return null;
        }
        int y = Integer.parseInt(value.substring(0, 4));
        if (n == 4) {
            return y >= 1 ? LocalDate.of(y, 1, 1) : null;
        }
        if (n == 7 && value.charAt(4) == '-' && digits(value, 5, 7)) {
            int m = Integer.parseInt(value.substring(5, 7));
            return Dates.valid(y, m, 1) ? LocalDate.of(y, m, 1) : null;
        }
        if (n == 10 && value.charAt(7) == '-' && digits(value, 5, 7) && digits(value, 8, 10)) {
            int m = Integer.parseInt(value.substring(5, 7));
            int d = Integer.parseInt(value.substring(8, 10));
            return Dates.valid(y, m, d) ? LocalDate.of(y, m, d) : null;
        }
        return null;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
