package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each entry of {@code hazard-sites.txt} with its example: the dated hazard that the site modifies takes the name
 * the article gave the site before ("the March 3 rig explosion" after "the Dalen rig": "The Dalen rig explosion").
 */
class HazardSitesExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("hazard-sites.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void theHazardTakesTheSitesName(String site, String example) {
        assertThat(LexiconExamples.events(example)).anyMatch(e -> e.when().toString().equals("3 Mar 2025")
                && e.title().matches("The [A-Z][\\w ]* " + site + " [a-z]+"));
    }
}
