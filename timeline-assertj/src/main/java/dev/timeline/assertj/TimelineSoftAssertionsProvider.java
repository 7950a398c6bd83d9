package dev.timeline.assertj;

import dev.timeline.tag.Mention;
import dev.timeline.time.TimexValue;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Timeline;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * The soft versions of {@link TimelineAssertions}' methods: each check that fails is collected, and all are reported
 * together. Implement it in your own soft assertions class to mix these with AssertJ's:
 *
 * <pre>{@code
 * public class MySoftAssertions extends SoftAssertions implements TimelineSoftAssertionsProvider {}
 * }</pre>
 *
 * or use {@link TimelineSoftAssertions}.
 */
public interface TimelineSoftAssertionsProvider extends SoftAssertionsProvider {

    /** Returns soft assertions on {@code actual}, a timeline. */
    default TimelineAssert assertThat(Timeline actual) {
        return proxy(TimelineAssert.class, Timeline.class, actual);
    }

    /** Returns soft assertions on events in a given order, such as the result of a query. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    default EventsAssert assertThatEvents(Iterable<? extends Event> actual) {
        return proxy(EventsAssert.class, (Class) Iterable.class, actual);
    }

    /** Returns soft assertions on {@code actual}, an event. */
    default EventAssert assertThat(Event actual) {
        return proxy(EventAssert.class, Event.class, actual);
    }

    /** Returns soft assertions on {@code actual}, an imprecise date or range. */
    default WhenAssert assertThat(When actual) {
        return proxy(WhenAssert.class, When.class, actual);
    }

    /** Returns soft assertions on {@code actual}, what the tagger found. */
    default MentionAssert assertThat(Mention actual) {
        return proxy(MentionAssert.class, Mention.class, actual);
    }

    /** Returns soft assertions on {@code actual}, any TIMEX3 value. */
    default TimexValueAssert assertThat(TimexValue actual) {
        return proxy(TimexValueAssert.class, TimexValue.class, actual);
    }
}
