package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.timeline.Event;
import org.junit.jupiter.api.Test;

/**
 * A present progressive dated by a month or a longer period that has begun tells a trend, not a happening; one dated
 * by a period to come, or by this week, may tell a plan. The creation date is Thursday 28 Aug 2025.
 */
class OngoingTrendsTest {
    @Test
    void aPresentProgressiveOfTheCurrentYearIsATrend() {
        assertThat(LexiconExamples.events("The 2025 hurricane season is running just ahead of a typical pace."))
                .isEmpty();
        assertThat(LexiconExamples.events("By trying to contain the current strain, governments are storing up a"
                + " nightmare scenario this year.")).isEmpty();
    }

    @Test
    void aPresentProgressiveOfAPeriodToComeOrOfThisWeekMayBeAPlan() {
        assertThat(LexiconExamples.events("The prime minister is traveling to China in November."))
                .extracting(Event::title).containsExactly("The prime minister travels to China");
        assertThat(LexiconExamples.events("Congressional hearings on the spill are starting this week."))
                .extracting(Event::title).hasSize(1);
    }
}
