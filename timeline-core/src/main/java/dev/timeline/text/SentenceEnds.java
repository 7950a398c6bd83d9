package dev.timeline.text;

import java.util.List;

/** Finds where sentences end among the tokens of one block. */
final class SentenceEnds {
    private SentenceEnds() {
    }

    /**
     * Returns the index just past the last token of the sentence that starts at token {@code from}: after a full stop,
     * question or exclamation mark (and the closing quotes or brackets after it) that a token not in lower case
     * follows; or the end of the block; or, in text without sentence ends, after {@code longest} tokens. Tokens past
     * {@code from + longest} are never read, so the answer does not depend on them.
     */
    static int next(String text, List<int[]> spans, int from, int longest) {
        int n = Math.min(spans.size(), from + longest);
        for (int i = from; i < n; i++) {
            int[] t = spans.get(i);
            char c = text.charAt(t[0]);
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
            if (!Character.isLowerCase(text.charAt(spans.get(end)[0]))) {
                return end;
            }
        }
        return n;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == ')' || c == '\'' || c == ']';
    }
}
