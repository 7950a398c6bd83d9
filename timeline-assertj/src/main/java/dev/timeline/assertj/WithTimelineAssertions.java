package dev.timeline.assertj;

import dev.timeline.tag.Mention;
import dev.timeline.time.TimexValue;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Timeline;
import org.assertj.core.api.WithAssertions;

/**
 * AssertJ's assertions and the timeline ones for a test class that implements this interface, with no static
 * import at all, as AssertJ's {@link WithAssertions}:
 *
 * <pre>{@code
 * class DeadlineTest implements WithTimelineAssertions {
 *     @Test
 *     void weekDeadline() {
 *         assertThat(When.parse("2025-09-03")).isCertainlyDuring(YearWeek.of(2025, 36));
 *         assertThat("abc").startsWith("a");
 *     }
 * }
 * }</pre>
 */
public interface WithTimelineAssertions extends WithAssertions {

    /** Returns assertions on {@code actual}, a timeline. */
    default TimelineAssert assertThat(Timeline actual) {
        return TimelineAssertions.assertThat(actual);
    }

    /** Returns the timeline assertions on events in a given order, such as the result of a query. */
    default EventsAssert assertThatEvents(Iterable<? extends Event> actual) {
        return TimelineAssertions.assertThatEvents(actual);
    }

    /** Returns assertions on {@code actual}, an event. */
    default EventAssert assertThat(Event actual) {
        return TimelineAssertions.assertThat(actual);
    }

    /** Returns assertions on {@code actual}, an imprecise date or range. */
    default WhenAssert assertThat(When actual) {
        return TimelineAssertions.assertThat(actual);
    }

    /** Returns assertions on {@code actual}, what the tagger found. */
    default MentionAssert assertThat(Mention actual) {
        return TimelineAssertions.assertThat(actual);
    }

    /** Returns assertions on {@code actual}, any TIMEX3 value. */
    default TimexValueAssert assertThat(TimexValue actual) {
        return TimelineAssertions.assertThat(actual);
    }
}
