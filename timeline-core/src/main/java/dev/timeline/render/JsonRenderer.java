package dev.timeline.render;

import dev.timeline.chronology.Chronology;
import dev.timeline.dct.DctEstimate;
import dev.timeline.json.TimelineJson;
import java.io.IOException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON: the chronology's timeline in the library's versioned format ({@link TimelineJson}), followed by a
 * {@code documents} array: for each document its {@code id} and, when known, its {@code created} date as a time value
 * (a day, a month or a year, the {@code when} object of the format), {@code method} ({@code given}, {@code printed},
 * {@code inferred} or {@code inferred with batch}), {@code confidence} (the probability that the date is right) and
 * {@code evidence} (one line a clue). {@link TimelineJson#read(String)} reads the file back, skipping the documents.
 */
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
        var mapper = TimelineJson.mapper();
        ObjectNode root = (ObjectNode) mapper.readTree(TimelineJson.write(chronology.timeline()));
        ArrayNode documents = root.putArray("documents");
        for (var d : chronology.documents()) {
            ObjectNode node = documents.addObject();
            node.put("id", d.id());
            DctEstimate dct = chronology.dct(d.id()).orElse(null);
            if (dct == null) {
                continue;
            }
            node.set("created", mapper.valueToTree(dct.when()));
            node.put("method", dct.method().label());
            node.put("confidence", Math.round(dct.confidence() * 1000) / 1000.0);
            ArrayNode evidence = node.putArray("evidence");
            dct.evidence().forEach(evidence::add);
        }
        out.append(mapper.writeValueAsString(root)).append('\n');
    }
}
