package dev.timeline.render;

import dev.timeline.chronology.Chronology;
import dev.timeline.dct.DctEstimate;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Source;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Markdown (CommonMark): a heading a year, a bullet an event, each of its sources quoted beneath in a block of its
 * own; then the documents with their creation dates. An open-ended event ("before 1986") is listed by its known bound,
 * under 1985.
 *
 * <p>All document text (ids, titles, sentences, evidence) is escaped: it shows as the characters it is, never as
 * markup or raw HTML, and a line break in it cannot start a block of its own. Document ids are code spans.
 */
public final class MarkdownRenderer implements Renderer {
    /** Creates the renderer; prefer {@link Renderers#forFormat(String)}. */
    public MarkdownRenderer() {
    }

    @Override
    public String format() {
        return "md";
    }

    @Override
    public void render(Chronology chronology, Appendable out) throws IOException {
        out.append("# Chronology\n");
        for (Map.Entry<Integer, List<Event>> year : ReadingOrder.byYear(chronology.timeline()).entrySet()) {
            out.append("\n## ").append(String.valueOf(year.getKey())).append("\n\n");
            for (Event e : year.getValue()) {
                out.append("- **").append(Markdown.text(Labels.of(e.when()))).append("** — ")
                        .append(Markdown.text(e.title())).append(" *(").append(Markdown.text(Labels.kind(e)))
                        .append(")*\n");
                for (Source s : e.sources()) {
                    // a blank line between quotes: consecutive '>' lines would run into one paragraph
                    out.append("\n  > ").append(Markdown.text(s.documentId())).append(": ")
                            .append(Markdown.text(s.sentence())).append("\n");
                }
            }
        }
        out.append("\n## Documents\n\n");
        for (var d : chronology.documents()) {
            DctEstimate dct = chronology.dct(d.id()).orElse(null);
            out.append("- ").append(Markdown.code(d.id())).append(": ")
                    .append(dct == null ? "creation date unknown" : Markdown.text(dct.toString())).append('\n');
            if (dct != null) {
                for (String line : dct.evidence()) {
                    out.append("  - ").append(Markdown.text(line)).append('\n');
                }
            }
        }
    }
}
