package dev.timeline.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into word, number and punctuation tokens in one left-to-right pass and classifies each with the
 * {@link Lexicon}. Stateless and thread-safe; time and memory are linear in the input length, and a {@link Cursor}
 * reads the tokens one at a time.
 */
final class Tokenizer {
    private static final String[] ASCII = new String[128];
    /**
     * {@link Character#isLetter} and {@link #isSpace} of each ASCII character, read from a table: most text is ASCII,
     * and a table answers without the branches that would make the compiled tokenizer start over on a rare character.
     */
    private static final boolean[] ASCII_LETTER = new boolean[128];
    private static final boolean[] ASCII_SPACE = new boolean[128];
    private static final int MAX_DIGITS = 9;

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(c);
            ASCII_LETTER[c] = Character.isLetter(c);
            ASCII_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
    }

    private Tokenizer() {
    }

    /** Returns the tokens of {@code text} in order. */
    static List<Token> tokenize(CharSequence text) {
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
        Cursor cursor = new Cursor(text);
        for (Token t = cursor.next(); t != null; t = cursor.next()) {
            out.add(t);
        }
        return out;
    }

    /**
     * Reads the tokens of a text one at a time, left to right, so that a caller can hold a few of them rather than
     * all: the same tokens as {@link #tokenize}. Confined to one thread.
     */
    static final class Cursor {
        /** Characters copied from the text at once, unless the chunk has to go on to the next space. */
        private static final int CHUNK = 1 << 16;
        private final CharSequence source;
        /**
         * The chunk of the text's characters being read, copied once: an array is read without the interface call and
         * the two string encodings that {@link CharSequence#charAt} costs on every character before the compiler has
         * inlined it. A chunk ends at the end of the text or before a space, which no token crosses and every look
         * past a token's end stops at, so that a chunk is read as the whole text would be.
         */
        private char[] text = new char[0];
        /** Where {@code text[0]} is in the source. */
        private int off;
        /** The length of the chunk in {@link #text}. */
        private int n;
        private int i;
        private boolean space = true;
        /** The word being read, lowercased. */
        private final char[] low = new char[Lexicon.MAX_WORD];

        Cursor(CharSequence text) {
            this.source = text;
        }

        /** Returns the next token, or null after the last. */
        Token next() {
            while (true) {
                char[] text = this.text;
                while (i < n && isSpace(text[i])) {
                    space = true;
                    i++;
                }
                if (i < n) {
                    break;
                }
                if (!load()) {
                    return null;
                }
            }
            char c = text[i];
            Token out;
            if (isDigit(c) || isLetter(c)) {
                out = alphanumeric(c);
            } else {
                // a run of one mark ("--", "...", "!!!") is one token: "1998--2000" reads as one dash
                int j = i + 1;
                while (j < n && text[j] == c) {
                    j++;
                }
                String mark = j - i == 1 && c < 128 ? ASCII[c] : new String(text, i, j - i);
                out = new Token(off + i, off + j, mark, isDash(c) ? Cat.DASH : Cat.PUNCT, -1, false, space);
            }
            i = out.end - off;
            space = false;
            return out;
        }

        /** Copies the chunk after the last one read into {@link #text}; false at the end of the text. */
        private boolean load() {
            int from = off + n;
            int length = source.length();
            if (from >= length) {
                return false;
            }
            int to = Math.min(length, from + CHUNK);
            while (to < length && !isSpace(source.charAt(to))) {
                to++;
            }
            if (text.length < to - from) {
                text = new char[to - from];
            }
            if (source instanceof String string) {
                string.getChars(from, to, text, 0);
            } else {
                for (int k = from; k < to; k++) {
                    text[k - from] = source.charAt(k);
                }
            }
            off = from;
            n = to - from;
            i = 0;
            return true;
        }

        /**
         * The token that starts the run of letters and digits at {@link #i}, whose first character is {@code c}: its
         * first segment of letters or of digits ("1990" of "1990s"), or the whole run when the run alternates between
         * letters and digits more than once ("a1a1a1…", "x86y"), so that a single run never costs a token per
         * character. Each character is read once, and the next segment's again when it starts the next token.
         */
        private Token alphanumeric(char c) {
            boolean digits = isDigit(c);
            int end = segmentEnd(i + 1, digits);
            if (end < n && isLetterOrDigit(text[end])) {
                int second = segmentEnd(end + 1, !digits);
                if (second < n && isLetterOrDigit(text[second])) {
                    int run = second + 1;
                    while (run < n && isLetterOrDigit(text[run])) {
                        run++;
                    }
                    return new Token(off + i, off + run, "", Cat.OTHER, -1, Character.isUpperCase(c), space);
                }
            }
            return digits ? number(i, end) : word(i, end);
        }

        private Token number(int start, int end) {
            int len = end - start;
            // "3rd", "21st": an ordinal written with digits.
            if (end < n && len <= 2) {
                char a = Character.toLowerCase(text[end]);
                char b = end + 1 < n ? Character.toLowerCase(text[end + 1]) : ' ';
                boolean suffix = (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd')
                        || (a == 't' && b == 'h');
                if (suffix && (end + 2 >= n || !Character.isLetter(text[end + 2]))) {
                    String ordinal = new String(text, start, len + 2).toLowerCase(Locale.ROOT);
                    return new Token(off + start, off + end + 2, ordinal, Cat.ORDINAL, value(start, end), false, space);
                }
            }
            String s = len <= MAX_DIGITS + 3 ? new String(text, start, len) : "";
            int v = len <= MAX_DIGITS ? value(start, end) : -1;
            return new Token(off + start, off + end, s, Cat.NUMBER, v, false, space);
        }

        /** The value of the ASCII digits {@code [start, end)}, at most {@value #MAX_DIGITS} of them. */
        private int value(int start, int end) {
            int v = 0;
            for (int k = start; k < end; k++) {
                v = 10 * v + (text[k] - '0');
            }
            return v;
        }

        /**
         * The word at {@code [start, end)} of the chunk. An ASCII word is lowercased into {@link #low} and looked up by
         * its characters, so that a word the lexicon knows ({@link Lexicon#find}) costs no new String; any other word
         * is lowercased as {@link String#toLowerCase} with the root locale writes it.
         */
        private Token word(int start, int end) {
            boolean cap = Character.isUpperCase(text[start]);
            int len = end - start;
            if (len > Lexicon.MAX_WORD) {
                return new Token(off + start, off + end, "", Cat.OTHER, -1, cap, space);
            }
            int hash = 0;
            for (int k = 0; k < len; k++) {
                char c = text[start + k];
                if (c >= 128) {
                    String word = new String(text, start, len).toLowerCase(Locale.ROOT);
                    return wordToken(off + start, off + end, word, Lexicon.lookup(word), cap, space);
                }
                c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                low[k] = c;
                hash = 31 * hash + c;
            }
            Lexicon.Word known = Lexicon.find(low, len, hash);
            if (known == null) {
                return new Token(off + start, off + end, new String(low, 0, len), Cat.OTHER, -1, cap, space);
            }
            return wordToken(off + start, off + end, known.text(), known.entry(), cap, space);
        }

        /** The end of the segment of digits (or of letters) that goes on at {@code from}. */
        private int segmentEnd(int from, boolean digits) {
            int j = from;
            if (digits) {
                while (j < n && isDigit(text[j])) {
                    j++;
                }
            } else {
                while (j < n && isLetter(text[j])) {
                    j++;
                }
            }
            return j;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c < 128 ? ASCII_LETTER[c] : Character.isLetter(c);
    }

    private static boolean isLetterOrDigit(char c) {
        return isDigit(c) || isLetter(c);
    }

    /** Whether {@code c} separates tokens: {@link Character#isWhitespace} or {@link Character#isSpaceChar}. */
    private static boolean isSpace(char c) {
        return c < 128 ? ASCII_SPACE[c] : Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Every dash and hyphen character English text uses between dates. */
    static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE58' || c == '\uFE63'
                || c == '\uFF0D';
    }

    /** The token of the lowercased word {@code low}, whose lexicon entry is {@code e} (null if it has none). */
    private static Token wordToken(int start, int end, String low, Lexicon.Entry e, boolean cap, boolean space) {
        if (e == null) {
            return new Token(start, end, low, Cat.OTHER, -1, cap, space);
        }
        Cat cat = e.cat();
        if ((cat == Cat.MONTH || cat == Cat.WEEKDAY) && !cap && isAmbiguous(low)) {
            cat = Cat.OTHER;
        }
        return new Token(start, end, low, cat, e.num(), e.alt(), e.altNum(), cap, space);
    }

    /** Month and weekday abbreviations that are also common English words, trusted only when capitalized. */
    private static boolean isAmbiguous(String low) {
        switch (low) {
            case "may": case "march": case "mar": case "jan": case "sat": case "sun": case "wed": case "mon":
            case "dec": case "jun": case "jul": case "aug": case "apr": case "sep": case "sept": case "oct":
            case "nov": case "feb": case "tue": case "tues": case "thu": case "thur": case "thurs": case "fri":
                return true;
            default:
                return false;
        }
    }
}
