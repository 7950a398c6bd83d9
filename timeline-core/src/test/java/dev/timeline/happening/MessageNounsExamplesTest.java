package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each entry of {@code message-nouns.txt} with its example: a message sent, written or handed over is speech. */
class MessageNounsExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("message-nouns.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void theExamplesMessageMakesNoEvent(String lemma, String example) {
        assertThat(LexiconExamples.titles(example)).isEmpty();
    }

    @Test
    void whatIsSentThatIsNoMessageStaysAHappening() {
        assertThat(LexiconExamples.titles("Tarvia sent 300 troops to the Velo border on Monday.")).isNotEmpty();
        assertThat(LexiconExamples.titles("The Tarvo navy delivered 300 tonnes of rice to the port of Ostra on"
                + " Monday.")).isNotEmpty();
        // made or issued, what is no message stays a happening
        assertThat(LexiconExamples.titles("The Velo president issued a decree dissolving parliament on Monday."))
                .isNotEmpty();
        assertThat(LexiconExamples.titles("The Tarvo premier made a three-day visit to Ostra on Monday."))
                .isNotEmpty();
    }
}
