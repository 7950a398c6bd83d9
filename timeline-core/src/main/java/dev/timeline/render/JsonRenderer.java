package dev.timeline.render;

import com.google.common.io.CharStreams;
import dev.timeline.chronology.Chronology;
import dev.timeline.dct.DctEstimate;
import dev.timeline.json.TimelineJson;
import java.io.IOException;
import java.io.Writer;
import tools.jackson.core.JsonGenerator;

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
        // written as it goes: a chronology of a million events is never one string or one tree in memory
        Writer writer = out instanceof Writer w ? w : CharStreams.asWriter(out);
        TimelineJson.write(chronology.timeline(), writer, gen -> documents(chronology, gen));
        writer.flush();
        out.append('\n');
    }

    private static void documents(Chronology chronology, JsonGenerator gen) {
        gen.writeArrayPropertyStart("documents");
        for (var d : chronology.documents()) {
            gen.writeStartObject();
            gen.writeStringProperty("id", d.id());
            DctEstimate dct = chronology.dct(d.id()).orElse(null);
            if (dct != null) {
                gen.writePOJOProperty("created", dct.when());
                gen.writeStringProperty("method", dct.method().label());
                gen.writeNumberProperty("confidence", Math.round(dct.confidence() * 1000) / 1000.0);
                gen.writeArrayPropertyStart("evidence");
                dct.evidence().forEach(gen::writeString);
                gen.writeEndArray();
            }
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }
}
