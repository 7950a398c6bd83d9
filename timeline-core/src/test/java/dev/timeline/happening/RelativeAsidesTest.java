package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.timeline.text.LanguageLayer;
import dev.timeline.text.Token;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verb inside a relative clause set off by commas before the main verb ("the committee, of which Olsen is a member,
 * raised") belongs to that aside ({@link ClauseBoundaries#inARelativeAside}); the aside is looked for near the verb,
 * not back to the start of a text without commas.
 */
class RelativeAsidesTest {
    private static int indexOf(List<Token> tokens, String word) {
        return tokens.stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow().index();
    }

    @Test
    void aVerbBetweenACommaRelativeAndTheClosingCommaIsTheAsides() {
        List<Token> tokens = LanguageLayer.english()
                .analyze("Last week the rate committee, of which Olsen is a voting member, raised the main rate.")
                .tokens();
        assertThat(ClauseBoundaries.inARelativeAside(tokens, indexOf(tokens, "is"), indexOf(tokens, "raised")))
                .isTrue();
    }

    @Test
    void aTextWithoutCommasIsNotReadBackToItsStartForEveryVerb() {
        // 120,000 words, no comma, no relative word: read back to the start each time, this took minutes
        List<Token> tokens = LanguageLayer.english().analyze("Velo rose and Korvo fell and ".repeat(20_000)).tokens();
        int group = tokens.size();
        long asides = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            long n = 0;
            for (int i = 1; i < group; i++) {
                n += ClauseBoundaries.inARelativeAside(tokens, i, group) ? 1 : 0;
            }
            return n;
        });
        assertThat(asides).isZero();
    }
}
