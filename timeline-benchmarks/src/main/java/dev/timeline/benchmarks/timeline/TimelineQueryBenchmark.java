package dev.timeline.benchmarks.timeline;

import dev.timeline.timeline.Event;
import dev.timeline.timeline.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.threeten.extra.LocalDateRange;

/**
 * Overlap queries on a million events, each returning about ten: the timeline's interval index against a linear
 * scan of a list of the same events. Target: the index at least 100 times faster.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TimelineQueryBenchmark {
    private static final int WINDOWS = 1024;

    private Timeline timeline;
    private List<Event> list;
    private LocalDateRange[] windows;
    private int next;

    /** Builds the timeline and the list, and draws 1,024 random 30-day windows. */
    @Setup
    public void setUp() {
        list = SyntheticEvents.generate(1_000_000, 42);
        timeline = Timeline.copyOf(list);
        windows = SyntheticEvents.windows(WINDOWS, 30, 7);
        long hits = 0;
        for (LocalDateRange window : windows) {
            hits += timeline.overlapping(window).size();
        }
        System.out.printf("%n[setup] mean hits per 30-day window: %.1f%n", (double) hits / WINDOWS);
    }

    /** One query with the interval index. */
    @Benchmark
    public List<Event> indexedOverlap() {
        return timeline.overlapping(nextWindow());
    }

    /** The same query as a scan of every event, comparing covered days. */
    @Benchmark
    public List<Event> linearScanOverlap() {
        LocalDateRange window = nextWindow();
        LocalDate first = window.getStart();
        LocalDate last = window.getEndInclusive();
        List<Event> result = new ArrayList<>();
        for (Event event : list) {
            if (!event.when().earliestDay().isAfter(last) && !event.when().latestDay().isBefore(first)) {
                result.add(event);
            }
        }
        return result;
    }

    private LocalDateRange nextWindow() {
        next = (next + 1) & (WINDOWS - 1);
        return windows[next];
    }
}
