package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each entry of {@code counted-nouns.txt} with its example: "The two" and the noun stand for the two names the
 * sentence before joined, which open a title ("China and India appoint special envoys").
 */
class CountedNounsExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("counted-nouns.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void theCountStandsForTheNamesBefore(String entry, String example) {
        String names = example.substring(0, example.indexOf(' ', example.indexOf(" and ") + 5));
        // a title the sentence with the count makes, not the one before it
        java.util.List<String> before = LexiconExamples.titles(example.substring(0, example.indexOf(". ") + 1));
        assertThat(LexiconExamples.titles(example)).anyMatch(t -> t.startsWith(names) && !before.contains(t)
                && !t.contains(entry.split("\t")[0]));
    }
}
