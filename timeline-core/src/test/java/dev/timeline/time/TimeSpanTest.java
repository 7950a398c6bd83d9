package dev.timeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeSpanTest {

    @ParameterizedTest(name = "{0} is \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "P6Y | 6 years",
        "P1Y | 1 year",
        "PT70M | 70 minutes",
        "PXW | a few weeks",
        "P3D | 3 days",
        "P1.5Y | 1.5 years",
        "P1Y6M | 1 year and 6 months",
        "P1DT2H30M | 1 day, 2 hours and 30 minutes",
        "P2DE | 2 decades",
        "P1CE | 1 century",
        "PTXH | a few hours",
    })
    void labelSaysTheLength(String value, String label) {
        assertThat(TimeSpan.parse(value).label()).isEqualTo(label);
        assertThat(TimeSpan.parse(value).timexValue()).isEqualTo(value);
    }

    @Test
    void modifierPrefixesTheLabel() {
        assertThat(TimeSpan.parse("P6Y", Modifier.MORE_THAN).label()).isEqualTo("more than 6 years");
        assertThat(TimeSpan.parse("P6Y", Modifier.EQUAL_OR_LESS).label()).isEqualTo("at most 6 years");
        assertThat(TimeSpan.parse("P6Y", Modifier.APPROX).timexMod()).contains("APPROX");
    }

    @Test
    void approximateDaysUsesAverageUnitLengths() {
        assertThat(TimeSpan.parse("P6Y").approximateDays()).isCloseTo(2191.455, within(1e-9));
        assertThat(TimeSpan.parse("PT70M").approximateDays()).isCloseTo(70.0 / 1440, within(1e-12));
        assertThat(TimeSpan.parse("P1W").approximateDays()).isEqualTo(7.0);
    }

    @Test
    void unknownAmountCountsAsAFew() {
        assertThat(TimeSpan.unknown(DurationUnit.WEEK).approximateDays()).isEqualTo(21.0);
        assertThat(TimeSpan.unknown(DurationUnit.WEEK).isKnown()).isFalse();
        assertThat(TimeSpan.unknown(DurationUnit.WEEK).amount(DurationUnit.WEEK)).isEmpty();
    }

    @Test
    void monthAndMinuteShareADesignatorOnEitherSideOfT() {
        TimeSpan s = TimeSpan.parse("P2MT2M");
        assertThat(s.units()).containsExactly(DurationUnit.MONTH, DurationUnit.MINUTE);
    }

    @Test
    void amountsAreNormalizedSoEqualLengthsAreEqual() {
        assertThat(TimeSpan.parse("P1.50Y")).isEqualTo(TimeSpan.of(new BigDecimal("1.5"), DurationUnit.YEAR));
        assertThat(TimeSpan.of(6, DurationUnit.YEAR)).isEqualTo(TimeSpan.parse("P6Y"));
        assertThat(TimeSpan.of(6, DurationUnit.YEAR).amount(DurationUnit.YEAR)).contains(BigDecimal.valueOf(6));
    }

    @Test
    void timexValueDispatchesDurations() {
        assertThat(TimexValue.parse("P6Y")).isEqualTo(TimeSpan.of(6, DurationUnit.YEAR));
        assertThat(TimexValue.parse("P6Y", "LESS_THAN"))
                .isEqualTo(TimeSpan.of(6, DurationUnit.YEAR).withModifier(Modifier.LESS_THAN));
    }
}
