package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each entry of {@code happening-objects.txt} with its example: the example makes a chronology event of its verb with
 * the word of the entry, though the verb alone names no happening.
 */
class HappeningObjectsExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("happening-objects.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void theExampleMakesAnEventOfItsVerbAndItsWord(String pair, String example) {
        String[] words = pair.split(" ");
        String stem = words[0].substring(0, Math.min(words[0].length(), 4));
        // the verb's stem in the title, or its lemma as the event's type where the present is irregular ("has")
        assertThat(LexiconExamples.events(example)).anyMatch(e -> e.title().toLowerCase(Locale.ROOT).contains(words[1])
                && (e.title().toLowerCase(Locale.ROOT).contains(" " + stem) || e.type().name().equals(words[0])));
    }
}
