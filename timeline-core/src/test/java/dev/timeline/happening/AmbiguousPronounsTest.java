package dev.timeline.happening;

import static dev.timeline.happening.LexiconExamples.dated;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A pronoun that opens a clause of time right after the person was "with" someone else ("Dr Venn was with the singer
 * when she collapsed") may stand for either; no title gives it to one. Written on Thursday 28 Aug 2025.
 */
class AmbiguousPronounsTest {
    @Test
    void aPronounAfterWithSomeoneElseStandsForNoOne() {
        String named = "Police interviewed the doctor of the singer Lina Moro, Aldo Venn, on Monday. ";
        assertThat(dated(named + "Dr Venn was with the singer when she collapsed last Thursday."))
                .noneMatch(t -> t.contains("collapse"));
        assertThat(dated(named + "Dr Venn - who was with the singer when she collapsed last Thursday - gave"
                + " information.")).noneMatch(t -> t.contains("collapse"));
    }

    @Test
    void aPronounAfterThePersonsOwnClauseIsThePersons() {
        assertThat(dated("Senator Ana Reyes was in Tarn when she signed the pact on Monday."))
                .anyMatch(t -> t.contains("Ana Reyes signs the pact"));
    }
}
