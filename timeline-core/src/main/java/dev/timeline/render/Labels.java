package dev.timeline.render;

import dev.timeline.time.Precision;
import dev.timeline.time.When;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** Precision-aware labels for a chronology: "late 2011", "3 Sep 2025", "31 Aug – 3 Sep 2025". */
final class Labels {
    private Labels() {
    }

    static String of(When when) {
        if (when.isRange() && when.start().precision() == Precision.DAY && when.end().precision() == Precision.DAY) {
            LocalDate a = when.earliestDay();
            LocalDate b = when.latestDay();
            if (a.getYear() == b.getYear()) {
                return a.getDayOfMonth() + " " + month(a) + " – " + b.getDayOfMonth() + " " + month(b) + " "
                        + b.getYear();
            }
        }
        return when.label();
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
