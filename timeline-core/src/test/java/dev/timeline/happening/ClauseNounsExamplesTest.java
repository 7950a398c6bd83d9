package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each entry of {@code clause-nouns.txt} with its example: the relative clause's event is titled by the name after the
 * noun, and the noun stays out of the title.
 */
class ClauseNounsExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("clause-nouns.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void theNameAfterTheNounOpensTheSubject(String noun, String example) {
        assertThat(LexiconExamples.titles(example)).isNotEmpty()
                .noneMatch(t -> t.toLowerCase(Locale.ROOT).contains(noun + " "));
    }
}
