package dev.timeline.render;

import dev.timeline.extract.Chronology;
import dev.timeline.extract.DctEstimate;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Source;
import java.io.IOException;
import java.time.Year;
import java.util.List;
import java.util.Map;

/** Markdown: a heading a year, a bullet an event, its sources quoted beneath; then the documents' creation dates. */
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
        for (Map.Entry<Year, List<Event>> year : chronology.timeline().byYear().entrySet()) {
            out.append("\n## ").append(String.valueOf(year.getKey())).append("\n\n");
            for (Event e : year.getValue()) {
                out.append("- **").append(escape(Labels.of(e.when()))).append("** — ").append(escape(e.title()))
                        .append(" *(").append(e.type().name()).append(")*\n");
                for (Source s : e.sources()) {
                    out.append("  > ").append(escape(s.documentId())).append(": ").append(escape(s.sentence()))
                            .append("\n");
                }
            }
        }
        out.append("\n## Documents\n\n");
        for (var d : chronology.documents()) {
            DctEstimate dct = chronology.dct(d.id()).orElse(null);
            out.append("- `").append(d.id()).append("`: ")
                    .append(dct == null ? "creation date unknown" : escape(dct.toString())).append('\n');
            if (dct != null) {
                for (String line : dct.evidence()) {
                    out.append("  - ").append(escape(line)).append('\n');
                }
            }
        }
    }

    private static String escape(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]#<>|])", "\\\\$1");
    }
}
