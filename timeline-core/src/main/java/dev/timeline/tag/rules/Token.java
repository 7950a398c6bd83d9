package dev.timeline.tag.rules;

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

    Token(int start, int end, String low, Cat cat, int num, boolean cap, boolean spaceBefore) {
        this.start = start;
        this.end = end;
        this.low = low;
        this.cat = cat;
        this.num = num;
        this.cap = cap;
        this.spaceBefore = spaceBefore;
    }

    boolean is(String word) {
        return low.equals(word);
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
