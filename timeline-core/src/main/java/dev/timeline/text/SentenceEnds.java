package dev.timeline.text;

import java.util.List;
import java.util.Set;

/** Finds where sentences end among the tokens of one block. */
final class SentenceEnds {
    /** Abbreviations that often stand last in a sentence, their full stop the sentence's. */
    private static final Set<String> SENTENCE_ENDING_ABBREVIATIONS = Set.of("a.m.", "p.m.", "A.M.", "P.M.", "U.S.",
            "U.K.", "Inc.", "Ltd.", "Corp.", "Co.");
    /** Capitalized words that open a sentence and never continue a name. */
    private static final Set<String> OPENERS = Set.of("The", "A", "An", "He", "She", "It", "They", "We", "I", "This",
            "That", "These", "Those", "But", "And", "Still", "However", "Meanwhile", "Its", "His", "Her", "Their",
            "There", "When", "While", "If", "After", "Before", "In", "On", "At", "As", "Some", "Many", "Most", "Yet");

    /** Words after which a capitalized article goes on inside the sentence ({@code words-before-a-title.txt} ...). */
    private static final Set<String> BEFORE_A_TITLE = union(Lemmas.words("words-before-a-title.txt"),
            Lemmas.words("function-words.txt"), Lemmas.words("prepositions.txt"));
    /** The articles that open a lead run into the headline or caption before it. */
    private static final Set<String> ARTICLES = Set.of("The", "A", "An");

    private SentenceEnds() {
    }

    /**
     * Returns the index just past the last token of the sentence that starts at token {@code from}: after a full stop,
     * question or exclamation mark (and the closing quotes or brackets after it) that a token not in lower case
     * follows, nor a comma or a semicolon ("near Houma, La., owned by"), unless it is the point of a number that a
     * number goes on ("the 1. 53 billion shares"); or the end of the block; or, in text without sentence ends, after
     * {@code longest} tokens. Tokens past {@code from + longest} are never read, so the answer does not depend on
     * them.
     */
    static int next(String text, List<int[]> spans, int from, int longest) {
        int n = Math.min(spans.size(), from + longest);
        for (int i = from; i < n; i++) {
            int[] t = spans.get(i);
            char c = text.charAt(t[0]);
            if (i + 1 < n && endsOnAbbreviation(text, t, spans.get(i + 1))) {
                return i + 1; // "ended the appearance at 9 p.m. Still, the president ...": the stop ends both
            }
            if (i > from && i + 1 < n && isRunInLead(text, spans, i)) {
                return i; // "... some 2,000 passengers A cruise ship carrying 2,000 passengers has been ordered"
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < n && isClosing(text.charAt(spans.get(end)[0])) && spans.get(end)[1] - spans.get(end)[0] == 1) {
                end++;
            }
            if (end >= n) {
                return n;
            }
            char after = text.charAt(spans.get(end)[0]);
            if (!Character.isLowerCase(after) && after != ',' && after != ';' && !isSplitNumber(text, spans, i, end)) {
                return end;
            }
        }
        return n;
    }

    /**
     * Whether token {@code i}, a capitalized "The", "A" or "An", opens a lead that a scraped page ran into the
     * headline or caption before it, without a full stop: the word before is in lower case (or a number) and no word
     * that a title or name follows ({@code words-before-a-title.txt}, function words, prepositions), and a word
     * follows, in lower case after "A" or "An" ("the leaking well The US government has toughened ...", "in maps and
     * graphics A massive operation is under way"; not "told The Associated Press", "vitamin A", "influenza A (H1N1)").
     */
    private static boolean isRunInLead(String text, List<int[]> spans, int i) {
        int[] t = spans.get(i);
        String word = text.substring(t[0], t[1]);
        if (!ARTICLES.contains(word)) {
            return false;
        }
        int[] before = spans.get(i - 1);
        int[] after = spans.get(i + 1);
        if (before[1] == t[0] || after[0] != t[1] + 1 || !Character.isLetter(text.charAt(after[0]))
                || !word.equals("The") && !Character.isLowerCase(text.charAt(after[0]))) {
            return false;
        }
        for (int k = before[0]; k < before[1]; k++) {
            char c = text.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && k > before[0])) {
                return false;
            }
        }
        return !BEFORE_A_TITLE.contains(text.substring(before[0], before[1]));
    }

    private static Set<String> union(Set<String> a, Set<String> b, Set<String> c) {
        return com.google.common.collect.ImmutableSet.<String>builder().addAll(a).addAll(b).addAll(c).build();
    }

    /**
     * Whether an abbreviation that often ends a sentence ("p.m.", "U.S.", "Inc.") ends one: a word that opens
     * sentences and never goes on with a name follows it ("at 9 p.m. Still, ...", "in the U.S. The ..."; not "the
     * U.S. Senate", "9 p.m. Monday").
     */
    private static boolean endsOnAbbreviation(String text, int[] token, int[] next) {
        return token[1] - token[0] >= 3 && text.charAt(token[1] - 1) == '.'
                && SENTENCE_ENDING_ABBREVIATIONS.contains(text.substring(token[0], token[1]))
                && OPENERS.contains(text.substring(next[0], next[1]));
    }

    /**
     * Whether the point at token {@code point} sits inside a number that text extraction broke ("1. 53 billion"): a
     * number of at most three digits right before it, and digits after it that are no year.
     */
    private static boolean isSplitNumber(String text, List<int[]> spans, int point, int next) {
        if (point == 0 || next != point + 1) {
            return false;
        }
        int[] before = spans.get(point - 1);
        int[] after = spans.get(next);
        return before[1] == spans.get(point)[0] && before[1] - before[0] <= 3 && isDigits(text, before)
                && isDigits(text, after) && after[1] - after[0] != 4;
    }

    private static boolean isDigits(String text, int[] span) {
        for (int k = span[0]; k < span[1]; k++) {
            if (text.charAt(k) < '0' || text.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == ')' || c == '\'' || c == ']';
    }
}
