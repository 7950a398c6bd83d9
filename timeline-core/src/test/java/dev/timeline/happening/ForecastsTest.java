package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Forecasts}: a count told in the future over a period is a forecast; on a day it is a plan. */
class ForecastsTest {
    @Test
    void aCountedSubjectInTheFutureOverAPeriodIsAForecast() {
        assertThat(LexiconExamples.titles("Griffin said 60,000 Americans will die this year from cigarette-related"
                + " diseases.")).isEmpty();
        assertThat(LexiconExamples.titles("Griffin said 60,000 Americans this year will die from cigarette-related"
                + " diseases.")).isEmpty();
    }

    @Test
    void aCountOnADayIsAPlan() {
        assertThat(LexiconExamples.titles("Thousands will march on Saturday in the capital.")).containsExactly(
                "Thousands march in the capital");
    }
}
