package dev.timeline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    @Test
    void alternatingLettersAndDigitsMakeOneTokenHoweverLong() {
        String run = "a1".repeat(50_000);
        List<Token> tokens = Tokenizer.tokenize(run + " on Monday");
        assertThat(tokens).hasSize(3);
        assertThat(tokens.get(0).end).isEqualTo(run.length());
        assertThat(tokens.get(0).cat).isEqualTo(Cat.OTHER);
    }

    @Test
    void decadesOrdinalsAndQuartersStillSplitAtTheirOneBoundary() {
        assertThat(Tokenizer.tokenize("1990s").stream().map(t -> t.low)).containsExactly("1990", "s");
        assertThat(Tokenizer.tokenize("3rd").get(0).cat).isEqualTo(Cat.ORDINAL);
        assertThat(Tokenizer.tokenize("Q3")).hasSize(2);
    }

    @Test
    void aRunOfOneMarkIsOneToken() {
        List<Token> tokens = Tokenizer.tokenize("1998--2000 ... !");
        assertThat(tokens.stream().map(t -> t.low)).containsExactly("1998", "--", "2000", "...", "!");
        assertThat(tokens.get(1).cat).isEqualTo(Cat.DASH);
    }

    @Test
    void wordsBeyondAsciiAreLowercasedAsTheRootLocaleDoes() {
        assertThat(Tokenizer.tokenize("M\u00DCNCHEN \u0130zmir \u00C9t\u00E9 Monday").stream().map(t -> t.low))
                .containsExactly("m\u00FCnchen", "i\u0307zmir", "\u00E9t\u00E9", "monday");
    }

    @Test
    void spacesBeyondAsciiSeparateTokens() {
        List<Token> tokens = Tokenizer.tokenize("March\u00A03\u20092025\u3000Monday");
        assertThat(tokens.stream().map(t -> t.low)).containsExactly("march", "3", "2025", "monday");
        assertThat(tokens.stream().map(t -> t.spaceBefore)).containsOnly(true);
    }
}
