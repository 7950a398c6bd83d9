package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each entry of {@code causal-verbs.txt} with its example: in "N1 of N2 that V", the example's title tells of the whole
 * phrase, N1 included ("The shelling of the town kills 20 people"), not of N2 alone.
 */
class CausalVerbsExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("causal-verbs.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void theExamplesTitleKeepsTheNounBeforeOf(String lemma, String example) {
        String lower = example.toLowerCase(Locale.ROOT);
        String before = lower.substring(0, lower.indexOf(" of "));
        String n1 = before.substring(before.lastIndexOf(' ') + 1);
        assertThat(LexiconExamples.titles(example))
                .anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(n1 + " of ")
                        && t.toLowerCase(Locale.ROOT).contains(" " + lemma.substring(0, 3)));
    }
}
