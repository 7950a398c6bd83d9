package dev.timeline.happening;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits news text into sentences as the language layer does ({@link dev.timeline.text.LanguageLayer#sentences}), each
 * with its text.
 */
final class Sentences {
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
