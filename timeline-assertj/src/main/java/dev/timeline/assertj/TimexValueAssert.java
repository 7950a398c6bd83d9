package dev.timeline.assertj;

import dev.timeline.time.TimexValue;

/**
 * Assertions on any TIMEX3 value: a length ({@link dev.timeline.time.TimeSpan}), an underspecified date
 * ({@link dev.timeline.time.PartialDate}), a reference to now ({@link dev.timeline.time.TimeReference}) or a
 * recurrence. Dates and ranges get the richer {@link WhenAssert}. Obtain one with
 * {@link TimelineAssertions#assertThat(TimexValue)}.
 *
 * <p>Not thread-safe, like every AssertJ assertion.
 */
public class TimexValueAssert extends AbstractTimexValueAssert<TimexValueAssert, TimexValue> {

    /** Creates an assertion on {@code actual}; prefer {@link TimelineAssertions#assertThat(TimexValue)}. */
    public TimexValueAssert(TimexValue actual) {
        super(actual, TimexValueAssert.class);
    }
}
