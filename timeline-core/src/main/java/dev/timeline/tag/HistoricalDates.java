package dev.timeline.tag;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A small gazetteer of widely commemorated historical dates, so that "the 80th anniversary of the end of World
 * War II" can be dated (2 Sep 1945 + 80 years) without the text naming 1945.
 */
public final class HistoricalDates {
    private record Entry(Pattern pattern, LocalDate date, String title) {
    }

    private static final String WW2 = "(world war (ii|two|2)|second world war|wwii|ww2)";
    private static final String WW1 = "(world war (i|one|1)|first world war|wwi|ww1|great war)";
    private static final List<Entry> ENTRIES = List.of(
            entry("(end of " + WW2 + "|japan.s surrender|surrender of japan|v-?j day|victory over japan)",
                    1945, 9, 2, "end of World War II"),
            entry("(v-?e day|victory in europe)", 1945, 5, 8, "end of World War II in Europe"),
            entry("(start|outbreak|beginning) of " + WW2, 1939, 9, 1, "start of World War II"),
            entry("(end of " + WW1 + "|armistice day)", 1918, 11, 11, "end of World War I"),
            entry("(outbreak|start) of " + WW1, 1914, 7, 28, "start of World War I"),
            entry("korean war armistice|armistice (of|ending) the korean war", 1953, 7, 27,
                    "Korean War armistice"),
            entry("(outbreak|start) of the korean war", 1950, 6, 25, "start of the Korean War"),
            entry("fall of the berlin wall", 1989, 11, 9, "fall of the Berlin Wall"),
            entry("(german reunification|reunification of germany)", 1990, 10, 3, "German reunification"),
            entry("(september 11|9/11) attacks", 2001, 9, 11, "September 11 attacks"),
            entry("founding of the people.s republic( of china)?", 1949, 10, 1,
                    "founding of the People's Republic of China"));

    private HistoricalDates() {
    }

    private static Entry entry(String regex, int year, int month, int day, String title) {
        return new Entry(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), LocalDate.of(year, month, day), title);
    }

    /**
     * Returns the date of the first well-known happening named in {@code phrase}, with the words that named it.
     *
     * @throws NullPointerException if {@code phrase} is null
     */
    public static Optional<Found> find(String phrase) {
        for (Entry e : ENTRIES) {
            var m = e.pattern().matcher(phrase);
            if (m.find()) {
                return Optional.of(new Found(e.date(), m.group(), e.title(), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    /**
     * A match: the date, the words that named it (and where, in the phrase), and a canonical title.
     *
     * @param date the day of the happening
     * @param name the words of the phrase that named it
     * @param title a canonical title, "end of World War II"
     * @param start where {@code name} starts in the phrase
     * @param end where {@code name} ends in the phrase (exclusive)
     */
    public record Found(LocalDate date, String name, String title, int start, int end) {
    }
}
