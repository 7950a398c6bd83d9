package dev.timeline.document;

import java.util.Objects;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression tried only where one of its matches can begin: {@code \b(visit(s|ed)?)\b} is tried at a
 * "v" that starts a word, where {@link Matcher#find} tries it at every position of the text. Where a match can begin
 * is found once, by matching the expression against each ASCII character after a space and after a letter and asking
 * the matcher whether it failed only for want of more text ({@link Matcher#hitEnd}); the start of the text and a
 * position next to a character beyond ASCII are always tried. For an expression that matches no empty text and looks
 * back at most through a word boundary ({@code \b}; no look-behind, no {@code ^} of multi-line mode), {@link
 * Search#find} finds exactly what {@link Matcher#find} does. Immutable and thread-safe.
 */
public final class StartFilteredPattern {
    private static final int ASCII = 128;
    /** Whether an ASCII character is a letter, a digit or an underscore: a word character of {@code \b}. */
    private static final boolean[] WORD_CHARACTER = new boolean[ASCII];

    static {
        for (char c = 0; c < ASCII; c++) {
            WORD_CHARACTER[c] = c == '_' || Character.isLetterOrDigit(c);
        }
    }

    private final Pattern pattern;
    /** Whether a match can begin with an ASCII character after a letter, a digit or an underscore. */
    private final boolean[] afterWord = new boolean[ASCII];
    /** Whether a match can begin with an ASCII character after another ASCII character or at the start. */
    private final boolean[] afterOther = new boolean[ASCII];

    private StartFilteredPattern(Pattern pattern) {
        this.pattern = pattern;
        for (char c = 0; c < ASCII; c++) {
            afterWord[c] = canStart("a" + c);
            afterOther[c] = canStart(" " + c);
        }
    }

    /**
     * Compiles {@code regex}, which must match no empty text and look back at most through a word boundary.
     *
     * @throws IllegalArgumentException if {@code regex} holds a look-behind
     * @throws java.util.regex.PatternSyntaxException if {@code regex} is not a regular expression
     */
    public static StartFilteredPattern compile(String regex) {
        if (regex.contains("(?<=") || regex.contains("(?<!")) {
            throw new IllegalArgumentException("a look-behind sees more than the character before: " + regex);
        }
        return new StartFilteredPattern(Pattern.compile(regex));
    }

    /** The expression. */
    public Pattern pattern() {
        return pattern;
    }

    /** Whether a match can begin with the second and last character of {@code probe}. */
    private boolean canStart(String probe) {
        Matcher m = pattern.matcher(probe).useTransparentBounds(true).useAnchoringBounds(false).region(1, 2);
        return m.lookingAt() || m.hitEnd();
    }

    /** Whether a match can begin at {@code i} of {@code text}, judged from the character there and the one before. */
    private boolean mayStart(String text, int i) {
        if (i == 0) {
            return true;
        }
        char c = text.charAt(i);
        char before = text.charAt(i - 1);
        if (c >= ASCII || before >= ASCII) {
            return true;
        }
        return WORD_CHARACTER[before] ? afterWord[c] : afterOther[c];
    }

    /**
     * Returns a search for the matches in {@code text}.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public Search search(String text) {
        return new Search(text);
    }

    /** The matches in one text, one after another. Not thread-safe. */
    public final class Search {
        private final String text;
        /** Made at the first position worth a try: most texts have none. */
        private Matcher matcher;
        private int from;

        private Search(String text) {
            this.text = Objects.requireNonNull(text, "text");
        }

        /**
         * Finds the next match, as {@link Matcher#find} does, and returns whether there is one; {@link #match} then
         * holds it.
         */
        public boolean find() {
            int length = text.length();
            for (int i = from; i < length; i++) {
                if (mayStart(text, i) && matcher().region(i, length).lookingAt()) {
                    from = matcher.end();
                    return true;
                }
            }
            from = length;
            return false;
        }

        private Matcher matcher() {
            if (matcher == null) {
                matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            return matcher;
        }

        /** The last match found: its start, end and groups. */
        public MatchResult match() {
            return matcher;
        }
    }
}
