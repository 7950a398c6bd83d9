package dev.timeline.assertj;

import dev.timeline.tag.Mention;
import dev.timeline.time.TimexValue;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Timeline;

/**
 * The one entry point a test needs: AssertJ's assertions (this class extends
 * {@link org.assertj.core.api.Assertions}) plus those for timelines, events, time values and tagger mentions.
 * Import it instead of AssertJ's:
 *
 * <pre>{@code
 * import static dev.timeline.assertj.Assertions.*;
 *
 * assertThat("abc").startsWith("a");                                   // AssertJ's
 * assertThat(When.parse("2011-39")).isCertainlyDuring("2011");         // ours
 * assertThat(timeline).hasSize(3).containsEventOn(LocalDate.of(2025, 9, 3));
 * }</pre>
 *
 * <p>With both {@code org.assertj.core.api.Assertions.*} and this class imported on demand, every call still
 * resolves, as the inherited methods are the same ones. Without this class, {@code assertThat(When)} would be
 * AssertJ's assertion on a {@link Comparable}, whose {@code isLessThan} checks the sort order, not "certainly
 * before". To implement an interface instead of importing, see {@link WithTimelineAssertions}; for soft assertions,
 * {@link TimelineSoftAssertions}. This class has no state.
 */
public class Assertions extends org.assertj.core.api.Assertions {

    /** Not instantiated; protected, as AssertJ's is, so that a project can extend it with its own assertions. */
    protected Assertions() {
    }

    /** Returns assertions on {@code actual}, a timeline. */
    public static TimelineAssert assertThat(Timeline actual) {
        return TimelineAssertions.assertThat(actual);
    }

    /**
     * Returns the timeline assertions on events in a given order, such as the result of a query. It is not an
     * {@code assertThat} overload so that it does not compete with AssertJ's for {@link Iterable}.
     */
    public static EventsAssert assertThatEvents(Iterable<? extends Event> actual) {
        return TimelineAssertions.assertThatEvents(actual);
    }

    /** Returns assertions on {@code actual}, an event. */
    public static EventAssert assertThat(Event actual) {
        return TimelineAssertions.assertThat(actual);
    }

    /** Returns assertions on {@code actual}, an imprecise date or range. */
    public static WhenAssert assertThat(When actual) {
        return TimelineAssertions.assertThat(actual);
    }

    /** Returns assertions on {@code actual}, what the tagger found. */
    public static MentionAssert assertThat(Mention actual) {
        return TimelineAssertions.assertThat(actual);
    }

    /** Returns assertions on {@code actual}, any TIMEX3 value: a length, an underspecified date, a recurrence. */
    public static TimexValueAssert assertThat(TimexValue actual) {
        return TimelineAssertions.assertThat(actual);
    }
}
