package dev.timeline.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.chronology.Chronology;
import dev.timeline.document.Document;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Source;
import dev.timeline.timeline.Timeline;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private static final String HOSTILE_ID = "x` <img src=x onerror=alert(7)> `y";

    @Test
    void anIdWithBackticksStaysInsideItsCodeSpan() {
        Chronology c = Chronology.of(Timeline.empty(), List.of(Document.of(HOSTILE_ID, "text")), Map.of());
        assertThat(new MarkdownRenderer().render(c))
                .contains("- ``x` <img src=x onerror=alert(7)> `y``: creation date unknown\n");
    }

    @Test
    void anIdOfSpacesAroundATabKeepsItsSpaces() {
        // a next-line character is no white space to Java but a space on a line of Markdown
        Chronology c = Chronology.of(Timeline.empty(), List.of(Document.of("\u0085 \t ", "text")), Map.of());
        assertThat(new MarkdownRenderer().render(c)).endsWith("- `   \t  `: creation date unknown\n");
    }

    @Test
    void anIdWithALineBreakStaysOnItsLine() {
        Chronology c = Chronology.of(Timeline.empty(), List.of(Document.of("a\r\n- b", "text")), Map.of());
        assertThat(new MarkdownRenderer().render(c)).endsWith("## Documents\n\n- `a  - b`: creation date unknown\n");
    }

    @Test
    void anEventToComeSaysItIsPlannedInTextMarkdownAndHtml() {
        Event planned = Event.builder("p", When.ofDay(LocalDate.of(2025, 9, 5)), "Putin visits Mongolia")
                .type(dev.timeline.timeline.EventType.of("visit")).attribute("planned", "true")
                .source(Source.of("a", 0, 5, "Putin will visit Mongolia on Friday.")).build();
        Event done = Event.builder("d", When.ofDay(LocalDate.of(2025, 9, 3)), "Putin visits China")
                .type(dev.timeline.timeline.EventType.of("visit"))
                .source(Source.of("a", 0, 5, "Putin visited China on Wednesday.")).build();
        Chronology c = SeedChronology.of(done, planned);
        assertThat(new TextRenderer().render(c)).contains("5 Sep 2025 — Putin visits Mongolia [visit, planned]\n",
                "3 Sep 2025 — Putin visits China [visit]\n");
        assertThat(new MarkdownRenderer().render(c)).contains("Putin visits Mongolia *(visit, planned)*",
                "Putin visits China *(visit)*");
        assertThat(new HtmlRenderer().render(c)).containsOnlyOnce("<span class=\"planned\">planned</span>");
    }

    @Test
    void eachSourceIsAQuoteOfItsOwn() {
        Event e = Event.builder("e", When.ofDay(LocalDate.of(2025, 9, 3)), "Putin visits China")
                .source(Source.of("a", 0, 5, "Putin arrived."))
                .source(Source.of("b", 0, 5, "He landed *today*."))
                .build();
        assertThat(new MarkdownRenderer().render(SeedChronology.of(e))).contains("""
                - **3 Sep 2025** — Putin visits China *(other)*

                  > a: Putin arrived.

                  > b: He landed \\*today\\*.
                """);
    }
}
