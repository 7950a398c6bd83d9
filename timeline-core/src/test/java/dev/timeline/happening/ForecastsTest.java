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
    void theEarliestDayOfAThingToComeDatesNoPastVerbBeforeIt() {
        assertThat(LexiconExamples.titles("Crews shored up miles of boom and prepared for the oil to make landfall as"
                + " early as Tuesday.")).isEmpty();
        // fronted, it says how early the past happening already was
        assertThat(LexiconExamples.titles("As early as February, the contractor got poor results in lab"
                + " tests.")).containsExactly("The contractor gets poor results in lab tests");
    }

    @Test
    void aCountOnADayIsAPlan() {
        assertThat(LexiconExamples.titles("Thousands will march on Saturday in the capital.")).containsExactly(
                "Thousands march in the capital");
    }
}
