package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a verb group starts: its auxiliaries, and a date between them and the verb. */
class VerbGroupsTest {
    @Test
    void aDateBetweenTheAuxiliaryAndTheParticipleStaysInsideTheGroup() {
        assertThat(LexiconExamples.events("Lena Osk was on Monday arrested by police in Dorvik."))
                .extracting(e -> e.when().toString() + " " + e.title())
                .containsExactly("25 Aug 2025 Lena Osk is arrested by police in Dorvik");
        assertThat(LexiconExamples.titles("Tomas Rell was earlier Tuesday ordered by a Kestan court to attend a"
                + " two-day hearing.")).containsExactly(
                        "Tomas Rell is ordered by a Kestan court to attend a two-day hearing");
    }

    @Test
    void anAdverbBeforeTheParticipleIsNoPartOfTheSubject() {
        // the lexicon's clause: "was first" stays out of the subject
        assertThat(LexiconExamples.titles("Tom Vell was first elected to the Bundestag in 1980 and became"))
                .containsExactly("Tom Vell is elected to the Bundestag");
    }

    @Test
    void aPlansDateBeforeItsScheduleWordIsThePlans() {
        // "was on Wednesday set to adopt": what was expected that day, no happening of it
        assertThat(LexiconExamples.titles("The Norland parliament was on Wednesday set to adopt the government's plans"
                + " to raise premiums.")).noneMatch(t -> t.contains("is set"));
    }
}
