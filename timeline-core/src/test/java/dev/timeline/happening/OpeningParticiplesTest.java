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
}
