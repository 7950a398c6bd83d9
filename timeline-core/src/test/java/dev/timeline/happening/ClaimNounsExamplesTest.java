package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry of {@code claim-nouns.txt} with its example: a claim's that-clause tells no happening; without "that"
 * the noun does not touch the clause it stands before.
 */
class ClaimNounsExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("claim-nouns.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void aClaimsThatClauseIsNoHappening(String noun, String example) {
        assertThat(LexiconExamples.titles(example)).as("the that-clause of %s", noun).isEmpty();
    }

    @Test
    void whatAClaimingVerbsThatClauseSaysIsNoHappening() {
        assertThat(LexiconExamples.titles("Tom Berg claimed that Velo Bank paid secret bonuses to its players, the"
                + " BBC reported on Sunday.")).isEmpty();
    }

    @Test
    void aChargeWithoutThatLeavesTheHappeningBesideIt() {
        assertThat(LexiconExamples.titles("Ivo Rask was arrested on a charge of arson in Velo on Monday."))
                .containsExactly("Ivo Rask is arrested on a charge of arson in Velo");
    }
}
