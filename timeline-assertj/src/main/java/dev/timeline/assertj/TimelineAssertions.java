package dev.timeline.assertj;

import dev.timeline.tag.Mention;
import dev.timeline.time.TimexValue;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Timeline;

/**
 * The timeline assertions alone, without AssertJ's. Most tests should rather use {@link Assertions} (or implement
 * {@link WithTimelineAssertions}), which carries AssertJ's assertions too: a static import of
 * {@code TimelineAssertions.assertThat} next to {@code org.assertj.core.api.Assertions.*} hides every AssertJ
 * {@code assertThat}, as single imports shadow on-demand ones. Import both single methods if you use this class:
 *
 * <pre>{@code
 * import static dev.timeline.assertj.TimelineAssertions.assertThat;
 * import static org.assertj.core.api.Assertions.assertThat;
 * }</pre>
 *
 * <p>For soft assertions use {@link TimelineSoftAssertions}. This class has no state and cannot be instantiated.
 */
public final class TimelineAssertions {
    private TimelineAssertions() {
    }

    /** Returns assertions on {@code actual}, a timeline. */
    public static TimelineAssert assertThat(Timeline actual) {
        return new TimelineAssert(actual);
    }

    /**
     * Returns the timeline assertions on events in a given order, such as the result of a query:
     * {@code assertThatEvents(timeline.certainlyBefore(when)).hasSize(2)}. It is not an {@code assertThat} overload
     * so that it does not compete with AssertJ's for {@link Iterable}.
     */
    public static EventsAssert assertThatEvents(Iterable<? extends Event> actual) {
        return new EventsAssert(actual);
    }

    /** Returns assertions on {@code actual}, an event. */
    public static EventAssert assertThat(Event actual) {
        return new EventAssert(actual);
    }

    /** Returns assertions on {@code actual}, an imprecise date or range. */
    public static WhenAssert assertThat(When actual) {
        return new WhenAssert(actual);
    }

    /** Returns assertions on {@code actual}, what the tagger found: its text, type, value and time relations. */
    public static MentionAssert assertThat(Mention actual) {
        return new MentionAssert(actual);
    }

    /** Returns assertions on {@code actual}, any TIMEX3 value: a length, an underspecified date, a recurrence. */
    public static TimexValueAssert assertThat(TimexValue actual) {
        return new TimexValueAssert(actual);
    }
}
