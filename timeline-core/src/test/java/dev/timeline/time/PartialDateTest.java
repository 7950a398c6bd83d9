package dev.timeline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDateTest {

    @ParameterizedTest(name = "{0} is \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "XXXX-10 | October",
        "XXXX-WXX-1 | Monday",
        "XXXX-XX-03 | the 3rd",
        "XXXX-10-03 | 3 October",
        "19XX | a year of the 1900s",
        "199X | a year of the 1990s",
        "XXXX-SU | summer",
        "XXXX-WI | winter",
        "XXXX-Q3 | Q3",
        "XXXX-H1 | the first half",
        "2025-XX-03 | the 3rd 2025",
        "XXXX | some year",
        "XXXX-W36 | week 36",
    })
    void labelSaysWhatIsKnown(String value, String label) {
        PartialDate p = PartialDate.parse(value);
        assertThat(p.label()).isEqualTo(label);
        assertThat(p.timexValue()).isEqualTo(value);
    }

    @Test
    void monthResolvesInAYear() {
        assertThat(PartialDate.parse("XXXX-10").resolve(2025)).contains(When.parse("2025-10"));
    }

    @Test
    void modifierIsKeptWhenResolving() {
        PartialDate earlyOctober = PartialDate.parse("XXXX-10", Modifier.START);
        assertThat(earlyOctober.label()).isEqualTo("early October");
        assertThat(earlyOctober.resolve(2025)).contains(When.parseTimex("2025-10", "START"));
    }

    @Test
    void yearMustFitThePattern() {
        assertThat(PartialDate.parse("19XX").resolve(1995)).contains(When.ofYear(1995));
        assertThat(PartialDate.parse("19XX").resolve(2025)).isEmpty();
    }

    @Test
    void unknownWeekCannotBeResolvedByAYear() {
        assertThat(PartialDate.parse("XXXX-WXX-1").resolve(2025)).isEmpty();
    }

    @Test
    void leapDayResolvesOnlyInLeapYears() {
        assertThat(PartialDate.parse("XXXX-02-29").resolve(2024)).contains(When.parse("2024-02-29"));
        assertThat(PartialDate.parse("XXXX-02-29").resolve(2025)).isEmpty();
    }

    @Test
    void dayOfWeekMatchesEveryMonday() {
        PartialDate monday = PartialDate.parse("XXXX-WXX-1");
        assertThat(monday.dayOfWeek()).contains(DayOfWeek.MONDAY);
        assertThat(monday.matches(LocalDate.of(2025, 9, 1))).isTrue();
        assertThat(monday.matches(LocalDate.of(2025, 9, 2))).isFalse();
    }

    @Test
    void monthMatchesItsDaysInAnyYear() {
        PartialDate october = PartialDate.parse("XXXX-10");
        assertThat(october.month()).hasValue(10);
        assertThat(october.matches(LocalDate.of(1999, 10, 31))).isTrue();
        assertThat(october.matches(LocalDate.of(1999, 11, 1))).isFalse();
    }

    @Test
    void winterMatchesFebruaryOfTheNextYear() {
        PartialDate winterOf202x = PartialDate.parse("202X-WI");
        assertThat(winterOf202x.matches(LocalDate.of(2030, 2, 10))).isTrue();
        assertThat(winterOf202x.matches(LocalDate.of(2020, 2, 10))).isFalse();
        assertThat(winterOf202x.matches(LocalDate.of(2020, 12, 10))).isTrue();
    }

    @Test
    void timexValueDispatchesUnspecifiedDates() {
        assertThat(TimexValue.parse("XXXX-10")).isEqualTo(PartialDate.parse("XXXX-10"));
        assertThat(TimexValue.parse("19XX")).isInstanceOf(PartialDate.class);
    }
}
