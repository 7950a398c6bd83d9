package dev.timeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;
import org.threeten.extra.YearWeek;

/** The factories from java.time and threeten-extra types give the value their parse would. */
class WhenFactoryTest {

    @Test
    void calendarTypesGiveTheirUnit() {
        assertThat(When.of(LocalDate.of(2025, 9, 3))).isEqualTo(When.parse("2025-09-03"));
        assertThat(When.of(YearMonth.of(2025, 9))).isEqualTo(When.parse("2025-09"));
        assertThat(When.of(Year.of(2011))).isEqualTo(When.parse("2011"));
        assertThat(When.of(YearWeek.of(2025, 36))).isEqualTo(When.parse("2025-W36"));
        assertThat(When.of(YearQuarter.of(2025, 3))).isEqualTo(When.parse("2025-Q3"));
    }

    @Test
    void aRangeOfDaysIsARangeOrOneDay() {
        LocalDate first = LocalDate.of(2025, 8, 31);
        assertThat(When.of(LocalDateRange.ofClosed(first, LocalDate.of(2025, 9, 3))))
                .isEqualTo(When.parse("2025-08-31/2025-09-03"));
        assertThat(When.of(LocalDateRange.ofClosed(first, first))).isEqualTo(When.parse("2025-08-31"));
    }

    @Test
    void anEmptyOrUnboundedRangeIsRejected() {
        LocalDate day = LocalDate.of(2025, 9, 3);
        assertThatThrownBy(() -> When.of(LocalDateRange.of(day, day)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-empty, bounded range");
        assertThatThrownBy(() -> When.of(LocalDateRange.ofUnboundedEnd(day)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
