package dev.timeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;
import org.threeten.extra.YearWeek;

class TimePointTest {

    private static void assertCovers(TimePoint p, String first, String last) {
        assertThat(p.earliestDay()).isEqualTo(LocalDate.parse(first));
        assertThat(p.latestDay()).isEqualTo(LocalDate.parse(last));
    }

    @Test
    void weekRunsMondayToSunday() {
        TimePoint w = TimePoint.ofWeek(YearWeek.of(2025, 36));
        assertCovers(w, "2025-09-01", "2025-09-07");
        assertThat(w.timexValue()).isEqualTo("2025-W36");
        assertThat(w.precision()).isEqualTo(Precision.WEEK);
    }

    @Test
    void winterStartsInDecemberOfItsYear() {
        assertCovers(TimePoint.ofSeason(2025, Season.WINTER), "2025-12-01", "2026-02-28");
    }

    @Test
    void summerIsJuneToAugust() {
        TimePoint summer = TimePoint.ofSeason(2025, Season.SUMMER);
        assertCovers(summer, "2025-06-01", "2025-08-31");
        assertThat(summer.timexValue()).isEqualTo("2025-SU");
        assertThat(summer.season()).contains(Season.SUMMER);
    }

    @Test
    void quarterAndHalfCoverTheirMonths() {
        assertCovers(TimePoint.ofQuarter(YearQuarter.of(2025, 3)), "2025-07-01", "2025-09-30");
        assertCovers(TimePoint.ofHalf(YearHalf.of(2025, 1)), "2025-01-01", "2025-06-30");
        assertThat(TimePoint.ofHalf(2025, 2).timexValue()).isEqualTo("2025-H2");
    }

    @Test
    void decadeAndCenturyFollowTimex3Digits() {
        TimePoint decade = TimePoint.ofDecade(1990);
        assertCovers(decade, "1990-01-01", "1999-12-31");
        assertThat(decade.timexValue()).isEqualTo("199");
        TimePoint century = TimePoint.ofCentury(1900);
        assertCovers(century, "1900-01-01", "1999-12-31");
        assertThat(century.timexValue()).isEqualTo("19");
        assertThat(century.label()).isEqualTo("the 20th century");
    }

    @Test
    void earlyYearsArePaddedToFourDigits() {
        assertThat(TimePoint.ofYear(800).timexValue()).isEqualTo("0800");
        assertThat(TimePoint.parse("0800")).isEqualTo(TimePoint.ofYear(800));
    }

    @Test
    void monthCoversItsDays() {
        assertCovers(TimePoint.ofMonth(YearMonth.of(2024, 2)), "2024-02-01", "2024-02-29");
    }

    @Test
    void dateTimeKeepsTimeAndOffset() {
        TimePoint p = TimePoint.ofDateTime(LocalDateTime.of(2025, 9, 3, 14, 30, 15)).withOffset(ZoneOffset.UTC);
        assertThat(p.precision()).isEqualTo(Precision.SECOND);
        assertThat(p.timexValue()).isEqualTo("2025-09-03T14:30:15Z");
        assertThat(p.date()).contains(LocalDate.of(2025, 9, 3));
    }

    @Test
    void hourHasHourPrecision() {
        TimePoint p = TimePoint.ofHour(LocalDate.of(2025, 9, 3), 14);
        assertThat(p.timexValue()).isEqualTo("2025-09-03T14");
        assertThat(p.label()).isEqualTo("3 Sep 2025, 14:00");
    }

    @Test
    void decadeMustStartAtAMultipleOfTen() {
        assertThatThrownBy(() -> TimePoint.ofDecade(1995)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a decade starts at a multiple of 10, not 1995");
    }

    @Test
    void centuryMustStartAtAMultipleOfAHundred() {
        assertThatThrownBy(() -> TimePoint.ofCentury(20)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a century starts at a multiple of 100, not 20");
    }

    @Test
    void yearOutsideFourDigitsIsRejected() {
        assertThatThrownBy(() -> TimePoint.ofYear(10000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year 10000 is out of range 0..9999");
    }

    @Test
    void offsetNeedsATimeOfDay() {
        assertThatThrownBy(() -> TimePoint.ofYear(2025).withOffset(ZoneOffset.UTC))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void hourPrecisionRejectsMinutes() {
        assertThatThrownBy(() -> TimePoint.ofDateTime(LocalDateTime.of(2025, 9, 3, 14, 30), Precision.HOUR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2025-09-03T14:30 is finer than precision HOUR");
    }

    @Test
    void fractionsOfASecondAreRejected() {
        assertThatThrownBy(() -> TimePoint.ofDateTime(LocalDateTime.of(2025, 9, 3, 14, 30, 1, 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void precisionOrderRunsCoarseToFine() {
        assertThat(Precision.DAY.isFinerThan(Precision.MONTH)).isTrue();
        assertThat(Precision.CENTURY.isCoarserThan(Precision.DECADE)).isTrue();
        assertThat(Precision.MINUTE.hasTimeOfDay()).isTrue();
        assertThat(Precision.DAY.hasTimeOfDay()).isFalse();
    }
}
