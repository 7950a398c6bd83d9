package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.timeline.Event;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each entry of {@code definite-subjects.txt} with its example: the example's event keeps "The" and the noun. */
class DefiniteSubjectsExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("definite-subjects.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void theExampleIsTitledByTheNoun(String noun, String example) {
        assertThat(LexiconExamples.events(example))
                .extracting(Event::title).anyMatch(t -> t.startsWith("The " + noun + " "));
    }
}
