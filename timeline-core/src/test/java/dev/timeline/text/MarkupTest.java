package dev.timeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markup blanked out of a text, offsets kept. */
class MarkupTest {
    @Test
    void tagsCommentsAndScriptsBecomeSpacesAndTheProseKeepsItsOffsets() {
        String text = "<script>alert(1)</script> Kim <b>visits</b> Japan<!-- x -->.\n<STYLE>p{}</style>";
        String blanked = Markup.blank(text);
        assertThat(blanked).hasSameSizeAs(text).doesNotContain("<").doesNotContain("alert").doesNotContain("p{}");
        assertThat(blanked.strip().replaceAll(" +", " ")).isEqualTo("Kim visits Japan .");
        assertThat(blanked.indexOf("Japan")).isEqualTo(text.indexOf("Japan"));
        assertThat(blanked).contains("\n");
    }

    @Test
    void aLessThanSignThatOpensNoTagIsProse() {
        assertThat(Markup.blank("1 < 2 and 3 > 2")).isEqualTo("1 < 2 and 3 > 2");
        assertThat(Markup.blank("x <script> never closed")).isEqualTo("x          never closed");
        assertThat(Markup.blank("<!-- never closed")).isEqualTo("<!-- never closed");
    }

    @Test
    void manyUnclosedScriptsAreLinear() {
        String text = "<script>".repeat(200_000);
        assertThat(Markup.blank(text)).isBlank();
    }
}
