package dev.timeline.happening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits news text into sentences, tolerating what scraped news does: missing spaces after a full stop
 * ({@code "in late 2011.Russian President"}), closing quotes after the stop, and abbreviations such as
 * {@code Sept.}, {@code U.S.} and {@code Mr.} that do not end a sentence.
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen",
            "lt", "col", "capt", "prof", "st", "jr", "sr", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "u.s", "u.k", "u.n", "d.c", "e.g", "i.e",
            "a.m", "p.m");

    private Sentences() {
    }

    /** A sentence: its text and where it starts and ends in the document (UTF-16, end exclusive). */
    record Span(int start, int end, String text) {
        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    static List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        for (dev.timeline.text.TextSpan t : dev.timeline.text.LanguageLayer.english().sentences(text)) {
            sentences.add(new Span(t.start(), t.end(), text.substring(t.start(), t.end())));
        }
        return List.copyOf(sentences);
    }
}
