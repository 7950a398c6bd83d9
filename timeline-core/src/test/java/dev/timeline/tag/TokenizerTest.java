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

    @Test
    void aLongTextReadsInChunksAsAWholeWouldRead() {
        // the cursor copies the text a chunk at a time, each ending before a space: every token, and every look past a
        // token's end ("3rd", "1990s"), must come out as when each piece between spaces is read alone
        StringBuilder b = new StringBuilder();
        String[] pieces = {"Born", "3rd", "21st,", "May.", "1990s--2000", "x86y", "a1a1", "\u00C9t\u00E9", "...", "Q3",
            "2025-09-03", "'98", "4th"};
        for (int k = 0; b.length() < 300_000; k++) {
            b.append(pieces[k % pieces.length]).append(k % 7 == 0 ? "\u00A0" : k % 5 == 0 ? "  \n" : " ");
        }
        String text = b.toString();
        List<Token> whole = Tokenizer.tokenize(text);
        List<String> expected = new java.util.ArrayList<>();
        for (int at = 0; at < text.length(); ) {
            int end = at;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                    && !Character.isSpaceChar(text.charAt(end))) {
                end++;
            }
            for (Token t : Tokenizer.tokenize(text.substring(at, end))) {
                expected.add((at + t.start) + "-" + (at + t.end) + " " + t);
            }
            at = end + 1;
        }
        assertThat(whole.stream().map(t -> t.start + "-" + t.end + " " + t)).containsExactlyElementsOf(expected);
        assertThat(Tokenizer.tokenize(new StringBuilder(text)).stream().map(t -> t.start + "-" + t.end + " " + t))
                .containsExactlyElementsOf(expected);
    }
}
