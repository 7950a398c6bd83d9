package dev.timeline.happening;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small gazetteer of places: countries and their demonyms ("North Korean" → North Korea) and major cities
 * ({@code places.txt}), and the states and provinces that news names after a town ({@code regions.txt}). Enough to
 * tell places from people in news; not meant to be complete.
 */
final class Gazetteer {
    /** Each place by the key of its names and demonyms ({@code places.txt}). */
    private static final Map<String, String> PLACES = load();
    /** Each state or province by its key ({@code regions.txt}): a place where its name stands alone. */
    private static final Map<String, String> REGIONS = loadRegions();

    private Gazetteer() {
    }

    private static Map<String, String> load() {
        Map<String, String> places = new HashMap<>();
        Lexicons.secondColumn("places.txt").forEach((name, place) -> places.put(key(name), place));
        return Map.copyOf(places);
    }

    private static Map<String, String> loadRegions() {
        Map<String, String> regions = new HashMap<>();
        Lexicons.firstColumn("regions.txt").forEach(name -> regions.put(key(name), name));
        return Map.copyOf(regions);
    }

    private static String key(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace('’', '\'');
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    /** The canonical place a name or demonym stands for: "Chinese" → China, "Beijing" → Beijing. */
    static Optional<String> place(String name) {
        return Optional.ofNullable(PLACES.get(key(name)));
    }

    /**
     * The state or province {@code name} stands for, a place only where its name stands alone ("Houma, Louisiana,"),
     * not as a word of a longer name ("the Mississippi River", "the University of Georgia").
     */
    static Optional<String> region(String name) {
        return Optional.ofNullable(REGIONS.get(key(name)));
    }
}
