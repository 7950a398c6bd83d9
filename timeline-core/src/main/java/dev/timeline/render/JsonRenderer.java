package dev.timeline.render;

import dev.timeline.extract.Chronology;
import dev.timeline.json.TimelineJson;
import java.io.IOException;

/** JSON: the chronology's timeline in the library's versioned format ({@link TimelineJson}). */
public final class JsonRenderer implements Renderer {
    /** Creates the renderer; prefer {@link Renderers#forFormat(String)}. */
    public JsonRenderer() {
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void render(Chronology chronology, Appendable out) throws IOException {
        out.append(TimelineJson.write(chronology.timeline())).append('\n');
    }
}
