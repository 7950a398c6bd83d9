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

    @Test
    void enteringAnOrdinalPeriodTellsHowLongSomethingHasGoneOn() {
        assertThat(LexiconExamples.titles("Velo on Monday entered the second day of its 27-day election campaign with"
                + " the three parties drumming up support.")).isEmpty();
        // a period that began last week is a date, no ordinal; entering a war is a happening
        assertThat(LexiconExamples.titles("Velo entered the war on Monday.")).containsExactly("Velo enters the war");
        assertThat(LexiconExamples.titles("Heavy fighting between Velo and Tarn began last week.")).isNotEmpty();
    }
}
