package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each entry of {@code hazard-nouns.txt} with its example: the example's happening, on the day it gives, is titled by
 * the noun and its place.
 */
class HazardNounsExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("hazard-nouns.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void theNounAndItsPlaceTellTheHappening(String noun, String example) {
        assertThat(LexiconExamples.events(example)).anyMatch(e -> e.when().toString().equals("3 Mar 2025")
                && e.title().matches("(.* )?(?i:" + noun + ") (in|at|near|on|aboard) (the )?[A-Z].*"));
    }
}
