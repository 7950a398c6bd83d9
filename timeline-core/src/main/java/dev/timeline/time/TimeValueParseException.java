package dev.timeline.time;

import java.util.Objects;

/**
 * Thrown when a TIMEX3 or EDTF string cannot be parsed, naming the input and the index of the offending character.
 *
 * <p>The message reads like {@code Cannot parse "2025-13-01" at index 5: month 13 is out of range 1..12}.
 */
public final class TimeValueParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String input;
    private final int index;

    /**
     * Creates an exception for {@code input}, failing at {@code index} (0-based, may equal the input length when
     * the input ended too early) because of {@code reason}.
     */
    public TimeValueParseException(String reason, CharSequence input, int index) {
        super("Cannot parse \"" + input + "\" at index " + index + ": " + reason);
        this.input = Objects.requireNonNull(input, "input").toString();
        this.index = index;
    }

    /** The text that could not be parsed. */
    public String input() {
        return input;
    }

    /** The 0-based index in {@link #input()} where parsing failed. */
    public int index() {
        return index;
    }
}
