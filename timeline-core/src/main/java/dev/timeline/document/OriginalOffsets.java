package dev.timeline.document;

import java.util.Arrays;

/**
 * For text rewritten when read (Penn Treebank tokens joined back into prose), the span of the original that each of
 * its characters stands for, so that offsets into the rewritten text can be given back in the original's terms.
 * Immutable: the arrays are never handed out.
 */
final class OriginalOffsets {
    private final int[] starts;
    private final int[] ends;

    OriginalOffsets(int[] starts, int[] ends) {
        if (starts.length != ends.length) {
            throw new IllegalArgumentException("one original span per character expected");
        }
        this.starts = starts;
        this.ends = ends;
    }

    /** The length of the rewritten text. */
    int length() {
        return starts.length;
    }

    /** The offset in the original of {@code offset} in the rewritten text, {@code text().length()} included. */
    int start(int offset) {
        check(offset);
        if (offset == starts.length) {
            return starts.length == 0 ? 0 : ends[starts.length - 1];
        }
        return starts[offset];
    }

    /** The offset in the original of the exclusive end {@code offset} of a span of the rewritten text. */
    int end(int offset) {
        check(offset);
        return offset == 0 ? (starts.length == 0 ? 0 : starts[0]) : ends[offset - 1];
    }

    private void check(int offset) {
        if (offset < 0 || offset > starts.length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside the text of " + starts.length
                    + " characters");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OriginalOffsets t && Arrays.equals(starts, t.starts) && Arrays.equals(ends, t.ends);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(starts) * 31 + Arrays.hashCode(ends);
    }
}
