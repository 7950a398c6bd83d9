package dev.timeline.benchmarks.timeline;

import dev.timeline.timeline.Event;
import dev.timeline.timeline.Timeline;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Builds a timeline of a million events given in random order: sorting, id checks and the interval index. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TimelineBuildBenchmark {
    private List<Event> events;

    /** Generates the events once. */
    @Setup
    public void generate() {
        events = SyntheticEvents.generate(1_000_000, 42);
    }

    /** Builds the timeline. Target: at most 1,500 ms. */
    @Benchmark
    public Timeline build() {
        return Timeline.copyOf(events);
    }
}
