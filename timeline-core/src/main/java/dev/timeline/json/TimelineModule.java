package dev.timeline.json;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import dev.timeline.timeline.Source;
import dev.timeline.timeline.Timeline;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson module that reads and writes {@link Timeline}, {@link Event}, {@link When}, {@link Source} and
 * {@link EventType} in the timeline format (see {@code docs/json-format.md}), so they can be fields of your own classes:
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new TimelineModule()).build();
 * Report report = mapper.readValue(json, Report.class); // Report has a Timeline field
 * }</pre>
 *
 * <p>A timeline is written as the whole versioned document ({@code {"format":"timeline","version":1,"events":[...]}});
 * an event, a time or a source as the object the format uses for it; an event type as its name. Reading checks
 * everything the format says and throws {@link TimelineFormatException} naming the JSON path from the root of your
 * document, such as {@code $.report.history.events[3].when.value}.
 *
 * <p>Limits on nesting depth and number length, and the detection of duplicate property names, are the mapper's
 * ({@code StreamReadConstraints}, {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}); {@link TimelineJson#mapper()}
 * sets them strictly. The module is immutable and may be shared.
 */
public final class TimelineModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Returns a new module; register it with {@code JsonMapper.builder().addModule(new TimelineModule())}. */
    public TimelineModule() {
        super("TimelineModule");
        register(Timeline.class, FormatWriter::timeline, FormatReader::timeline);
        register(Event.class, FormatWriter::event, FormatReader::event);
        register(When.class, FormatWriter::when, FormatReader::when);
        register(Source.class, FormatWriter::source, FormatReader::source);
        register(EventType.class, (type, gen) -> gen.writeString(type.name()), TimelineModule::eventType);
    }

    private <T> void register(Class<T> type, BiConsumer<T, JsonGenerator> writer,
            BiFunction<JsonNode, String, T> reader) {
        addSerializer(type, new FormatSerializer<>(type, writer));
        addDeserializer(type, new FormatDeserializer<>(type, reader));
    }

    private static EventType eventType(JsonNode node, String path) {
        if (!node.isString()) {
            throw new TimelineFormatException(path, "expected an event type name (a string) but found " + node);
        }
        try {
            return EventType.of(node.stringValue());
        } catch (IllegalArgumentException e) {
            throw new TimelineFormatException(path, e.getMessage(), e);
        }
    }

    /** Writes one type with a {@link FormatWriter} method. */
    private static final class FormatSerializer<T> extends ValueSerializer<T> {
        private final Class<T> type;
        private final BiConsumer<T, JsonGenerator> writer;

        FormatSerializer(Class<T> type, BiConsumer<T, JsonGenerator> writer) {
            this.type = type;
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            writer.accept(value, gen);
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    /** Reads one type as a tree, then checks and converts it with a {@link FormatReader} method. */
    private static final class FormatDeserializer<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final BiFunction<JsonNode, String, T> reader;

        FormatDeserializer(Class<T> type, BiFunction<JsonNode, String, T> reader) {
            this.type = type;
            this.reader = reader;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            String path = JsonPaths.of(p);
            return reader.apply(ctxt.readTree(p), path);
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
