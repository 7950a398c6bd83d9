package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a title's object ends: never on a word whose phrase goes on after it. */
class PredicateEndsTest {
    @Test
    void aNamingParticipleGoesOnWithItsAsOrGoes() {
        assertThat(LexiconExamples.titles("In 2003 BP went into partnership with a group of Russian billionaires known"
                + " as AAR.")).singleElement().asString().doesNotEndWith("known");
    }

    @Test
    void aListOfModifiersGoesOnToTheNounTheyShare() {
        assertThat(LexiconExamples.titles("Tony Hayward met on Monday with top officials including the energy,"
                + " interior and homeland security secretaries.")).containsExactly("Tony Hayward meets with top"
                + " officials including the energy, interior and homeland security secretaries");
    }

    @Test
    void aComplementAfterTheDateOfAnAdjectivalPredicateStays() {
        assertThat(LexiconExamples.titles("Health officials said laboratory tests came back positive on Thursday for"
                + " the H1N1 virus.")).containsExactly("Laboratory tests come back positive for the H1N1 virus");
    }

    @Test
    void aCommonNounTheTaggerReadAsAnAdverbEndsThePhraseAsItsHead() {
        // "output/RB", "protest/RB" after the words they head
        assertThat(LexiconExamples.titles("Last month, OPEC oil ministers decided to cut the cartel's daily crude oil"
                + " output by 1.2 million barrels.")).singleElement().asString().endsWith("crude oil output");
        assertThat(LexiconExamples.titles("Police and firefighters carried out their own street protest on Tuesday"
                + " evening, marching on parliament.")).singleElement().asString().endsWith("street protest");
    }
}
