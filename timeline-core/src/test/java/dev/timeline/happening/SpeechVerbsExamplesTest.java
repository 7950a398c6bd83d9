package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.timeline.Event;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each entry of {@code speech-verbs.txt} with its example: the verb without an object of its own makes no event. */
class SpeechVerbsExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("speech-verbs.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void theExampleMakesNoEventOfItsVerb(String lemma, String example) {
        String stem = lemma.substring(0, Math.min(lemma.length(), 4));
        assertThat(LexiconExamples.events(example))
                .extracting(Event::title).noneMatch(t -> t.toLowerCase(Locale.ROOT).contains(" " + stem));
    }
}
