package dev.timeline.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Search#find} finds exactly what {@link Matcher#find} does. A text that several expressions search is best read
 * once as a {@link Text}. An expression made of alternatives ({@link #anyOf}) tries at each position only those that
 * can begin there. Immutable and thread-safe.
 */
public final class StartFilteredPattern {
    private static final int ASCII = 128;
    /**
     * The key of a position whose character or the one before is beyond ASCII, or that starts the text: a match is
     * always tried there. The other keys are the ASCII character, plus {@link #ASCII} after a word character.
     */
    private static final int ALWAYS = 2 * ASCII;
    /** Whether an ASCII character is a letter, a digit or an underscore: a word character of {@code \b}. */
    private static final boolean[] WORD_CHARACTER = new boolean[ASCII];

    static {
        for (char c = 0; c < ASCII; c++) {
            WORD_CHARACTER[c] = c == '_' || Character.isLetterOrDigit(c);
        }
    }

    private final Pattern pattern;
    /** Whether a match can begin at a position of each key ({@link #key}). */
    private final boolean[] starts;
    /**
     * The expressions tried where a match can begin: {@link #pattern} first, then, for an expression of alternatives,
     * each set of them that can begin at a position of some key.
     */
    private final Pattern[] tried;
    /** The index in {@link #tried} of the expression tried at a position of each key. */
    private final int[] triedAt;

    private StartFilteredPattern(Pattern pattern) {
        this.pattern = pattern;
        this.starts = starts(pattern);
        this.tried = new Pattern[] {pattern};
        this.triedAt = new int[ALWAYS + 1];
    }

    /** The expression {@code whole} of {@code alternatives}, each compiled with {@code flags} on its own. */
    private StartFilteredPattern(Pattern whole, String flags, List<String> alternatives) {
        this.pattern = whole;
        this.starts = new boolean[ALWAYS + 1];
        this.triedAt = new int[ALWAYS + 1];
        List<boolean[]> each = new ArrayList<>();
        for (String a : alternatives) {
            each.add(starts(Pattern.compile(flags + "(?:" + a + ")")));
        }
        Map<List<Integer>, Integer> index = new HashMap<>();
        List<Pattern> patterns = new ArrayList<>(List.of(whole));
        index.put(allIndexes(alternatives.size()), 0);
        for (int key = 0; key <= ALWAYS; key++) {
            List<Integer> here = new ArrayList<>();
            for (int i = 0; i < alternatives.size(); i++) {
                if (each.get(i)[key]) {
                    here.add(i);
                }
            }
            starts[key] = !here.isEmpty();
            triedAt[key] = here.isEmpty() ? 0 : index.computeIfAbsent(here, h -> {
                patterns.add(alternation(flags, h.stream().map(alternatives::get).toList()));
                return patterns.size() - 1;
            });
        }
        this.tried = patterns.toArray(new Pattern[0]);
    }

    private static List<Integer> allIndexes(int n) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }

    private static Pattern alternation(String flags, List<String> alternatives) {
        return Pattern.compile(flags + "(?:" + String.join(")|(?:", alternatives) + ")");
    }

    /** Whether a match of {@code pattern} can begin at a position of each key. */
    private static boolean[] starts(Pattern pattern) {
        boolean[] starts = new boolean[ALWAYS + 1];
        for (char c = 0; c < ASCII; c++) {
            starts[ASCII + c] = canStart(pattern, "a" + c);
            starts[c] = canStart(pattern, " " + c);
        }
        starts[ALWAYS] = true;
        return starts;
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

    /**
     * Compiles {@code flags} ("(?i)", or "" for none) followed by {@code alternatives} joined as {@code (?:a)|(?:b)|...},
     * each of which must match no empty text, look back at most through a word boundary and refer to no group by
     * number. At a position, only the alternatives that can begin there are tried, in their order: the first of them
     * that matches is the first of all that does, as {@link Matcher#find} would have it. The groups of a
     * {@link Search#match} are those of the alternatives tried there; its start and end are the whole expression's.
     *
     * @throws IllegalArgumentException if there is no alternative, or one holds a look-behind
     * @throws java.util.regex.PatternSyntaxException if an alternative is not a regular expression
     */
    public static StartFilteredPattern anyOf(String flags, List<String> alternatives) {
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("no alternative");
        }
        for (String a : alternatives) {
            if (a.contains("(?<=") || a.contains("(?<!")) {
                throw new IllegalArgumentException("a look-behind sees more than the character before: " + a);
            }
        }
        return new StartFilteredPattern(alternation(flags, alternatives), flags, List.copyOf(alternatives));
    }

    /**
     * Compiles {@code regex} as {@link #compile} does, but lets it hold look-behinds that see only characters of its
     * own match: {@code [A-Z]\\w*(?<=[a-z]s)'} looks back at the "s" it has just matched and the letter before it,
     * never before the match's start. The caller answers for that: a look-behind that reads further back could make
     * {@link Search#find} miss a match that {@link Matcher#find} finds.
     *
     * @throws java.util.regex.PatternSyntaxException if {@code regex} is not a regular expression
     */
    public static StartFilteredPattern compileWithLookBehindsWithin(String regex) {
        return new StartFilteredPattern(Pattern.compile(regex));
    }

    /** The expression. */
    public Pattern pattern() {
        return pattern;
    }

    /** Whether a match of {@code pattern} can begin with the second and last character of {@code probe}. */
    private static boolean canStart(Pattern pattern, String probe) {
        Matcher m = pattern.matcher(probe).useTransparentBounds(true).useAnchoringBounds(false).region(1, 2);
        return m.lookingAt() || m.hitEnd();
    }

    /** The key of a position that holds {@code c} after {@code before}: all a table of starts asks of it. */
    private static int key(char before, char c) {
        if (c >= ASCII || before >= ASCII) {
            return ALWAYS;
        }
        return WORD_CHARACTER[before] ? ASCII + c : c;
    }

    /**
     * Returns a search for the matches in {@code text}. The text is read at once, as {@link Text#of} reads it: copied
     * in bulk, the key of each position is found faster than a character at a time.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public Search search(String text) {
        return search(Text.of(text));
    }

    /**
     * Returns a search for the matches in a text read beforehand, for searching it with several expressions.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public Search search(Text text) {
        return new Search(text.text, text.keys);
    }

    /**
     * A text read once for the searches of several expressions: the key of each position, which holds all that an
     * expression's table of starts asks of it, so that each search reads one number a position instead of two
     * characters. Immutable.
     */
    public static final class Text {
        private final String text;
        private final char[] keys;

        private Text(String text) {
            this.text = text;
            // the characters copied at once, then each turned into its key from the last on, while the one
            // before it is still a character
            keys = text.toCharArray();
            for (int i = keys.length - 1; i > 0; i--) {
                keys[i] = (char) key(keys[i - 1], keys[i]);
            }
            if (keys.length > 0) {
                keys[0] = ALWAYS;
            }
        }

        /**
         * Reads {@code text} for several searches.
         *
         * @throws NullPointerException if {@code text} is null
         */
        public static Text of(String text) {
            return new Text(Objects.requireNonNull(text, "text"));
        }

        /** The text. */
        public String text() {
            return text;
        }
    }

    /** The matches in one text, one after another. Not thread-safe. */
    public final class Search {
        private final String text;
        /** The keys of the text's positions ({@link Text}). */
        private final char[] keys;
        /** The matcher of each expression tried, made at its first position worth a try: most texts have none. */
        private final Matcher[] matchers = new Matcher[tried.length];
        /** The matcher of the last match. */
        private Matcher matcher;
        private int from;

        private Search(String text, char[] keys) {
            this.text = text;
            this.keys = keys;
        }

        /**
         * Finds the next match, as {@link Matcher#find} does, and returns whether there is one; {@link #match} then
         * holds it.
         */
        public boolean find() {
            int at = next(from);
            while (at >= 0) {
                Matcher m = matcher(triedAt[keys[at]]);
                if (m.region(at, text.length()).lookingAt()) {
                    matcher = m;
                    from = m.end();
                    return true;
                }
                at = next(at + 1);
            }
            from = text.length();
            return false;
        }

        /** The first position from {@code i} on where a match can begin, or -1. */
        private int next(int i) {
            boolean[] table = starts;
            char[] k = keys;
            for (; i < k.length; i++) {
                if (table[k[i]]) {
                    return i;
                }
            }
            return -1;
        }

        private Matcher matcher(int expression) {
            Matcher m = matchers[expression];
            if (m == null) {
                m = tried[expression].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                matchers[expression] = m;
            }
            return m;
        }

        /** The last match found: its start, end and groups. */
        public MatchResult match() {
            return matcher;
        }
    }
}
