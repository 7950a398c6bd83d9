package dev.timeline.document;

import java.util.Arrays;

/**
 * For text rewritten when read (Penn Treebank tokens joined back into prose), the span of the original that each of
 * its characters stands for, so that offsets into the rewritten text can be given back in the original's terms.
 *
 * <p>Kept as runs: a run of characters copied one for one (a shift) or of characters standing together for one span
 * of the original (a {@code -LRB-} read as "(", a space for the spaces between two tokens). Immutable: the arrays are
 * never handed out.
 */
final class OriginalOffsets {
    /** Marks a run of copied characters in {@link #ends}. */
    private static final int COPIED = -1;

    private final int length;
    /** The first character of each run in the rewritten text, ascending from 0. */
    private final int[] runs;
    /** For a copied run the original offset of its first character; else the start of the span it stands for. */
    private final int[] starts;
    /** For a run standing for one span, that span's end; {@link #COPIED} for a copied run. */
    private final int[] ends;

    private OriginalOffsets(int length, int[] runs, int[] starts, int[] ends) {
        this.length = length;
        this.runs = runs;
        this.starts = starts;
        this.ends = ends;
    }

    /** The length of the rewritten text. */
    int length() {
        return length;
    }

    /** The offset in the original of {@code offset} in the rewritten text, {@code length()} included. */
    int start(int offset) {
        check(offset);
        if (offset == length) {
            return length == 0 ? 0 : end(length);
        }
        int run = run(offset);
        return ends[run] == COPIED ? starts[run] + offset - runs[run] : starts[run];
    }

    /** The offset in the original of the exclusive end {@code offset} of a span of the rewritten text. */
    int end(int offset) {
        check(offset);
        if (offset == 0) {
            return length == 0 ? 0 : start(0);
        }
        int run = run(offset - 1);
        return ends[run] == COPIED ? starts[run] + offset - runs[run] : ends[run];
    }

    private int run(int offset) {
        int i = Arrays.binarySearch(runs, offset);
        return i >= 0 ? i : -i - 2;
    }

    private void check(int offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside the text of " + length + " characters");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OriginalOffsets t && length == t.length && Arrays.equals(runs, t.runs)
                && Arrays.equals(starts, t.starts) && Arrays.equals(ends, t.ends);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(runs) * 31 + Arrays.hashCode(starts);
    }

    /** Collects the runs character by character, in the order of the rewritten text. */
    static final class Builder {
        private int length;
        private int count;
        private int[] runs = new int[16];
        private int[] starts = new int[16];
        private int[] ends = new int[16];

        /** The next character is the original's character at {@code at}. */
        void copied(int at) {
            int last = count - 1;
            if (last < 0 || ends[last] != COPIED || starts[last] + length - runs[last] != at) {
                add(at, COPIED);
            }
            length++;
        }

        /** The next character stands for the original's span {@code [from, to)}, as the one before it may. */
        void standsFor(int from, int to) {
            int last = count - 1;
            if (last < 0 || starts[last] != from || ends[last] != to) {
                add(from, to);
            }
            length++;
        }

        private void add(int start, int end) {
            if (count == runs.length) {
                runs = Arrays.copyOf(runs, count * 2);
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            runs[count] = length;
            starts[count] = start;
            ends[count] = end;
            count++;
        }

        OriginalOffsets build() {
            return new OriginalOffsets(length, Arrays.copyOf(runs, count), Arrays.copyOf(starts, count),
                    Arrays.copyOf(ends, count));
        }
    }
}
