package dev.timeline.json;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Source;
import dev.timeline.timeline.Timeline;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;

/** Writes the timeline format, version {@value FormatReader#VERSION}, to a Jackson generator. */
final class FormatWriter {
    private FormatWriter() {}

    static void timeline(Timeline timeline, JsonGenerator gen) {
        timeline(timeline, gen, g -> { });
    }

    /** The timeline's object, with the properties {@code extra} writes after its events. */
    static void timeline(Timeline timeline, JsonGenerator gen, Consumer<JsonGenerator> extra) {
        gen.writeStartObject();
        gen.writeStringProperty("format", FormatReader.FORMAT);
        gen.writeNumberProperty("version", FormatReader.VERSION);
        gen.writeArrayPropertyStart("events");
        for (Event event : timeline) {
            event(event, gen);
        }
        gen.writeEndArray();
        extra.accept(gen);
        gen.writeEndObject();
    }

    static void event(Event event, JsonGenerator gen) {
        gen.writeStartObject();
        gen.writeStringProperty("id", event.id());
        gen.writeName("when");
        when(event.when(), gen);
        gen.writeStringProperty("title", event.title());
        if (event.description().isPresent()) {
            gen.writeStringProperty("description", event.description().get());
        }
        gen.writeStringProperty("type", event.type().name());
        strings("participants", event.participants(), gen);
        strings("places", event.places(), gen);
        if (!event.sources().isEmpty()) {
            gen.writeArrayPropertyStart("sources");
            for (Source source : event.sources()) {
                source(source, gen);
            }
            gen.writeEndArray();
        }
        if (!event.attributes().isEmpty()) {
            gen.writeName("attributes");
            gen.writeStartObject();
            for (Map.Entry<String, String> entry : event.attributes().entrySet()) {
                gen.writeStringProperty(entry.getKey(), entry.getValue());
            }
            gen.writeEndObject();
        }
        gen.writeEndObject();
    }

    static void when(When when, JsonGenerator gen) {
        gen.writeStartObject();
        gen.writeStringProperty("value", when.timexValue());
        if (when.timexMod().isPresent()) {
            gen.writeStringProperty("mod", when.timexMod().get());
        }
        gen.writeStringProperty("edtf", when.edtf());
        gen.writeStringProperty("start", when.earliestDay().toString());
        gen.writeStringProperty("end", when.latestDay().toString());
        gen.writeStringProperty("label", when.label());
        gen.writeEndObject();
    }

    static void source(Source source, JsonGenerator gen) {
        gen.writeStartObject();
        gen.writeStringProperty("document", source.documentId());
        gen.writeNumberProperty("start", source.start());
        gen.writeNumberProperty("end", source.end());
        gen.writeStringProperty("sentence", source.sentence());
        gen.writeEndObject();
    }

    private static void strings(String name, List<String> values, JsonGenerator gen) {
        if (!values.isEmpty()) {
            gen.writeArrayPropertyStart(name);
            for (String value : values) {
                gen.writeString(value);
            }
            gen.writeEndArray();
        }
    }
}
