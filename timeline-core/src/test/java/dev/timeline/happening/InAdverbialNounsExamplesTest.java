package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each entry of {@code in-adverbial-nouns.txt} with its example: the example makes a happening whose title ends before
 * the "in" of the adverbial after its date.
 */
class InAdverbialNounsExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("in-adverbial-nouns.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void theAdverbialStaysOutOfTheTitle(String noun, String example) {
        assertThat(LexiconExamples.titles(example)).isNotEmpty().noneMatch(t -> t.contains(" in ")
                && t.substring(t.lastIndexOf(" in ")).contains(noun.substring(0, noun.length() - 1)));
    }
}
