package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each entry of {@code recovery-verbs.txt} with its example: more of the dead found update a toll and make no event;
 * the dead found once still make one.
 */
class RecoveryVerbsExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("recovery-verbs.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void moreOfTheDeadFoundMakeNoEvent(String lemma, String example) {
        assertThat(LexiconExamples.titles(example)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theDeadFoundOnceStillMakeAnEvent() {
        assertThat(LexiconExamples.titles("Police found the body of a missing girl in a forest on Monday."))
                .containsExactly("Police find the body of a missing girl in a forest");
    }
}
