package dev.timeline.happening;

import static dev.timeline.happening.LexiconExamples.dated;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A past participle that opens its sentence tells, in the passive, of the subject of the clause after its comma
 * ("Founded in 1998 by two students, Google grew": Google is founded). Examples written on Thursday 28 Aug 2025.
 */
class OpeningParticiplesTest {
    @Test
    void aCommaInsideTheParticiplesDateIsTheDates() {
        assertThat(dated("Introduced on Oct. 3, 2001, the Velo Composite Index gauges the performance of 95 listed"
                + " companies.")).contains("2001-10-03 The Velo Composite Index is introduced");
    }

    @Test
    void anAdverbMayStandBetweenTheSubjectAndItsVerb() {
        assertThat(dated("Elected in May 2010, Ana Reyes never finished her term.")).containsExactly(
                "2010-05 Ana Reyes is elected");
    }

    @Test
    void bornIsAParticipleAndGravelyIllEndsASentence() {
        // "born" is the second participle of "bear"; "ill." is no abbreviation of Illinois in lower case
        assertThat(dated("Ana Reyes, who ruled Ostland from 1973 to 1990, is gravely ill. Born in the port city of"
                + " Lenport on November 25, 1915, Reyes never finished her school studies.")).contains(
                "1915-11-25 Reyes is born in the port city of Lenport");
    }

    @Test
    void bornBeforeANamesPossessionTellsOfTheName() {
        assertThat(dated("Born in 1948, Ivo Brandt's musical career was nearly cut short after an accident."))
                .contains("1948 Ivo Brandt is born");
    }
}
