/**
 * AssertJ assertions for timelines, events and imprecise dates, and pinned reference dates for tests.
 *
 * <p>Start with {@link dev.timeline.assertj.TimelineAssertions#assertThat}; for soft assertions,
 * {@link dev.timeline.assertj.TimelineSoftAssertions}; for deterministic relative dates,
 * {@link dev.timeline.assertj.ReferenceDates} or, in JUnit 5, {@link dev.timeline.assertj.PinnedReferenceDate}.
 * Failure messages ({@code Should…} factories) show time values with their labels and covered days and name the
 * relation that does hold.
 */
package dev.timeline.assertj;
