package dev.timeline.json;

import static dev.timeline.json.JsonPaths.element;
import static dev.timeline.json.JsonPaths.field;

import dev.timeline.time.Modifier;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import dev.timeline.timeline.Source;
import dev.timeline.timeline.Timeline;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Reads the timeline format from a JSON tree, checking every value and naming the JSON path of the first problem in a
 * {@link TimelineFormatException}. Objects are built only from checked values, so nothing half-built escapes.
 */
final class FormatReader {
    static final String FORMAT = "timeline";
    static final int VERSION = 1;

    private static final Set<String> TIMELINE_FIELDS = Set.of("format", "version", "events", "documents");
    private static final Set<String> EVENT_FIELDS = Set.of(
            "id", "when", "title", "description", "type", "participants", "places", "sources", "attributes");
    private static final Set<String> WHEN_FIELDS = Set.of("value", "mod", "edtf", "start", "end", "label");
    private static final Set<String> SOURCE_FIELDS = Set.of("document", "start", "end", "sentence");

    private FormatReader() {}

    static Timeline timeline(JsonNode node, String path) {
        object(node, path, TIMELINE_FIELDS);
        String format = requiredString(node, "format", path);
        if (!format.equals(FORMAT)) {
            throw new TimelineFormatException(field(path, "format"),
                    "expected \"" + FORMAT + "\" but found \"" + format + "\": this is not a timeline document");
        }
        int version = requiredInt(node, "version", path, 1, Integer.MAX_VALUE);
        if (version != VERSION) {
            throw new TimelineFormatException(field(path, "version"),
                    "unsupported version " + version + ": this library reads version " + VERSION);
        }
        String eventsPath = field(path, "events");
        JsonNode events = required(node, "events", path);
        array(events, eventsPath);
        List<Event> read = new ArrayList<>(events.size());
        Map<String, Integer> firstIndexOfId = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            String eventPath = element(eventsPath, i);
            Event event = event(events.get(i), eventPath);
            Integer first = firstIndexOfId.putIfAbsent(event.id(), i);
            if (first != null) {
                throw new TimelineFormatException(field(eventPath, "id"), "duplicate id \"" + event.id()
                        + "\", already used at " + field(element(eventsPath, first), "id"));
            }
            read.add(event);
        }
        return Timeline.copyOf(read);
    }

    static Event event(JsonNode node, String path) {
        object(node, path, EVENT_FIELDS);
        String id = nonBlank(node, "id", path);
        When when = when(required(node, "when", path), field(path, "when"));
        Event.Builder event = Event.builder(id, when, nonBlank(node, "title", path));
        if (node.has("description")) {
            event.description(nonBlank(node, "description", path));
        }
        String type = requiredString(node, "type", path);
        try {
            event.type(EventType.of(type));
        } catch (IllegalArgumentException e) {
            throw new TimelineFormatException(field(path, "type"), e.getMessage(), e);
        }
        event.participants(strings(node, "participants", path));
        event.places(strings(node, "places", path));
        if (node.has("sources")) {
            String sourcesPath = field(path, "sources");
            JsonNode sources = array(node.get("sources"), sourcesPath);
            for (int i = 0; i < sources.size(); i++) {
                event.source(source(sources.get(i), element(sourcesPath, i)));
            }
        }
        if (node.has("attributes")) {
            String attributesPath = field(path, "attributes");
            JsonNode attributes = node.get("attributes");
            object(attributes, attributesPath, null);
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : attributes.properties()) {
                String keyPath = field(attributesPath, entry.getKey());
                if (entry.getKey().isBlank()) {
                    throw new TimelineFormatException(keyPath, "attribute names must not be blank");
                }
                values.put(entry.getKey(), string(entry.getValue(), keyPath));
            }
            event.attributes(values);
        }
        return event.build();
    }

    static When when(JsonNode node, String path) {
        object(node, path, WHEN_FIELDS);
        String value = requiredString(node, "value", path);
        Optional<String> mod = optionalString(node, "mod", path);
        Modifier modifier = null;
        if (mod.isPresent()) {
            try {
                modifier = Modifier.fromTimex(mod.get());
            } catch (IllegalArgumentException e) {
                throw new TimelineFormatException(field(path, "mod"), e.getMessage(), e);
            }
        }
        When when;
        try {
            when = modifier == null ? When.parse(value) : When.parse(value, modifier);
        } catch (IllegalArgumentException e) {
            throw new TimelineFormatException(field(path, "value"), e.getMessage(), e);
        }
        String described = "value \"" + value + "\"" + mod.map(m -> " and mod \"" + m + "\"").orElse("");
        Optional<String> edtf = optionalString(node, "edtf", path);
        if (edtf.isPresent() && !edtf.get().equals(when.edtf())) {
            throw new TimelineFormatException(field(path, "edtf"), "\"" + edtf.get() + "\" disagrees with "
                    + described + ", whose EDTF form is \"" + when.edtf() + "\"");
        }
        checkDay(node, "start", path, when.earliestDay(), described, "first");
        checkDay(node, "end", path, when.latestDay(), described, "last");
        optionalString(node, "label", path); // informative only: labels may be worded differently by other writers
        return when;
    }

    static Source source(JsonNode node, String path) {
        object(node, path, SOURCE_FIELDS);
        String document = nonBlank(node, "document", path);
        int start = requiredInt(node, "start", path, 0, Integer.MAX_VALUE - 1);
        int end = requiredInt(node, "end", path, 1, Integer.MAX_VALUE);
        if (end <= start) {
            throw new TimelineFormatException(field(path, "end"),
                    "end " + end + " must be greater than start " + start);
        }
        return Source.of(document, start, end, requiredString(node, "sentence", path));
    }

    private static void checkDay(JsonNode node, String name, String path, LocalDate expected, String described,
            String which) {
        Optional<String> text = optionalString(node, name, path);
        if (text.isEmpty()) {
            return;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.get());
        } catch (DateTimeParseException e) {
            throw new TimelineFormatException(field(path, name),
                    "\"" + text.get() + "\" is not an ISO date (yyyy-mm-dd) that exists");
        }
        if (!day.equals(expected)) {
            throw new TimelineFormatException(field(path, name), "\"" + text.get() + "\" disagrees with " + described
                    + ", whose " + which + " day is " + expected);
        }
    }

    private static JsonNode object(JsonNode node, String path, Set<String> allowed) {
        if (!node.isObject()) {
            throw new TimelineFormatException(path, "expected an object but found " + describe(node));
        }
        if (allowed != null) {
            for (String name : node.propertyNames()) {
                if (!allowed.contains(name)) {
                    throw new TimelineFormatException(field(path, name),
                            "unknown field \"" + name + "\"; expected one of " + new TreeSet<>(allowed));
                }
            }
        }
        return node;
    }

    private static JsonNode array(JsonNode node, String path) {
        if (!node.isArray()) {
            throw new TimelineFormatException(path, "expected an array but found " + describe(node));
        }
        return node;
    }

    private static JsonNode required(JsonNode node, String name, String path) {
        JsonNode value = node.get(name);
        if (value == null) {
            throw new TimelineFormatException(field(path, name), "missing required field \"" + name + "\"");
        }
        return value;
    }

    private static String string(JsonNode node, String path) {
        if (!node.isString()) {
            throw new TimelineFormatException(path, "expected a string but found " + describe(node));
        }
        return node.stringValue();
    }

    private static String requiredString(JsonNode node, String name, String path) {
        return string(required(node, name, path), field(path, name));
    }

    private static Optional<String> optionalString(JsonNode node, String name, String path) {
        return node.has(name) ? Optional.of(requiredString(node, name, path)) : Optional.empty();
    }

    private static String nonBlank(JsonNode node, String name, String path) {
        String value = requiredString(node, name, path);
        if (value.isBlank()) {
            throw new TimelineFormatException(field(path, name), "must not be blank");
        }
        return value;
    }

    private static int requiredInt(JsonNode node, String name, String path, int min, int max) {
        JsonNode value = required(node, name, path);
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min
                || value.intValue() > max) {
            throw new TimelineFormatException(field(path, name),
                    "expected an integer from " + min + " to " + max + " but found " + describe(value));
        }
        return value.intValue();
    }

    private static List<String> strings(JsonNode node, String name, String path) {
        if (!node.has(name)) {
            return List.of();
        }
        String listPath = field(path, name);
        JsonNode array = array(node.get(name), listPath);
        List<String> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String value = string(array.get(i), element(listPath, i));
            if (value.isBlank()) {
                throw new TimelineFormatException(element(listPath, i), "must not be blank");
            }
            values.add(value);
        }
        return values;
    }

    /** Describes a value for a message: its JSON type and, for scalars, a short excerpt. */
    private static String describe(JsonNode node) {
        String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
        if (node.isNull()) {
            return "null";
        }
        if (node.isContainer()) {
            return "an " + (node.isArray() ? "array" : "object");
        }
        String text = node.isString() ? "\"" + node.stringValue() + "\"" : node.toString();
        if (text.length() > 40) {
            text = text.substring(0, 37) + "...";
        }
        return ("a".equals(type.substring(0, 1)) ? "an " : "a ") + type + " (" + text + ")";
    }
}
