package dev.timeline.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into blocks that no sentence crosses: lines, with a wrapped line joined to the one before, and a line
 * that ends on a word no sentence ends on joined to the next across one blank line.
 */
final class Lines {
    /** Words on which no sentence ends ({@code unfinished-line-words.txt}). */
    private static final java.util.Set<String> UNFINISHED = Lemmas.words("unfinished-line-words.txt");
    /** How many words a line that ends on one of them needs to go on past its break: fewer may be a headline. */
    private static final int UNFINISHED_WORDS = 6;
    /** How many characters back a line's end and words are read. */
    private static final int LOOK_BACK = 400;

    private Lines() {
    }

    /**
     * Returns the {@code [start, end)} spans of the blocks of {@code text}, trimmed, in order. A line break ends a
     * block unless the next line starts with a lower-case letter or the line ends unfinished ({@link #continues}).
     */
    static List<int[]> blocks(String text) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        int lastNonBlank = -1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (start >= 0 && !continues(text, i)) {
                    out.add(new int[] {start, lastNonBlank + 1});
                    start = -1;
                }
            } else if (!Character.isWhitespace(c)) {
                if (start < 0) {
                    start = i;
                }
                lastNonBlank = i;
            }
        }
        if (start >= 0) {
            out.add(new int[] {start, lastNonBlank + 1});
        }
        return out;
    }

    /**
     * Whether the line after the break at {@code at} continues the block: one break, then a lower-case letter (not a
     * bullet's, {@link #isBullet}); or a line of {@value #UNFINISHED_WORDS} words or more that ends on a word of
     * {@code unfinished-line-words.txt}, then at most one blank line and a letter or digit ("approved the choice
     * in⏎⏎August.").
     */
    private static boolean continues(String text, int at) {
        int i = afterBreak(text, at);
        if (i < text.length() && Character.isLowerCase(text.charAt(i)) && !isBullet(text, i)) {
            return true;
        }
        if (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i = afterBreak(text, i); // one blank line
        }
        return i < text.length() && Character.isLetterOrDigit(text.charAt(i)) && endsUnfinished(text, at);
    }

    /**
     * Whether the line at {@code i} opens with the word "cents" before a capital, as some scraped pages write a list's
     * bullet ("cents Mexico yesterday revised its death toll"): a new item, no continuation.
     */
    private static boolean isBullet(String text, int i) {
        return text.startsWith("cents ", i) && i + 6 < text.length() && Character.isUpperCase(text.charAt(i + 6));
    }

    /** Index of the first character after the line break at {@code at} and the spaces or tabs after it. */
    private static int afterBreak(String text, int at) {
        int i = at + 1;
        if (text.charAt(at) == '\r' && i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * Whether the line before the break at {@code at} (a blank line between aside) ends on a word of {@code
     * unfinished-line-words.txt} and holds {@value #UNFINISHED_WORDS} words or more; reads at most {@value #LOOK_BACK}
     * characters back, so that a text of blank lines stays linear.
     */
    private static boolean endsUnfinished(String text, int at) {
        int stop = Math.max(0, at - LOOK_BACK);
        int end = at;
        int breaks = 0;
        while (end > stop && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
            if (text.charAt(end) == '\n' && ++breaks > 1) {
                return false;
            }
        }
        int start = end;
        while (start > stop && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || start > 0 && !Character.isWhitespace(text.charAt(start - 1))
                || !UNFINISHED.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        int words = 1;
        for (int k = start - 1; k > stop && text.charAt(k) != '\n' && text.charAt(k) != '\r'; k--) {
            if (text.charAt(k) == ' ' && !Character.isWhitespace(text.charAt(k - 1))) {
                words++;
            }
        }
        return words >= UNFINISHED_WORDS;
    }
}
