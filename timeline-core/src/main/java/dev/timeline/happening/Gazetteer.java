package dev.timeline.happening;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small gazetteer of places ({@code places.txt}): countries and their demonyms ("North Korean" → North Korea),
 * major cities, and the states and provinces that news names after a town. Enough to tell places from people in
 * news; not meant to be complete.
 */
final class Gazetteer {
    /** Each place by the key of its names and demonyms ({@code places.txt}). */
    private static final Map<String, String> PLACES = load();

    private Gazetteer() {
    }

    private static Map<String, String> load() {
        Map<String, String> places = new HashMap<>();
        Lexicons.secondColumn("places.txt").forEach((name, place) -> places.put(key(name), place));
        return Map.copyOf(places);
    }

    private static String key(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace('’', '\'');
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    /** The canonical place a name or demonym stands for: "Chinese" → China, "Beijing" → Beijing. */
    static Optional<String> place(String name) {
        return Optional.ofNullable(PLACES.get(key(name)));
    }
}
