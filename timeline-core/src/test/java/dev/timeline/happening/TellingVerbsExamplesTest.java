package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.timeline.Event;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each entry of {@code telling-verbs.txt} with its example: the verb's passive, its subject the one told, is no event. */
class TellingVerbsExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("telling-verbs.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void theExamplesPassiveMakesNoEventOfItsVerb(String lemma, String example) {
        String stem = lemma.substring(0, Math.min(lemma.length(), 4));
        assertThat(LexiconExamples.events(example))
                .extracting(Event::title).noneMatch(t -> t.toLowerCase(Locale.ROOT).contains(" " + stem));
    }

    @Test
    void thePassiveOfAVerbOfSayingThatIsNoTellingStaysAHappening() {
        assertThat(LexiconExamples.titles("Ivo Rask was found dead on Monday.")).containsExactly(
                "Ivo Rask is found dead");
        assertThat(LexiconExamples.titles("Ivo Rask was admitted to Velo hospital on Monday.")).containsExactly(
                "Ivo Rask is admitted to Velo hospital");
    }
}
