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
    private static final int MAX_DIGITS = 9;

    static {
        for (int c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf((char) c);
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
        private final CharSequence text;
        private int i;
        private boolean space = true;

        Cursor(CharSequence text) {
            this.text = text;
        }

        /** Returns the next token, or null after the last. */
        Token next() {
            int n = text.length();
            while (i < n && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
                space = true;
                i++;
            }
            if (i >= n) {
                return null;
            }
            char c = text.charAt(i);
            int j = i + 1;
            int run = mixedRunEnd(text, i);
            Token out;
            if (run > 0) {
                // "a1a1a1…", "x86y": one token however long, so a single run never costs a token per character
                out = new Token(i, run, "", Cat.OTHER, -1, Character.isUpperCase(c), space);
            } else if (c >= '0' && c <= '9') {
                while (j < n && isDigit(text.charAt(j))) {
                    j++;
                }
                out = number(text, i, j, space);
            } else if (Character.isLetter(c)) {
                while (j < n && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                out = word(text, i, j, space);
            } else {
                // a run of one mark ("--", "...", "!!!") is one token: "1998--2000" reads as one dash
                while (j < n && text.charAt(j) == c) {
                    j++;
                }
                String mark = j - i == 1 && c < 128 ? ASCII[c] : text.subSequence(i, j).toString();
                out = new Token(i, j, mark, isDash(c) ? Cat.DASH : Cat.PUNCT, -1, false, space);
            }
            i = out.end;
            space = false;
            return out;
        }
    }

    /**
     * Returns the end of the run of letters and digits at {@code start} when it alternates between letters and
     * digits more than once ("a1a", "b2b2"), else 0. Runs such as "1990s", "3rd", "Q3" or "10am" alternate once and
     * are split as usual. Each character is read at most once more than the split itself reads it.
     */
    private static int mixedRunEnd(CharSequence text, int start) {
        char c = text.charAt(start);
        if (!isDigit(c) && !Character.isLetter(c)) {
            return 0;
        }
        int n = text.length();
        int segments = 1;
        boolean digits = isDigit(c);
        int j = start + 1;
        while (j < n) {
            char d = text.charAt(j);
            boolean isDigit = isDigit(d);
            if (!isDigit && !Character.isLetter(d)) {
                break;
            }
            if (isDigit != digits) {
                segments++;
                digits = isDigit;
            }
            j++;
        }
        return segments > 2 ? j : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Every dash and hyphen character English text uses between dates. */
    static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE58' || c == '\uFE63'
                || c == '\uFF0D';
    }

    private static Token number(CharSequence text, int start, int end, boolean space) {
        int len = end - start;
        // "3rd", "21st": an ordinal written with digits.
        if (end < text.length() && len <= 2) {
            char a = Character.toLowerCase(text.charAt(end));
            char b = end + 1 < text.length() ? Character.toLowerCase(text.charAt(end + 1)) : ' ';
            boolean suffix = (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd')
                    || (a == 't' && b == 'h');
            if (suffix && (end + 2 >= text.length() || !Character.isLetter(text.charAt(end + 2)))) {
                int v = Integer.parseInt(text.subSequence(start, end).toString());
                return new Token(start, end + 2, text.subSequence(start, end + 2).toString().toLowerCase(Locale.ROOT),
                        Cat.ORDINAL, v, false, space);
            }
        }
        String s = len <= MAX_DIGITS + 3 ? text.subSequence(start, end).toString() : "";
        int v = len <= MAX_DIGITS ? Integer.parseInt(s) : -1;
        return new Token(start, end, s, Cat.NUMBER, v, false, space);
    }

    private static Token word(CharSequence text, int start, int end, boolean space) {
        boolean cap = Character.isUpperCase(text.charAt(start));
        if (end - start > Lexicon.MAX_WORD) {
            return new Token(start, end, "", Cat.OTHER, -1, cap, space);
        }
        String low = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
        Lexicon.Entry e = Lexicon.lookup(low);
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
