package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each entry of {@code outcry-nouns.txt} with its example: an outcry sparked, caused or provoked is a reaction, no
 * happening.
 */
class OutcryNounsExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("outcry-nouns.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void theExamplesOutcryMakesNoEvent(String lemma, String example) {
        assertThat(LexiconExamples.titles(example)).isEmpty();
    }

    @Test
    void anOutcryIsNoHappeningWhenItsVerbIsNone() {
        // the noun came out alone once its verb was left out: "Sharp criticism from China"
        assertThat(LexiconExamples.titles("Tarvia sparked sharp criticism from Velo on Monday after it announced"
                + " plans to sponsor a motion.")).isEmpty();
    }

    @Test
    void whatIsSparkedThatIsNoOutcryStaysAHappening() {
        assertThat(LexiconExamples.titles("The Velo premier's visit sparked protests in Ostra on Monday."))
                .isNotEmpty();
        assertThat(LexiconExamples.titles("The Tarvo storm caused a flood in the valley on Tuesday.")).isNotEmpty();
    }
}
