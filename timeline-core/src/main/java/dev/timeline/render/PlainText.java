package dev.timeline.render;

/**
 * Document text put on one line of text or Markdown output, where a line break in an id, a title or a sentence would
 * start a line of its own (a forged list item, a heading) and a control character could drive the reader's terminal.
 */
final class PlainText {
    /** What an unprintable character is replaced with: visible, so nothing is dropped unseen. */
    static final char REPLACEMENT = '\uFFFD';

    private PlainText() {
    }

    /**
     * Returns {@code text} with every line break (CR, LF, vertical tab, form feed, NEL, U+2028, U+2029) as a space
     * and every other control character but the tab (C0, DEL, C1) as U+FFFD.
     */
    static String line(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char r = replacement(c);
            if (r != c && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(r);
            }
        }
        return out == null ? text : out.toString();
    }

    private static char replacement(char c) {
        switch (c) {
            case '\n', '\r', '\u000B', '\f', '\u0085', '\u2028', '\u2029' -> {
                return ' ';
            }
            case '\t' -> {
                return c;
            }
            default -> {
                return c < 0x20 || c >= 0x7F && c <= 0x9F ? REPLACEMENT : c;
            }
        }
    }
}
