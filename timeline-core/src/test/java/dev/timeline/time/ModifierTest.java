package dev.timeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModifierTest {

    @ParameterizedTest
    @EnumSource(Modifier.class)
    void timexNameReadsBack(Modifier m) {
        assertThat(Modifier.fromTimex(m.timexName())).isEqualTo(m);
    }

    @Test
    void unknownTimexNameIsRejectedWithTheChoices() {
        assertThatThrownBy(() -> Modifier.fromTimex("LATE")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown TIMEX3 mod \"LATE\": expected one of START, MID, END");
    }

    @Test
    void comparisonModifiersApplyToLengthsOnly() {
        assertThat(Modifier.LESS_THAN.appliesToDates()).isFalse();
        assertThat(Modifier.END.appliesToDates()).isTrue();
    }

    @Test
    void seasonCodesReadBack() {
        for (Season s : Season.values()) {
            assertThat(Season.fromTimexCode(s.timexCode())).isEqualTo(s);
        }
        assertThat(Season.FALL.edtfCode()).isEqualTo(23);
        assertThatThrownBy(() -> Season.fromTimexCode("AU")).isInstanceOf(IllegalArgumentException.class);
    }
}
