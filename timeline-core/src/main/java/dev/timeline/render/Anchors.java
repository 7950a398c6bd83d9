package dev.timeline.render;

/**
 * Fragment identifiers for events: {@code ev-ID} for an event in the list, {@code mk-ID} for its mark in the chart.
 * Letters, digits, {@code -} and {@code _} of the event id are kept; any other character becomes {@code .hex.}, so
 * distinct event ids give distinct anchors that need no percent-encoding in a URL.
 */
final class Anchors {
    private Anchors() {
    }

    /** The id of the event's entry in the list. */
    static String entry(String eventId) {
        return "ev-" + safe(eventId);
    }

    /** The id of the event's mark in the chart. */
    static String mark(String eventId) {
        return "mk-" + safe(eventId);
    }

    private static String safe(String id) {
        StringBuilder out = new StringBuilder(id.length());
        id.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                out.append((char) c);
            } else {
                out.append('.').append(Integer.toHexString(c)).append('.');
            }
        });
        return out.toString();
    }
}
