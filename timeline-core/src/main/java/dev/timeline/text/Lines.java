package dev.timeline.text;

import java.util.ArrayList;
import java.util.List;

/** Splits a text into blocks that no sentence crosses: lines, with a wrapped line joined to the one before. */
final class Lines {
    private Lines() {
    }

    /**
     * Returns the {@code [start, end)} spans of the blocks of {@code text}, trimmed, in order. A line break ends a
     * block unless the next line starts with a lower-case letter.
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

    /** Whether the line after the break at {@code at} continues the block: one break, then a lower-case letter. */
    private static boolean continues(String text, int at) {
        int i = at + 1;
        if (text.charAt(at) == '\r' && i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && Character.isLowerCase(text.charAt(i));
    }
}
