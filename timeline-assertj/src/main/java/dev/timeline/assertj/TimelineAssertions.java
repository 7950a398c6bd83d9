package dev.timeline.assertj;

import dev.timeline.time.TimexValue;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Timeline;

/**
 * Entry point for AssertJ assertions on timelines, events and imprecise dates, as {@code Assertions} is for
 * AssertJ's own. Import its methods statically next to AssertJ's; the overloads here are the more specific ones:
 *
 * <pre>{@code
 * import static dev.timeline.assertj.TimelineAssertions.assertThat;
 * import static org.assertj.core.api.Assertions.assertThat;
 *
 * assertThat(timeline).containsEventOn("2025-09-03").hasNoEventBefore("2015");
 * assertThat(When.parse("2011-39")).isPossiblyBefore("2011-12").isDuring("2011");
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

    /** Returns assertions on {@code actual}, any TIMEX3 value: a length, an underspecified date, a recurrence. */
    public static TimexValueAssert assertThat(TimexValue actual) {
        return new TimexValueAssert(actual);
    }
}
