package dev.timeline.render;

import dev.timeline.chronology.Chronology;
import dev.timeline.dct.DctEstimate;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Source;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Plain text: events grouped by year, each with its precision-aware date, title and type ("planned" for one to come),
 * and under it every source with the sentence quoted; then the creation date of each document and its evidence. An
 * open-ended event ("before 1986") is listed by its known bound, under 1985.
 *
 * <p>Document text (ids, titles, sentences, evidence) is put on one line each: a line break in it becomes a space
 * and other control characters, such as a terminal's escape, become U+FFFD, so no document can forge or hide a line.
 */
public final class TextRenderer implements Renderer {
    /** Creates the renderer; prefer {@link Renderers#forFormat(String)}. */
    public TextRenderer() {
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public void render(Chronology chronology, Appendable out) throws IOException {
        for (Map.Entry<Integer, List<Event>> year : ReadingOrder.byYear(chronology.timeline()).entrySet()) {
            out.append(String.valueOf(year.getKey())).append('\n');
            for (Event e : year.getValue()) {
                out.append("  ").append(Labels.of(e.when())).append(" — ").append(PlainText.line(e.title()))
                        .append(" [").append(PlainText.line(Labels.kind(e))).append("]\n");
                for (Source s : e.sources()) {
                    out.append("      ").append(PlainText.line(s.documentId())).append(": “")
                            .append(PlainText.line(s.sentence())).append("”\n");
                }
            }
        }
        out.append("\nDocuments\n");
        for (var d : chronology.documents()) {
            out.append("  ").append(PlainText.line(d.id())).append(": ");
            DctEstimate dct = chronology.dct(d.id()).orElse(null);
            if (dct == null) {
                out.append("creation date unknown\n");
                continue;
            }
            out.append(PlainText.line(dct.toString())).append('\n');
            for (String line : dct.evidence()) {
                out.append("      - ").append(PlainText.line(line)).append('\n');
            }
        }
    }
}
