package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A clause whose subject denies its verb ("no", "none", "nobody", "nothing", "neither") tells of nothing that
 * happened. The creation date is Thursday 28 Aug 2025.
 */
class DeniedSubjectsTest {
    @Test
    void aSubjectOpenedByNoTellsNoHappening() {
        // "no details on price or stake size were revealed" gave "Stake size is revealed"
        assertThat(LexiconExamples.titles("The link-up was announced last month but no details on price or stake size"
                + " were revealed then.")).noneMatch(t -> t.contains("reveal"));
        assertThat(LexiconExamples.titles("No details on cost or stake size were revealed last month.")).isEmpty();
        // what "nothing" denies is the deciding, not the summit
        assertThat(LexiconExamples.titles("Nothing was decided at the summit of Velo and Tarn leaders in Orvo on"
                + " Monday.")).noneMatch(t -> t.contains("decide"));
    }

    @Test
    void aDenyingWordInsideAPhraseOrAfterAVerbDeniesNothing() {
        assertThat(LexiconExamples.titles("In a matter of hours, Velo Oil sealed the well at no cost to the state"
                + " on Monday.")).anyMatch(t -> t.contains("seals the well"));
        assertThat(LexiconExamples.titles("The Velo government signed a pact with Tarn on Monday but no deal on"
                + " trade was reached on Tuesday.")).containsExactly("The Velo government signs a pact with Tarn");
    }
}
