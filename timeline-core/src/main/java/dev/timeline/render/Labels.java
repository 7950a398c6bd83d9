package dev.timeline.render;

import dev.timeline.happening.EventExtractor;
import dev.timeline.time.Precision;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Precision-aware labels for a chronology: "late 2011", "3 Sep 2025", "31 Aug – 3 Sep 2025"; and what kind of event
 * one is: its type, and "planned" for an event still to come when its article was written.
 */
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

    /**
     * The type of {@code e}, with ", planned" when the extractor flagged it as to come ({@link EventExtractor#PLANNED}):
     * "visit, planned", so that a reader does not take a plan for what happened.
     */
    static String kind(Event e) {
        return e.type().name() + (isPlanned(e) ? ", planned" : "");
    }

    /** Whether {@code e} carries the attribute {@link EventExtractor#PLANNED} set to "true". */
    static boolean isPlanned(Event e) {
        return "true".equals(e.attributes().get(EventExtractor.PLANNED));
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
