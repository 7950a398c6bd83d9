package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a clause after the happening says was called off. */
class CalledOffTest {
    @Test
    void aButClauseThatCancelsWithNoObjectCallsOffWhatCameBefore() {
        String planned = "Vell first planned to visit the region in March, but had to cancel to push his bill.";
        assertThat(CalledOff.calledOffAfter(planned, planned.indexOf("visit") + 5)).isTrue();
        String postponed = "Vell planned a visit to the region in March, but later postponed it.";
        assertThat(CalledOff.calledOffAfter(postponed, postponed.indexOf("visit") + 5)).isTrue();
        // the verb with an object of its own calls off that, not what came before
        String other = "Vell visited the region in March, but had to cancel a second trip.";
        assertThat(CalledOff.calledOffAfter(other, other.indexOf("visited") + 7)).isFalse();
    }
}
