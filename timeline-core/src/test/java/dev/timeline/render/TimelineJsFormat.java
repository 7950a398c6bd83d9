package dev.timeline.render;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A structural check of TimelineJS 3 JSON as Knight Lab documents it (timeline.knightlab.com/docs/json-format.html):
 * an {@code events} array of slides, each with a {@code start_date} whose {@code year} is an integer, optional integer
 * {@code month} (1–12) and {@code day} (valid for the month, and only with a month), an optional {@code end_date} of the
 * same form not before the start, a {@code text} object of strings, and optional string {@code display_date},
 * {@code group} and {@code unique_id} (unique). Returns the problems, each with its JSON path.
 */
final class TimelineJsFormat {
    private TimelineJsFormat() {
    }

    static List<String> problems(JsonNode root) {
        List<String> problems = new ArrayList<>();
        if (root.has("title")) {
            text(root.get("title").get("text"), "$.title.text", problems);
        }
        JsonNode events = root.get("events");
        if (events == null || !events.isArray()) {
            problems.add("$.events: missing or not an array");
            return problems;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String path = "$.events[" + i + "]";
            JsonNode slide = events.get(i);
            LocalDate start = date(slide.get("start_date"), path + ".start_date", true, problems);
            if (slide.has("end_date")) {
                LocalDate end = date(slide.get("end_date"), path + ".end_date", true, problems);
                if (start != null && end != null && end.isBefore(start)) {
                    problems.add(path + ".end_date: before start_date");
                }
            }
            text(slide.get("text"), path + ".text", problems);
            for (String field : List.of("display_date", "group", "unique_id")) {
                if (slide.has(field) && !slide.get(field).isString()) {
                    problems.add(path + "." + field + ": not a string");
                }
            }
            if (slide.has("unique_id")) {
                if (ids.contains(slide.get("unique_id").asString())) {
                    problems.add(path + ".unique_id: repeated");
                }
                ids.add(slide.get("unique_id").asString());
            }
        }
        return problems;
    }

    /** The earliest day the date may mean, or null with a problem added. */
    private static LocalDate date(JsonNode date, String path, boolean required, List<String> problems) {
        if (date == null || !date.isObject()) {
            if (required) {
                problems.add(path + ": missing or not an object");
            }
            return null;
        }
        if (!date.has("year") || !date.get("year").isIntegralNumber()) {
            problems.add(path + ".year: missing or not an integer");
            return null;
        }
        int month = 1;
        int day = 1;
        if (date.has("month")) {
            if (!date.get("month").isIntegralNumber() || date.get("month").asInt() < 1 || date.get("month").asInt() > 12) {
                problems.add(path + ".month: not an integer 1-12");
                return null;
            }
            month = date.get("month").asInt();
        }
        if (date.has("day")) {
            if (!date.has("month")) {
                problems.add(path + ".day: without a month");
            }
            if (!date.get("day").isIntegralNumber()) {
                problems.add(path + ".day: not an integer");
                return null;
            }
            day = date.get("day").asInt();
        }
        try {
            return LocalDate.of(date.get("year").asInt(), month, day);
        } catch (DateTimeException e) {
            problems.add(path + ": not a date: " + e.getMessage());
            return null;
        }
    }

    private static void text(JsonNode text, String path, List<String> problems) {
        if (text == null || !text.isObject()) {
            problems.add(path + ": missing or not an object");
            return;
        }
        for (String field : List.of("headline", "text")) {
            if (text.has(field) && !text.get(field).isString()) {
                problems.add(path + "." + field + ": not a string");
            }
        }
    }
}
