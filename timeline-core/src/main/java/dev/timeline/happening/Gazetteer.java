package dev.timeline.happening;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small gazetteer of places: countries and their demonyms ("North Korean" → North Korea), and major cities. Enough
 * to tell places from people in news about world affairs; not meant to be complete.
 */
final class Gazetteer {
    private static final Map<String, String> PLACES = new HashMap<>();

    static {
        country("China", "Chinese");
        country("North Korea", "North Korean", "DPRK", "Democratic People's Republic of Korea", "the North");
        country("South Korea", "South Korean", "Republic of Korea");
        country("Korea", "Korean");
        country("Japan", "Japanese");
        country("Russia", "Russian", "Soviet Union", "Soviet");
        country("United States", "US", "U.S.", "USA", "American", "America");
        country("United Kingdom", "UK", "U.K.", "British", "Britain");
        country("France", "French");
        country("Germany", "German");
        country("Italy", "Italian");
        country("Spain", "Spanish");
        country("Netherlands", "Dutch", "Holland");
        country("Ukraine", "Ukrainian");
        country("Belarus", "Belarusian");
        country("Serbia", "Serbian");
        country("Slovakia", "Slovak");
        country("Poland", "Polish");
        country("Cuba", "Cuban");
        country("Iran", "Iranian");
        country("Iraq", "Iraqi");
        country("Israel", "Israeli");
        country("Syria", "Syrian");
        country("Turkey", "Turkish");
        country("India", "Indian");
        country("Pakistan", "Pakistani");
        country("Indonesia", "Indonesian");
        country("Malaysia", "Malaysian");
        country("Myanmar", "Burmese");
        country("Vietnam", "Vietnamese");
        country("Thailand", "Thai");
        country("Philippines", "Filipino", "Philippine");
        country("Singapore", "Singaporean");
        country("Taiwan", "Taiwanese");
        country("Mongolia", "Mongolian");
        country("Kazakhstan", "Kazakh");
        country("Australia", "Australian");
        country("Canada", "Canadian");
        country("Mexico", "Mexican");
        country("Brazil", "Brazilian");
        country("Egypt", "Egyptian");
        country("Saudi Arabia", "Saudi");
        country("Europe", "European");
        country("Asia", "Asian");
        country("Africa", "African");
        for (String city : new String[] {"Beijing", "Shanghai", "Hong Kong", "Pyongyang", "Seoul", "Busan",
            "Gyeongju", "Tokyo", "Osaka", "Moscow", "St. Petersburg", "Kyiv", "Kiev", "Minsk", "Washington",
            "Washington, D.C.", "New York", "London", "Paris", "Berlin", "Brussels", "Rome", "Geneva", "Vienna",
            "Tehran", "Baghdad", "Jerusalem", "Ankara", "Istanbul", "New Delhi", "Delhi", "Islamabad", "Jakarta",
            "Kuala Lumpur", "Hanoi", "Bangkok", "Manila", "Taipei", "Vladivostok", "Tiananmen Square",
            "Northeast Asia", "Korean Peninsula"}) {
            PLACES.put(key(city), city);
        }
    }

    private Gazetteer() {
    }

    private static void country(String name, String... aliases) {
        PLACES.put(key(name), name);
        for (String alias : aliases) {
            PLACES.put(key(alias), name);
        }
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
