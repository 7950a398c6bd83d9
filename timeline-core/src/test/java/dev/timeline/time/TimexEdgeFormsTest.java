package dev.timeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimexEdgeFormsTest {
    @Test
    void weekendOfAnIsoWeekIsItsSaturdayAndSunday() {
        When weekend = When.parse("2025-W36-WE");
        assertThat(weekend.earliestDay()).isEqualTo(LocalDate.of(2025, 9, 6));
        assertThat(weekend.latestDay()).isEqualTo(LocalDate.of(2025, 9, 7));
        assertThat(When.parse(weekend.timexValue())).isEqualTo(weekend);
    }

    @Test
    void weekendNeedsAWeek() {
        assertThatThrownBy(() -> When.parse("2025-09-WE")).isInstanceOf(TimeValueParseException.class)
                .hasMessageContaining("a weekend (WE) follows an ISO week");
    }

    @Test
    void midnightAtTheEndOfADayIsTheNextDaysStart() {
        When midnight = When.parse("2025-09-03T24:00");
        assertThat(midnight.earliestDay()).isEqualTo(LocalDate.of(2025, 9, 4));
        assertThat(midnight).isEqualTo(When.parse("2025-09-04T00:00"));
    }

    @Test
    void weekendsAreADurationUnit() {
        TimeSpan weekends = TimeSpan.parse("PXWE");
        assertThat(weekends.units()).containsExactly(DurationUnit.WEEKEND);
        assertThat(TimeSpan.parse("P2WE").approximateDays()).isEqualTo(4.0);
    }

    @Test
    void partialDatesCarryWeekendsAndTimesOfDay() {
        PartialDate mondayNights = PartialDate.parse("XXXX-WXX-1TNI");
        assertThat(mondayNights.timexValue()).isEqualTo("XXXX-WXX-1TNI");
        assertThat(mondayNights.label()).isEqualTo("Monday night");
        assertThat(mondayNights.dayOfWeek()).contains(java.time.DayOfWeek.MONDAY);
        assertThat(PartialDate.parse("XXXX-XX-XXT14:30").timexValue()).isEqualTo("XXXX-XX-XXT14:30");

        PartialDate weekends = PartialDate.parse("XXXX-WXX-WE");
        assertThat(weekends.label()).isEqualTo("the weekend");
        assertThat(weekends.matches(LocalDate.of(2025, 9, 6))).isTrue();
        assertThat(weekends.matches(LocalDate.of(2025, 9, 5))).isFalse();
        assertThat(PartialDate.parse("XXXX-W36-WE").resolve(2025)).contains(When.parse("2025-W36-WE"));
        assertThat(PartialDate.parse("XXXX-WXX-WE")).isNotEqualTo(PartialDate.parse("XXXX-WXX"));
    }

    @Test
    void partialDateTimesAreChecked() {
        assertThatThrownBy(() -> PartialDate.parse("XXXX-WXX-1TZZ")).isInstanceOf(TimeValueParseException.class)
                .hasMessageContaining("unknown part of the day \"ZZ\"");
    }
}
