package dev.timeline.render;

import dev.timeline.timeline.Event;
import dev.timeline.timeline.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The order in which renderers list events, and the year each is listed under: by the days a renderer shows for it
 * ({@link CalendarSpan}), not by {@link dev.timeline.time.When#earliestDay()}. So an open-ended value sorts and
 * groups by its known bound: "before 1986" (every day up to 31 Dec 1985) comes at the end of 1985, after 1612, and is
 * listed under 1985, where {@code earliestDay()} ({@link LocalDate#MIN}) would put it first, under the year
 * -999999999. Events whose shown days are equal keep their timeline order.
 */
final class ReadingOrder {
    private static final Comparator<CalendarSpan> BY_DAYS = Comparator.comparing(CalendarSpan::first)
            .thenComparing(CalendarSpan::last);

    private ReadingOrder() {
    }

    /** The events of {@code timeline} in reading order. */
    static List<Event> of(Timeline timeline) {
        List<Event> events = new ArrayList<>(timeline.events());
        events.sort(Comparator.comparing(e -> CalendarSpan.of(e.when()), BY_DAYS));
        return Collections.unmodifiableList(events);
    }

    /** The events of {@code timeline} in reading order, under the year of the first day shown for each. */
    static NavigableMap<Integer, List<Event>> byYear(Timeline timeline) {
        NavigableMap<Integer, List<Event>> years = new TreeMap<>();
        for (Event e : of(timeline)) {
            years.computeIfAbsent(CalendarSpan.of(e.when()).first().getYear(), y -> new ArrayList<>()).add(e);
        }
        return years;
    }
}
