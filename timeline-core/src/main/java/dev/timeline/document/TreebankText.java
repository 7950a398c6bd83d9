package dev.timeline.document;

import java.util.Map;
import java.util.Set;

/**
 * Turns text tokenised in the Penn Treebank manner back into text as a person writes it: {@code -LRB-} and
 * {@code -RRB-} become brackets, {@code ``} and {@code ''} straight double quotes, and the spaces before punctuation,
 * clitics ({@code 's}, {@code n't}, {@code 'll}) and closing quotes, and after opening ones, go. Line breaks stay, so
 * a corpus with one sentence a line keeps its sentences.
 *
 * <p>Such text is recognised by its marks ({@code -LRB-}, {@code ``}, a space before a comma or a clitic), counted
 * over the whole text; ordinary prose is left as it is.
 */
final class TreebankText {
    private static final Map<String, String> BRACKETS = Map.of(
            "-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]", "-LCB-", "{", "-RCB-", "}");
    /** Tokens written against the word before them. */
    private static final Set<String> CLOSERS = Set.of(
            ",", ".", ";", ":", "!", "?", "%", "...", ")", "]", "}", "'s", "'S", "n't", "N'T", "'re", "'ve", "'ll",
            "'d", "'m", "'RE", "'VE", "'LL", "'D", "'M", "'");
    /** Tokens written against the word after them. */
    private static final Set<String> OPENERS = Set.of("(", "[", "{", "$", "#", "`");
    /** How many Treebank marks, one per this many characters, make a text Treebank-tokenised. */
    private static final int CHARS_PER_MARK = 400;

    private TreebankText() {
    }

    /**
     * Whether {@code text} looks tokenised in the Penn Treebank manner: at least one mark (a bracket token, a
     * {@code ``} quote, or a space before a comma, full stop or clitic) per 400 characters, and at least two.
     */
    static boolean isTokenized(String text) {
        int marks = 0;
        int n = text.length();
        for (int i = 1; i + 1 < n; i++) {
            char c = text.charAt(i);
            if (text.charAt(i - 1) != ' ') {
                continue;
            }
            if ((c == ',' || c == '.') && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n')) {
                marks++;
            } else if (c == '`' && text.charAt(i + 1) == '`') {
                marks++;
            } else if (c == '-' && text.startsWith("LRB-", i + 1)) {
                marks++;
            } else if (c == '\'' && text.startsWith("s ", i + 1)) {
                marks++;
            }
        }
        return marks >= 2 && (long) marks * CHARS_PER_MARK >= n;
    }

    /** Returns {@code text} with each line detokenised; lines keep their order and their breaks. */
    static String detokenize(String text) {
        return detokenizeTracked(text).text();
    }

    /**
     * Returns {@code text} with each line detokenised, and for every character of the result the span of the
     * original it comes from (a bracket token's whole {@code -LRB-}, a space's first space).
     */
    static Detokenized detokenizeTracked(String text) {
        Writer out = new Writer(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            detokenizeLine(text, start, end, out);
            if (end < text.length()) {
                out.append("\n", end, end + 1);
            }
            start = end + 1;
        }
        return out.result();
    }

    private static void detokenizeLine(String text, int from, int to, Writer out) {
        boolean glueNext = true;
        boolean doubleQuoteOpen = false;
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int tokenStart = i;
            while (i < to && text.charAt(i) != ' ') {
                i++;
            }
            if (tokenStart == i) {
                continue;
            }
            String raw = text.substring(tokenStart, i).strip();
            if (raw.isEmpty()) {
                continue;
            }
            String token = BRACKETS.getOrDefault(raw, raw);
            boolean closes;
            boolean opens;
            if (token.equals("``")) {
                token = "\"";
                doubleQuoteOpen = true;
                closes = false;
                opens = true;
            } else if (token.equals("''")) {
                token = "\"";
                closes = doubleQuoteOpen || !glueNext;
                opens = false;
                doubleQuoteOpen = false;
            } else {
                closes = CLOSERS.contains(token);
                opens = OPENERS.contains(token);
            }
            if (!glueNext && !closes) {
                out.append(" ", tokenStart - 1, tokenStart);
            }
            if (token.equals(raw)) {
                out.copy(token, tokenStart);
            } else {
                out.append(token, tokenStart, i);
            }
            glueNext = opens;
        }
    }

    /** Detokenised text and where each of its characters was read. */
    record Detokenized(String text, OriginalOffsets offsets) {
    }

    /** Builds the detokenised text and, character by character, the span of the original it stands for. */
    private static final class Writer {
        private final StringBuilder text;
        private final OriginalOffsets.Builder offsets = new OriginalOffsets.Builder();

        Writer(int capacity) {
            text = new StringBuilder(capacity);
        }

        /** Appends {@code s}, every character of it standing for the original span {@code [from, to)}. */
        void append(String s, int from, int to) {
            for (int k = 0; k < s.length(); k++) {
                text.append(s.charAt(k));
                offsets.standsFor(from, to);
            }
        }

        /** Appends {@code s}, copied from the original at {@code at}, character for character. */
        void copy(String s, int at) {
            for (int k = 0; k < s.length(); k++) {
                text.append(s.charAt(k));
                offsets.copied(at + k);
            }
        }

        Detokenized result() {
            return new Detokenized(text.toString(), offsets.build());
        }
    }
}
