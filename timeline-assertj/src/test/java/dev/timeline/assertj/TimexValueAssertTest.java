package dev.timeline.assertj;

import static dev.timeline.assertj.TimelineAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.time.TimeSpan;
import dev.timeline.time.TimexValue;
import org.junit.jupiter.api.Test;

class TimexValueAssertTest {
    private static final String NL = System.lineSeparator();
    private static final TimexValue SIX_YEARS = TimeSpan.parse("P6Y");

    @Test
    void checksTheValueAndLabelOfALength() {
        assertThat(SIX_YEARS).hasTimexValue("P6Y").hasLabel("6 years");
    }

    @Test
    void hasTimexValueFailureQuotesBothValues() {
        assertThatThrownBy(() -> assertThat(SIX_YEARS).hasTimexValue("P6M"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected \"6 years\" to have TIMEX3 value \"P6M\" but it has \"P6Y\"");
    }
}
