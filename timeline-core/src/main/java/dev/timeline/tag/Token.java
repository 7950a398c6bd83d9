package dev.timeline.tag;

/**
 * One token of the input: its UTF-16 span, lowercased text (for words and numbers only), lexical class and numeric
 * payload. Immutable.
 */
final class Token {
    final int start;
    final int end;
    /** Lowercased text of a word or number; the single character for punctuation; empty for over-long words. */
    final String low;
    final Cat cat;
    /** Class payload: a number's value, a month or weekday number, a unit ordinal; -1 when not meaningful. */
    final int num;
    /** Whether the token starts with an upper-case letter. */
    final boolean cap;
    /** Whether whitespace separates this token from the previous one. */
    final boolean spaceBefore;
    /** The word's second class in the lexicon ("second" is an ordinal and a unit), or null. */
    private final Cat alt;
    private final int altNum;

    Token(int start, int end, String low, Cat cat, int num, boolean cap, boolean spaceBefore) {
        this(start, end, low, cat, num, null, -1, cap, spaceBefore);
    }

    Token(int start, int end, String low, Cat cat, int num, Cat alt, int altNum, boolean cap, boolean spaceBefore) {
        this.start = start;
        this.end = end;
        this.low = low;
        this.cat = cat;
        this.num = num;
        this.alt = alt;
        this.altNum = altNum;
        this.cap = cap;
        this.spaceBefore = spaceBefore;
    }

    boolean is(String word) {
        return low.equals(word);
    }

    /** Whether the token has class {@code c}, as its first class or its second. */
    boolean has(Cat c) {
        return cat == c || alt == c;
    }

    /** The payload of class {@code c}: {@link #num} for the first class, else that of the second; -1 if neither. */
    int num(Cat c) {
        return cat == c ? num : alt == c ? altNum : -1;
    }

    /** Length in characters of the token text. */
    int length() {
        return end - start;
    }

    @Override
    public String toString() {
        return low + "/" + cat + (num >= 0 ? ":" + num : "");
    }
}
