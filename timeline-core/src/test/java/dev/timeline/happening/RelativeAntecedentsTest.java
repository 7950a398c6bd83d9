package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which noun of "N1 of N2" a relative clause after it tells of ({@link RelativeAntecedents}). */
class RelativeAntecedentsTest {
    @Test
    void whatTookPlaceIsTheHappeningNoun() {
        assertThat(LexiconExamples.titles("The last eruption of Mount Brenn, which occurred in 1993, killed nine"
                + " people.")).contains("The last eruption of Mount Brenn occurs");
        // N2 is the happening: the default, the nearer noun
        assertThat(LexiconExamples.titles("The epicentre of the Tarnia earthquake, which occurred in 1993, was in"
                + " the sea.")).contains("The Tarnia earthquake occurs");
    }
}
