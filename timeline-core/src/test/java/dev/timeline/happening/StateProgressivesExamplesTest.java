package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each entry of {@code state-progressives.txt} with its example: a state since a date tells no start of it. */
class StateProgressivesExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("state-progressives.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void theExampleTellsNoStart(String word, String example) {
        assertThat(LexiconExamples.titles(example)).noneMatch(t -> t.contains("begin"));
    }
}
