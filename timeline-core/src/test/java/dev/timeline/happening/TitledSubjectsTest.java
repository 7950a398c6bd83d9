package dev.timeline.happening;

import static dev.timeline.happening.LexiconExamples.dated;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A subject that is a person's title alone ("The prime minister", "The Velo president") stands for the person the
 * article last named with that title, the nation's word too. Written on Thursday 28 Aug 2025.
 */
class TitledSubjectsTest {
    @Test
    void aTitleAfterTheWordOfANationIsThePersonLastNamedWithBoth() {
        assertThat(dated("Velo President Ana Reyes left Orvo on Monday. The Velo president arrived in Tarn on"
                + " Wednesday for a three-day state visit.")).contains(
                "2025-08-27 Ana Reyes arrives in Tarn for a three-day state visit");
    }

    @Test
    void aTitleThatNamesNoOneBeforeStaysAsItIs() {
        assertThat(dated("Tarn President Ivo Brandt left Orvo on Monday. The Velo president arrived in Tarn on"
                + " Wednesday.")).contains("2025-08-27 The Velo president arrives in Tarn");
    }

    @Test
    void aVicePresidentIsThePersonLastNamedVicePresident() {
        // gave "The vice president is expelled ..."
        assertThat(dated("Ostland vice president Ivo Brandt's new party on Wednesday slammed the decision. The vice"
                + " president was expelled from the ruling party on Tuesday.")).contains(
                "2025-08-26 Ivo Brandt is expelled from the ruling party");
    }

    @Test
    void aPresidentIsNoVicePresident() {
        // gave the president's signing to Ivo Brandt
        assertThat(dated("President Ana Reyes spoke. Vice President Ivo Brandt on Wednesday slammed the decision. The"
                + " president on Tuesday signed the budget.")).contains("2025-08-26 Ana Reyes signs the budget");
    }
}
