package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.timeline.Event;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each entry of {@code decision-verbs.txt} with its example: the example's verb makes a chronology event. */
class DecisionVerbsExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("decision-verbs.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void theExampleMakesAnEventOfItsVerb(String lemma, String example) {
        String stem = lemma.substring(0, Math.min(lemma.length(), 4));
        assertThat(LexiconExamples.events(example))
                .extracting(Event::title).anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(" " + stem));
    }
}
