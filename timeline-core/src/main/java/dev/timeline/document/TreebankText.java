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
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            detokenizeLine(text.substring(start, end), out);
            if (end < text.length()) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static void detokenizeLine(String line, StringBuilder out) {
        boolean glueNext = true;
        boolean doubleQuoteOpen = false;
        for (String raw : line.strip().split(" +")) {
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
                out.append(' ');
            }
            out.append(token);
            glueNext = opens;
        }
    }
}
