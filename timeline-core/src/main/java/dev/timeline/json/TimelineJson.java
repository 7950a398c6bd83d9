package dev.timeline.json;

import dev.timeline.timeline.Timeline;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes timelines as JSON documents of the timeline format, version 1 (see {@code docs/json-format.md}).
 *
 * <pre>{@code
 * String json = TimelineJson.write(timeline);
 * Timeline same = TimelineJson.read(json);   // equal to timeline
 * }</pre>
 *
 * <p>Reading is strict and safe on untrusted input: nesting deeper than {@value #MAX_NESTING_DEPTH}, numbers longer
 * than {@value #MAX_NUMBER_LENGTH} characters, duplicate property names, trailing content and every departure from
 * the format raise {@link TimelineFormatException} naming the JSON path. Writing indents with two spaces.
 *
 * <p>All methods are static and thread-safe.
 */
public final class TimelineJson {
    /** The deepest nesting of arrays and objects the reader accepts; the format itself needs 5. */
    public static final int MAX_NESTING_DEPTH = 16;
    /** The longest number, in characters, the reader accepts. */
    public static final int MAX_NUMBER_LENGTH = 24;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .addModule(new TimelineModule())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private TimelineJson() {}

    /**
     * Returns the mapper these methods use: {@link TimelineModule} registered, the limits above, strict duplicate
     * detection, indented output. It is immutable; derive your own with {@code mapper().rebuild()}.
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Returns the timeline as a JSON document. */
    public static String write(Timeline timeline) {
        return MAPPER.writeValueAsString(Objects.requireNonNull(timeline, "timeline"));
    }

    /**
     * Writes the timeline as a JSON document to {@code out}, which stays open.
     *
     * @throws IOException if writing fails
     */
    public static void write(Timeline timeline, Writer out) throws IOException {
        Objects.requireNonNull(timeline, "timeline");
        try {
            MAPPER.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(out, timeline);
        } catch (JacksonIOException e) {
            throw ioCause(e);
        }
    }

    /**
     * Writes the timeline as a JSON document to {@code out}, which stays open, with the properties that {@code extra}
     * writes after its {@code events} in the same object (a reader of the format skips them). The document is
     * written as it goes: a timeline of a million events is never one string or one tree in memory.
     *
     * @throws IOException if writing fails
     */
    public static void write(Timeline timeline, Writer out, Consumer<JsonGenerator> extra) throws IOException {
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(extra, "extra");
        try (JsonGenerator gen = MAPPER.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(out)) {
            FormatWriter.timeline(timeline, gen, extra);
        } catch (JacksonIOException e) {
            throw ioCause(e);
        }
    }

    /**
     * Writes the timeline as a UTF-8 JSON file, replacing it.
     *
     * @throws IOException if writing fails
     */
    public static void write(Timeline timeline, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(timeline, out);
        }
    }

    /**
     * Reads a timeline from a JSON document.
     *
     * @throws TimelineFormatException if the text is not a valid timeline document
     */
    public static Timeline read(String json) {
        Objects.requireNonNull(json, "json");
        return toTimeline(MAPPER.createParser(json));
    }

    /**
     * Reads a timeline from a JSON document; {@code in} stays open.
     *
     * @throws TimelineFormatException if the text is not a valid timeline document
     * @throws IOException if reading fails
     */
    public static Timeline read(Reader in) throws IOException {
        Objects.requireNonNull(in, "in");
        try {
            return toTimeline(MAPPER.reader().without(StreamReadFeature.AUTO_CLOSE_SOURCE).createParser(in));
        } catch (JacksonIOException e) {
            throw ioCause(e);
        }
    }

    /**
     * Reads a timeline from a UTF-8 JSON file.
     *
     * @throws TimelineFormatException if the file is not a valid timeline document
     * @throws IOException if the file cannot be read
     */
    public static Timeline read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    /** Reads one tree from the parser, which it closes, and converts it; JSON errors name the parser's path. */
    private static Timeline toTimeline(JsonParser parser) {
        JsonNode tree;
        try (parser) {
            try {
                tree = MAPPER.readTree(parser);
                if (tree != null && parser.nextToken() != null) {
                    throw new TimelineFormatException("$", "unexpected content after the end of the document "
                            + location(parser.currentLocation()));
                }
            } catch (JacksonIOException e) {
                throw e;
            } catch (TimelineFormatException e) {
                throw e;
            } catch (JacksonException e) {
                throw new TimelineFormatException(JsonPaths.of(parser),
                        "malformed JSON " + location(e.getLocation()) + ": " + e.getOriginalMessage(), e);
            }
        }
        if (tree == null || tree.isMissingNode()) {
            throw new TimelineFormatException("$", "the document is empty; expected a timeline object");
        }
        return FormatReader.timeline(tree, "$");
    }

    private static String location(TokenStreamLocation at) {
        return at == null || at.getLineNr() < 0 ? "" : "(line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static IOException ioCause(JacksonIOException e) {
        return e.getCause() instanceof IOException ? (IOException) e.getCause() : new IOException(e);
    }
}
