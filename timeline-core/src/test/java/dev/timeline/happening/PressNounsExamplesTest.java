package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry of {@code press-nouns.txt} with its example: what the press printed or said makes no chronology event;
 * a noun after the press's noun heads another subject.
 */
class PressNounsExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("press-nouns.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void whatThePressPrintedIsNoEvent(String noun, String example) {
        assertThat(LexiconExamples.events(example)).as("a clause whose subject is a %s", noun).isEmpty();
    }

    @Test
    void aNounAfterThePressesNounHeadsAnotherSubject() {
        assertThat(LexiconExamples.titles("A vocal Velo newspaper boss was killed on Monday."))
                .containsExactly("A vocal Velo newspaper boss is killed");
    }
}
