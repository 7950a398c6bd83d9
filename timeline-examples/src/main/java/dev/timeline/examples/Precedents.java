package dev.timeline.examples;

import dev.timeline.timeline.Event;
import dev.timeline.timeline.Timeline;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A small piece of date logic to unit-test: which events of a timeline preceded a given one.
 *
 * <p>Stateless; the methods are thread-safe.
 */
public final class Precedents {
    private Precedents() {
    }

    /**
     * Returns the events that certainly ended before the event {@code eventId} started, as a timeline.
     *
     * @throws NoSuchElementException if the timeline has no event with that id
     */
    public static Timeline certainlyPreceding(Timeline timeline, String eventId) {
        Event event = event(timeline, eventId);
        return Timeline.copyOf(timeline.certainlyBefore(event.when()));
    }

    /**
     * Returns the events that may have ended before the event {@code eventId} started, as a timeline: those
     * certainly before it and those whose imprecise dates leave it open.
     *
     * @throws NoSuchElementException if the timeline has no event with that id
     */
    public static Timeline possiblyPreceding(Timeline timeline, String eventId) {
        Event event = event(timeline, eventId);
        return Timeline.copyOf(timeline.possiblyBefore(event.when())).withoutEvent(eventId);
    }

    private static Event event(Timeline timeline, String eventId) {
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(eventId, "eventId");
        return timeline.event(eventId)
                .orElseThrow(() -> new NoSuchElementException("no event with id \"" + eventId + "\""));
    }
}
