package dev.timeline.dct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.time.Precision;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DctEstimateTest {
    private static final DctEstimate DAY = DctEstimate.inferred(LocalDate.of(2010, 5, 21), 0.4,
            DctEstimate.Method.INFERRED, List.of("a clue"));

    @Test
    void aDayIsAWhenOfThatDay() {
        assertThat(DAY.precision()).isEqualTo(Precision.DAY);
        assertThat(DAY.when().timexValue()).isEqualTo("2010-05-21");
        assertThat(DAY).hasToString("2010-05-21 (inferred, confidence 0.40)");
    }

    @Test
    void aCoarserEstimateIsTheMonthOrYearOfItsDay() {
        DctEstimate month = DAY.withPrecision(Precision.MONTH, 0.7);
        assertThat(month.when().timexValue()).isEqualTo("2010-05");
        assertThat(month.date()).isEqualTo(DAY.date());
        assertThat(month).hasToString("2010-05 (inferred, confidence 0.70)");
        assertThat(DAY.withPrecision(Precision.YEAR, 0.9).when().timexValue()).isEqualTo("2010");
    }

    @Test
    void aCreationDateIsNoWeekOrCentury() {
        assertThatThrownBy(() -> DAY.withPrecision(Precision.WEEK, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPrintedDateIsStatedAndAnInferredOneCannotClaimIt() {
        assertThat(DctEstimate.printed(LocalDate.of(2011, 6, 6), 0.99, List.of("x")).method().isStated()).isTrue();
        assertThatThrownBy(() -> DctEstimate.inferred(LocalDate.of(2011, 6, 6), 0.5, DctEstimate.Method.PRINTED,
                List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void calibrationIsMonotoneInTheRawScore() {
        var outcomes = List.of(new DctCalibration.Outcome(DctCalibration.Kind.INFERRED_DAY, 0.15, true),
                new DctCalibration.Outcome(DctCalibration.Kind.INFERRED_DAY, 0.55, false),
                new DctCalibration.Outcome(DctCalibration.Kind.INFERRED_DAY, 0.85, true));
        DctCalibration c = DctCalibration.fit(outcomes);
        assertThat(c.probability(DctCalibration.Kind.INFERRED_DAY, 0.15))
                .isLessThanOrEqualTo(c.probability(DctCalibration.Kind.INFERRED_DAY, 0.55));
        assertThat(DctCalibration.parse(c.write()).probability(DctCalibration.Kind.INFERRED_DAY, 0.85))
                .isEqualTo(c.probability(DctCalibration.Kind.INFERRED_DAY, 0.85));
    }
}
