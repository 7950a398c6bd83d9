package dev.timeline.assertj;

import dev.timeline.timeline.Timeline;

/**
 * Assertions on a {@link Timeline}; obtain one with {@link TimelineAssertions#assertThat(Timeline)}.
 *
 * <pre>{@code
 * assertThat(timeline)
 *         .hasSize(3)
 *         .containsEventOn("2025-09-03")
 *         .containsEventWithin("2025")
 *         .hasNoEventBefore("2015");
 * }</pre>
 *
 * <p>Not thread-safe, like every AssertJ assertion.
 */
public class TimelineAssert extends AbstractEventsAssert<TimelineAssert, Timeline> {

    /** Creates an assertion on {@code actual}; prefer {@link TimelineAssertions#assertThat(Timeline)}. */
    public TimelineAssert(Timeline actual) {
        super(actual, TimelineAssert.class);
    }

    @Override
    protected String subject() {
        return "timeline of " + Texts.count(actual.size(), "event");
    }
}
