package dev.timeline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RenderersTest {
    @Test
    void everyBuiltInFormatAndAliasIsFound() {
        assertThat(Renderers.formats()).contains("text", "md", "markdown", "json", "html", "timelinejs", "ics", "ical");
        assertThat(Renderers.forFormat("HTML")).containsInstanceOf(HtmlRenderer.class);
        assertThat(Renderers.forFormat("ical")).containsInstanceOf(IcsRenderer.class);
    }

    @Test
    void aRendererNamedInMetaInfServicesIsFound() {
        assertThat(Renderers.forFormat("shout")).containsInstanceOf(ShoutingRenderer.class);
    }

    @Test
    void aServiceCannotReplaceABuiltInFormat() {
        assertThat(Renderers.forFormat("text")).containsInstanceOf(TextRenderer.class);
    }
}
