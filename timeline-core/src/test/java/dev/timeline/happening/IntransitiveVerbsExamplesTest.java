package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each entry of {@code intransitive-verbs.txt} with its example: the verb's past is told in the active, never as the
 * passive of a reduced relative clause that the later "which is" could suggest ("About 10,000 people die", not "are
 * died").
 */
class IntransitiveVerbsExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("intransitive-verbs.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void theExamplesVerbIsActive(String lemma, String example) {
        String stem = lemma.substring(0, lemma.length() - 1);
        assertThat(LexiconExamples.titles(example))
                .anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(" " + stem))
                .noneMatch(t -> t.matches("(?i).* (is|are) " + stem + ".*"));
    }
}
