package dev.timeline.timeline;

import java.util.Arrays;

/**
 * A static augmented interval tree over closed intervals of {@code int} days, answering the two families of range
 * queries a {@link Timeline} needs in O(log n + k) time for k results (each result may add a path of O(log n) nodes
 * in the worst case, shared between neighbouring results).
 *
 * <p>The intervals are kept sorted by start in primitive arrays; the implicit balanced tree over that order has the
 * middle element of {@code [lo, hi)} as the root of that range, and {@code maxEnd}/{@code minEnd} hold the largest and
 * smallest end in each root's subtree. Memory is five {@code int}s per interval: {@link #retainedBytes()}.
 *
 * <p>Results are the positions given to {@link #of}, in ascending order. Immutable and thread-safe.
 */
final class IntervalIndex {
    private final int[] starts;
    private final int[] ends;
    private final int[] positions;
    private final int[] maxEnd;
    private final int[] minEnd;

    private IntervalIndex(int[] starts, int[] ends, int[] positions) {
        this.starts = starts;
        this.ends = ends;
        this.positions = positions;
        this.maxEnd = new int[starts.length];
        this.minEnd = new int[starts.length];
        fillMaxEnd(0, starts.length);
        fillMinEnd(0, starts.length);
    }

    /**
     * Indexes the intervals {@code [starts[i], ends[i]]}, both inclusive, at positions {@code i}.
     *
     * @throws IllegalArgumentException if the arrays differ in length or an interval ends before it starts
     */
    static IntervalIndex of(int[] starts, int[] ends) {
        if (starts.length != ends.length) {
            throw new IllegalArgumentException(starts.length + " starts but " + ends.length + " ends");
        }
        int n = starts.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            if (ends[i] < starts[i]) {
                throw new IllegalArgumentException("interval " + i + " ends before it starts");
            }
            keys[i] = ((long) starts[i] << 32) | i;
        }
        Arrays.sort(keys);
        int[] sortedStarts = new int[n];
        int[] sortedEnds = new int[n];
        int[] positions = new int[n];
        for (int j = 0; j < n; j++) {
            int position = (int) keys[j];
            positions[j] = position;
            sortedStarts[j] = starts[position];
            sortedEnds[j] = ends[position];
        }
        return new IntervalIndex(sortedStarts, sortedEnds, positions);
    }

    /** Returns the number of intervals. */
    int size() {
        return starts.length;
    }

    /** Returns the positions of the intervals with {@code start <= maxStart} and {@code end >= minEnd}. */
    int[] startAtMostEndAtLeast(int maxStart, int minEnd) {
        Hits hits = new Hits();
        collectStartAtMostEndAtLeast(0, starts.length, maxStart, minEnd, hits);
        return hits.sorted();
    }

    /** Returns the positions of the intervals with {@code start >= minStart} and {@code end <= maxEnd}. */
    int[] startAtLeastEndAtMost(int minStart, int maxEnd) {
        Hits hits = new Hits();
        collectStartAtLeastEndAtMost(0, starts.length, minStart, maxEnd, hits);
        return hits.sorted();
    }

    /** Returns the bytes held by the index's arrays (16-byte array headers, 4 bytes an {@code int}). */
    long retainedBytes() {
        return 5 * (16L + 4L * starts.length);
    }

    private void collectStartAtMostEndAtLeast(int lo, int hi, int maxStart, int minEnd, Hits hits) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEnd[mid] < minEnd) {
                return;
            }
            collectStartAtMostEndAtLeast(lo, mid, maxStart, minEnd, hits);
            if (starts[mid] > maxStart) {
                return; // and so does every start to the right
            }
            if (ends[mid] >= minEnd) {
                hits.add(positions[mid]);
            }
            lo = mid + 1;
        }
    }

    private void collectStartAtLeastEndAtMost(int lo, int hi, int minStart, int maxEnd, Hits hits) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (minEnd[mid] > maxEnd) {
                return;
            }
            if (starts[mid] >= minStart) {
                collectStartAtLeastEndAtMost(lo, mid, minStart, maxEnd, hits);
                if (ends[mid] <= maxEnd) {
                    hits.add(positions[mid]);
                }
            } // else every start to the left is below minStart too
            lo = mid + 1;
        }
    }

    private int fillMaxEnd(int lo, int hi) {
        if (lo >= hi) {
            return Integer.MIN_VALUE;
        }
        int mid = (lo + hi) >>> 1;
        int max = Math.max(ends[mid], Math.max(fillMaxEnd(lo, mid), fillMaxEnd(mid + 1, hi)));
        maxEnd[mid] = max;
        return max;
    }

    private int fillMinEnd(int lo, int hi) {
        if (lo >= hi) {
            return Integer.MAX_VALUE;
        }
        int mid = (lo + hi) >>> 1;
        int min = Math.min(ends[mid], Math.min(fillMinEnd(lo, mid), fillMinEnd(mid + 1, hi)));
        minEnd[mid] = min;
        return min;
    }

    /** A growable array of positions. */
    private static final class Hits {
        private int[] items = new int[16];
        private int size;

        void add(int position) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = position;
        }

        int[] sorted() {
            int[] result = Arrays.copyOf(items, size);
            Arrays.sort(result);
            return result;
        }
    }
}
