package dev.timeline.time;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParseErrorTest {

    @ParameterizedTest(name = "{0} fails at {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "2025-13-01 | 5 | month 13 is out of range 1..12",
        "2025-02-30 | 8 | day 30 is out of range 1..28 for February 2025",
        "2023-02-29 | 8 | day 29 is out of range 1..28 for February 2023",
        "2025-W54 | 6 | week 54 is out of range 1..52 for 2025",
        "2025-W53 | 6 | week 53 is out of range 1..52 for 2025",
        "20x5 | 2 | expected a digit but found 'x'",
        "2025-00 | 5 | month 0 is out of range 1..12",
        "2025-Q5 | 6 | quarter 5 is out of range 1..4",
        "2025-H3 | 6 | half 3 is out of range 1..2",
        "2025-XY | 5 | unknown season \"XY\": expected SP, SU, FA or WI",
        "2025-09-03T25 | 11 | hour 25 is out of range 0..24",
        "2025-09-03T24:30 | 14 | hour 24 (midnight) takes minute 00 only",
        "2025-09-03T14:60 | 14 | minute 60 is out of range 0..59",
        "2025-09-03TXY | 11 | unknown part of the day \"XY\": expected MO, MI, AF, EV, NI or DT",
        "2025-09-03x | 10 | unexpected character 'x'",
        "2025/2024 | 5 | range ends before it starts: 2025 > 2024",
        "2011? | 4 | uncertain dates (EDTF '?') are not supported",
        "2018~/2019 | 5 | the ends of a range must both be approximate (~) or neither, and cannot be parts of a year",
        "x | 0 | expected a year but found 'x'",
        "20255 | 4 | a year has at most four digits",
        "2025- | 5 | expected a month, week, quarter, half or season",
        "2025-1 | 6 | expected a digit for the month",
        "2025.10 | 4 | expected '-' but found '.'",
    })
    void invalidWhenNamesTheIndexAndTheReason(String input, int index, String reason) {
        assertThatThrownBy(() -> When.parse(input))
                .isInstanceOf(TimeValueParseException.class)
                .hasMessage("Cannot parse \"" + input + "\" at index " + index + ": " + reason)
                .asInstanceOf(InstanceOfAssertFactories.type(TimeValueParseException.class))
                .satisfies(e -> {
                    org.assertj.core.api.Assertions.assertThat(e.input()).isEqualTo(input);
                    org.assertj.core.api.Assertions.assertThat(e.index()).isEqualTo(index);
                });
    }

    @Test
    void emptyInputFailsAtIndexZero() {
        assertThatThrownBy(() -> When.parse(""))
                .isInstanceOf(TimeValueParseException.class)
                .hasMessage("Cannot parse \"\" at index 0: expected a year");
    }

    @Test
    void leapDayIsAcceptedInALeapYear() {
        org.assertj.core.api.Assertions.assertThat(When.parse("2024-02-29").earliestDay())
                .isEqualTo(java.time.LocalDate.of(2024, 2, 29));
    }

    @Test
    void week53IsAcceptedInA53WeekYear() {
        org.assertj.core.api.Assertions.assertThat(When.parse("2020-W53").latestDay())
                .isEqualTo(java.time.LocalDate.of(2021, 1, 3));
    }

    @Test
    void timePointRejectsAModifiedValue() {
        assertThatThrownBy(() -> TimePoint.parse("2011-39"))
                .isInstanceOf(TimeValueParseException.class)
                .hasMessage("Cannot parse \"2011-39\" at index 0: a time point cannot carry a modifier (END); use"
                        + " When.parse");
    }

    @ParameterizedTest(name = "{0} fails at {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "P | 1 | a duration needs at least one amount and unit",
        "P6 | 2 | expected a unit",
        "P6Z | 2 | unknown date unit 'Z': expected CE, DE, Y, Q, M, WE, W or D",
        "PT6Y | 3 | unknown time unit 'Y': expected H, M or S",
        "P6D6Y | 4 | unit Y is repeated or out of order",
        "P1..5Y | 1 | \"1..5\" is not a number",
        "Pa | 1 | expected a number or X but found 'a'",
    })
    void invalidDurationNamesTheIndexAndTheReason(String input, int index, String reason) {
        assertThatThrownBy(() -> TimeSpan.parse(input))
                .isInstanceOf(TimeValueParseException.class)
                .hasMessage("Cannot parse \"" + input + "\" at index " + index + ": " + reason);
    }

    @ParameterizedTest(name = "{0} fails at {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "XXXX-13 | 5 | month 13 is out of range 1..12",
        "XXXX-02-30 | 8 | day 30 is out of range 1..29 for February",
        "XXXX-WXX-8 | 9 | day of week 8 is out of range 1..7",
        "2025-10 | 0 | nothing is unspecified (no X): use When.parse",
        "XXX | 3 | expected a year of four digits or X",
        "XXXX-10x | 7 | unexpected character 'x'",
    })
    void invalidPartialDateNamesTheIndexAndTheReason(String input, int index, String reason) {
        assertThatThrownBy(() -> PartialDate.parse(input))
                .isInstanceOf(TimeValueParseException.class)
                .hasMessage("Cannot parse \"" + input + "\" at index " + index + ": " + reason);
    }

    @Test
    void parseExceptionIsAnIllegalArgumentException() {
        assertThatThrownBy(() -> When.parse("2025-13-01")).isInstanceOf(IllegalArgumentException.class);
    }
}
