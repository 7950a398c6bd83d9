package dev.timeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimexValueTest {

    @Test
    void referencesParseToTheirConstants() {
        assertThat(TimexValue.parse("PRESENT_REF")).isEqualTo(TimeReference.PRESENT_REF);
        assertThat(TimexValue.parse("PAST_REF").label()).isEqualTo("the past");
        assertThat(TimeReference.FUTURE_REF.timexValue()).isEqualTo("FUTURE_REF");
        assertThat(TimeReference.PRESENT_REF.timexMod()).isEmpty();
    }

    @Test
    void datesParseToWhen() {
        assertThat(TimexValue.parse("2011", "END")).isEqualTo(When.parseTimex("2011", "END"));
        assertThat(TimexValue.parse("2025-09-03")).isEqualTo(When.parse("2025-09-03"));
    }

    @Test
    void referenceCannotBeModified() {
        assertThatThrownBy(() -> TimexValue.parse("PAST_REF", "APPROX"))
                .isInstanceOf(TimeValueParseException.class)
                .hasMessage("Cannot parse \"PAST_REF\" at index 0: mod APPROX cannot qualify PAST_REF");
    }

    @Test
    void lengthModifierCannotQualifyADate() {
        assertThatThrownBy(() -> TimexValue.parse("2011", "LESS_THAN"))
                .isInstanceOf(TimeValueParseException.class)
                .hasMessage("Cannot parse \"2011\" at index 0: mod LESS_THAN applies to durations, not dates");
    }

    @Test
    void everyMondayIsARecurrenceOfAPartialDate() {
        Recurrence r = Recurrence.parse("XXXX-WXX-1").withQuant("EVERY");
        assertThat(r.label()).isEqualTo("every Monday");
        assertThat(r.timexValue()).isEqualTo("XXXX-WXX-1");
        assertThat(r.quant()).contains("EVERY");
        assertThat(r.value()).isEqualTo(PartialDate.parse("XXXX-WXX-1"));
    }

    @Test
    void frequencyOfAUnitReadsAsTimesPerUnit() {
        assertThat(Recurrence.parse("P1W").withFreq("2X").label()).isEqualTo("twice a week");
        assertThat(Recurrence.parse("P1D").withFreq("3X").label()).isEqualTo("3 times a day");
        assertThat(Recurrence.parse("P1Y").label()).isEqualTo("every year");
        assertThat(Recurrence.parse("P2W").label()).isEqualTo("every 2 weeks");
    }

    @Test
    void recurrencesWithDifferentAttributesDiffer() {
        assertThat(Recurrence.parse("P1W").withFreq("2X")).isNotEqualTo(Recurrence.parse("P1W"));
        assertThat(Recurrence.parse("P1W").withFreq("2X")).isEqualTo(Recurrence.parse("P1W").withFreq("2X"));
    }

    @Test
    void referenceCannotRecur() {
        assertThatThrownBy(() -> Recurrence.parse("PRESENT_REF")).isInstanceOf(TimeValueParseException.class);
        assertThatThrownBy(() -> Recurrence.of(TimeReference.PAST_REF)).isInstanceOf(IllegalArgumentException.class);
    }
}
