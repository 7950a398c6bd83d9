package dev.timeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IntervalIndexTest {

    record Interval(int start, int end) {}

    @Provide
    Arbitrary<List<Interval>> intervals() {
        Arbitrary<Interval> one = Combinators.combine(
                        Arbitraries.integers().between(-50, 50), Arbitraries.integers().between(0, 30))
                .as((start, length) -> new Interval(start, start + length));
        return one.list().ofMaxSize(200);
    }

    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-90, 90),
                Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    @Property
    void startAtMostEndAtLeastEqualsLinearScan(
            @ForAll("intervals") List<Interval> intervals, @ForAll("days") int maxStart, @ForAll("days") int minEnd) {
        IntervalIndex index = build(intervals);
        assertThat(index.startAtMostEndAtLeast(maxStart, minEnd))
                .containsExactly(scan(intervals, i -> intervals.get(i).start() <= maxStart
                        && intervals.get(i).end() >= minEnd));
    }

    @Property
    void startAtLeastEndAtMostEqualsLinearScan(
            @ForAll("intervals") List<Interval> intervals, @ForAll("days") int minStart, @ForAll("days") int maxEnd) {
        IntervalIndex index = build(intervals);
        assertThat(index.startAtLeastEndAtMost(minStart, maxEnd))
                .containsExactly(scan(intervals, i -> intervals.get(i).start() >= minStart
                        && intervals.get(i).end() <= maxEnd));
    }

    @Test
    void emptyIndexFindsNothing() {
        IntervalIndex index = IntervalIndex.of(new int[0], new int[0]);
        assertThat(index.startAtMostEndAtLeast(Integer.MAX_VALUE, Integer.MIN_VALUE)).isEmpty();
        assertThat(index.startAtLeastEndAtMost(Integer.MIN_VALUE, Integer.MAX_VALUE)).isEmpty();
    }

    @Test
    void retainedBytesAreFiveIntsPerInterval() {
        IntervalIndex index = IntervalIndex.of(new int[1000], new int[1000]);
        assertThat(index.retainedBytes()).isEqualTo(5 * (16 + 4 * 1000));
    }

    @Test
    void rejectsAnIntervalThatEndsBeforeItStarts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IntervalIndex.of(new int[] {0, 5}, new int[] {1, 4}))
                .withMessage("interval 1 ends before it starts");
    }

    private static IntervalIndex build(List<Interval> intervals) {
        return IntervalIndex.of(
                intervals.stream().mapToInt(Interval::start).toArray(),
                intervals.stream().mapToInt(Interval::end).toArray());
    }

    private static int[] scan(List<Interval> intervals, IntPredicate matches) {
        return IntStream.range(0, intervals.size()).filter(matches).toArray();
    }
}
