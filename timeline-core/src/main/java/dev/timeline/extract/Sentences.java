package dev.timeline.extract;

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
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(sentences, text, start, i);
                start = i + 1;
            } else if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < n && isClosing(text.charAt(end))) {
                    end++;
                }
                if (isBoundary(text, i, end)) {
                    add(sentences, text, start, end);
                    start = end;
                    i = end - 1;
                }
            }
        }
        add(sentences, text, start, n);
        return List.copyOf(sentences);
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == ')' || c == '\'';
    }

    private static boolean isBoundary(String text, int stop, int after) {
        if (after >= text.length()) {
            return true;
        }
        char next = text.charAt(after);
        if (text.charAt(stop) == '.' && isAbbreviation(text, stop)) {
            return false;
        }
        if (Character.isWhitespace(next)) {
            int k = after;
            while (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
            if (k >= text.length() || text.charAt(k) == '\n') {
                return true;
            }
            char first = text.charAt(k);
            return Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '\u201C';
        }
        // "2011.Russian": a stop glued to a capitalized word that is not part of an initialism like "U.S."
        boolean wordBefore = stop > 0
                && (Character.isLowerCase(text.charAt(stop - 1)) || Character.isDigit(text.charAt(stop - 1)));
        boolean capitalizedWordAfter = Character.isUpperCase(next) && after + 1 < text.length()
                && Character.isLowerCase(text.charAt(after + 1));
        return wordBefore && (capitalizedWordAfter || next == '\u201C');
    }

    private static boolean isAbbreviation(String text, int stop) {
        int k = stop;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String word = text.substring(k, stop);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "Donald J. Trump"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<Span> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            sentences.add(new Span(start, end, text.substring(start, end)));
        }
    }
}
