package dev.timeline.document;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON Lines: one object a line, {@code {"id": "...", "text": "...", "date": "2025-08-28", "title": "..."}},
 * where {@code date} (an ISO date, the creation date) and {@code title} are optional. Blank lines are skipped. Errors
 * name the line (from 1) and the field; a line in error fails the file, or is handed to a consumer and left out.
 */
final class JsonLinesDocuments {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private JsonLinesDocuments() {
    }

    /** The documents of {@code file}, each line that cannot be read handed to {@code badLines} and left out. */
    static List<Document> read(Path file, Consumer<? super DocumentLoadException> badLines) {
        return parse(file, Utf8Files.read(file), badLines);
    }

    static List<Document> parse(Path file, String content, Consumer<? super DocumentLoadException> badLines) {
        List<Document> documents = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                documents.add(line(file, lines[i], i + 1, ids));
            } catch (DocumentLoadException e) {
                badLines.accept(e);
            }
        }
        return List.copyOf(documents);
    }

    /** The document of line {@code lineNumber}, whose id is added to {@code ids} (the ids of the lines before). */
    private static Document line(Path file, String line, int lineNumber, Set<String> ids) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JacksonException e) {
            throw new DocumentLoadException(file, "line " + lineNumber + ": not a JSON object: "
                    + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new DocumentLoadException(file, "line " + lineNumber + ": not a JSON object");
        }
        String id = requiredString(file, node, "id", lineNumber);
        String text = requiredString(file, node, "text", lineNumber);
        if (ids.contains(id)) {
            throw new DocumentLoadException(file, "line " + lineNumber + ", field \"id\": duplicate id \"" + id
                    + "\"");
        }
        Document document = Documents.fromText(id, text);
        if (node.has("title")) {
            document = document.withTitle(requiredString(file, node, "title", lineNumber));
        }
        if (node.has("date") && !node.get("date").isNull()) {
            String date = requiredString(file, node, "date", lineNumber);
            try {
                document = document.withDct(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new DocumentLoadException(file, "line " + lineNumber + ", field \"date\": \"" + date
                        + "\" is not an ISO date (yyyy-mm-dd)", e);
            }
        }
        ids.add(id);
        return document.withSource(file + ":" + lineNumber);
    }

    private static String requiredString(Path file, JsonNode node, String field, int line) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new DocumentLoadException(file, "line " + line + ", field \"" + field + "\": missing");
        }
        if (!value.isString()) {
            throw new DocumentLoadException(file, "line " + line + ", field \"" + field + "\": expected a string, found "
                    + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        String s = value.stringValue();
        if (field.equals("id") && s.isBlank()) {
            throw new DocumentLoadException(file, "line " + line + ", field \"id\": blank");
        }
        return s;
    }
}
