package dev.timeline.happening;

import java.util.Objects;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression tried only at the characters that can begin one of its matches: {@code \b(visit(s|ed)?)\b}
 * is tried at a "v", where {@link Matcher#find} tries it at every position of the text. The characters are found
 * once, by matching the expression against each ASCII character, after a space and after a letter, and asking the
 * matcher whether it failed only for want of more text ({@link Matcher#hitEnd}); any other character is always tried.
 * For an expression that matches no empty text and looks back at most through a word boundary ({@code \b}; no
 * look-behind, no {@code ^}), {@link Search#find} finds exactly what {@link Matcher#find} does.
 * Immutable and thread-safe.
 */
final class StartFilteredPattern {
    private final Pattern pattern;
    private final boolean[] starts = new boolean[128];

    private StartFilteredPattern(Pattern pattern) {
        this.pattern = pattern;
        for (char c = 0; c < starts.length; c++) {
            starts[c] = canStart(" " + c) || canStart("a" + c);
        }
    }

    /** Compiles {@code regex}, which must match no empty text and look back at most through a word boundary. */
    static StartFilteredPattern compile(String regex) {
        return new StartFilteredPattern(Pattern.compile(regex));
    }

    /** Whether a match can begin with the second and last character of {@code probe}. */
    private boolean canStart(String probe) {
        Matcher m = pattern.matcher(probe).useTransparentBounds(true).useAnchoringBounds(false).region(1, 2);
        return m.lookingAt() || m.hitEnd();
    }

    /**
     * Returns a search for the matches in {@code text}.
     *
     * @throws NullPointerException if {@code text} is null
     */
    Search search(String text) {
        return new Search(text);
    }

    /** The matches in one text, one after another. Not thread-safe. */
    final class Search {
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
        boolean find() {
            int length = text.length();
            for (int i = from; i < length; i++) {
                char c = text.charAt(i);
                if ((c >= starts.length || starts[c]) && matcher().region(i, length).lookingAt()) {
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
        MatchResult match() {
            return matcher;
        }
    }
}
