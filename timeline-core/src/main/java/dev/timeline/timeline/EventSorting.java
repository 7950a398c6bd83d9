package dev.timeline.timeline;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToIntFunction;

/**
 * Sorts a timeline's events by id and by time fast: first by an {@code int} key with a primitive sort of
 * {@code key << 32 | inputIndex}, then each run of equal keys (rare, or short) with the full comparator. A key must be
 * consistent with the comparator (a smaller key means an earlier element), so the result is what the comparator alone
 * would give; runs keep input order for ties, as a stable sort does.
 */
final class EventSorting {
    private static final Comparator<Event> BY_ID = Comparator.comparing(Event::id);

    private EventSorting() {}

    /**
     * Sorts events by id hash, then id, keeping the first of equal events with one id.
     *
     * @throws EventIdConflictException if two different events share an id; {@code existing()} is the earlier in
     *     the input
     */
    static Event[] byIdHash(Event[] events) {
        Event[] sorted = sort(events, e -> e.id().hashCode(), BY_ID);
        int kept = 0;
        for (Event event : sorted) {
            if (kept > 0 && sorted[kept - 1].id().equals(event.id())) {
                if (!sorted[kept - 1].equals(event)) {
                    throw new EventIdConflictException(sorted[kept - 1], event);
                }
                continue;
            }
            sorted[kept++] = event;
        }
        return kept == sorted.length ? sorted : Arrays.copyOf(sorted, kept);
    }

    /** Sorts events by {@code order}, whose first criterion must be the earliest covered day. */
    static Event[] byTime(Event[] events, Comparator<Event> order) {
        return sort(events, e -> EventIndex.clamp(e.when().earliestDay().toEpochDay()), order);
    }

    private static Event[] sort(Event[] events, ToIntFunction<Event> key, Comparator<Event> order) {
        int n = events.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) key.applyAsInt(events[i]) << 32) | i;
        }
        Arrays.sort(keys);
        Event[] sorted = new Event[n];
        for (int j = 0; j < n; j++) {
            sorted[j] = events[(int) keys[j]];
        }
        int runStart = 0;
        for (int j = 1; j <= n; j++) {
            if (j == n || (keys[j] >> 32) != (keys[runStart] >> 32)) {
                if (j - runStart > 1) {
                    Arrays.sort(sorted, runStart, j, order);
                }
                runStart = j;
            }
        }
        return sorted;
    }
}
