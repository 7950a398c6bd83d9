package dev.timeline.render;

/**
 * Document text in CommonMark, so that it reads as the characters it is: never as markup, raw HTML, a link, a code
 * span's end or a new block. Every piece is first put on one line ({@link PlainText#line}).
 */
final class Markdown {
    /** Characters that open or close inline markup anywhere: escaped wherever they occur. */
    private static final String INLINE = "\\`*_[]<>#|!&~";

    private Markdown() {
    }

    /**
     * Returns {@code text} as inline Markdown text that may also stand at the start of a block (after {@code "- "}
     * or {@code "> "}): markup characters are backslash-escaped; leading and trailing white space is dropped (four
     * leading spaces would make a code block); and a first character that could start a block ({@code - + =}, a
     * number followed by {@code .} or {@code )}) is escaped too.
     */
    static String text(String text) {
        String s = PlainText.line(text).strip();
        StringBuilder out = new StringBuilder(s.length() + 8);
        int digits = 0;
        while (digits < s.length() && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') {
            digits++;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean blockStart = i == 0 && (c == '-' || c == '+' || c == '=')
                    || i == digits && digits > 0 && (c == '.' || c == ')');
            if (INLINE.indexOf(c) >= 0 || blockStart) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Returns {@code text} as a code span: fenced by one backtick more than its longest run of backticks, padded with
     * a space where it starts or ends with a backtick or with a space on both sides (CommonMark strips one such
     * space), so that its characters show as they are.
     */
    static String code(String text) {
        String s = PlainText.line(text);
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        // CommonMark strips the spaces unless the span is spaces only; a tab is no space there
        boolean pad = s.startsWith("`") || s.endsWith("`")
                || s.startsWith(" ") && s.endsWith(" ") && s.chars().anyMatch(c -> c != ' ');
        return pad ? fence + " " + s + " " + fence : fence + s + fence;
    }
}
