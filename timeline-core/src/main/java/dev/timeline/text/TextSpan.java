package dev.timeline.text;

/**
 * A stretch of a text: the characters {@code [start, end)}.
 *
 * @param start the offset of the first character
 * @param end   the offset after the last character
 */
public record TextSpan(int start, int end) {
    /**
     * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it
     */
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a stretch of text");
        }
    }

    /** Returns the characters of {@code text} this span covers. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** Whether the offset lies in {@code [start, end)}. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
