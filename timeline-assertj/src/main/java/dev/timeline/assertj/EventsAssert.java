package dev.timeline.assertj;

import dev.timeline.timeline.Event;

/**
 * Assertions on events in a given order, such as the result of a {@link dev.timeline.timeline.Timeline} query;
 * obtain one with {@link TimelineAssertions#assertThatEvents(Iterable)}. The checks are those of
 * {@link TimelineAssert}.
 *
 * <p>Not thread-safe, like every AssertJ assertion.
 */
public class EventsAssert extends AbstractEventsAssert<EventsAssert, Iterable<? extends Event>> {

    /** Creates an assertion on {@code actual}; prefer {@link TimelineAssertions#assertThatEvents(Iterable)}. */
    public EventsAssert(Iterable<? extends Event> actual) {
        super(actual, EventsAssert.class);
    }

    @Override
    protected String subject() {
        return Texts.count(events().size(), "event");
    }
}
