package dev.timeline.tag.timeml;

/**
 * Text predicates shared by the TimeML reader and the TempEval-3 scorer, defined as the reference Python tooling
 * defines them so that both count the same expressions.
 */
public final class TimeMlText {
    private TimeMlText() {
    }

    /**
     * Whether {@code text} is empty or consists of whitespace only, with whitespace as Python's {@code str.isspace}
     * defines it (so no-break space and U+0085 count). TempEval-3 ignores {@code TIMEX3} elements whose text is blank.
     */
    public static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (!isPythonSpace(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isPythonSpace(int cp) {
        // Python: bidi class WS, B or S, or category Zs; Java's isWhitespace leaves out the no-break spaces (which
        // isSpaceChar covers) and U+0085.
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }
}
