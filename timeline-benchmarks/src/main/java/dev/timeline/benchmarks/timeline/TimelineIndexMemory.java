package dev.timeline.benchmarks.timeline;

import dev.timeline.timeline.Event;
import dev.timeline.timeline.Timeline;
import java.util.List;

/**
 * Measures what a timeline of a million events holds beyond the events themselves, as a heap delta: heap in use
 * after building the timeline from a list of events, minus heap in use with the list alone, each after repeated
 * {@code System.gc()}. The delta covers the timeline's own event list (one reference an event), the interval index
 * (five {@code int} arrays) and the by-id array (one reference an event); the expected figure is 4 + 20 + 4 = 28
 * bytes an event with compressed references. Run with
 * {@code java -cp timeline-benchmarks/target/benchmarks.jar dev.timeline.benchmarks.timeline.TimelineIndexMemory}.
 */
public final class TimelineIndexMemory {
    private TimelineIndexMemory() {}

    /** Prints the overhead per event. Target: at most 150 bytes. */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        List<Event> events = SyntheticEvents.generate(n, 42);
        long before = usedHeap();
        Timeline timeline = Timeline.copyOf(events);
        long after = usedHeap();
        System.out.printf("events: %,d%n", timeline.size());
        System.out.printf("heap delta of the timeline over its events: %,d bytes = %.1f bytes per event%n",
                after - before, (double) (after - before) / n);
        System.out.printf("expected from array sizes: %.1f bytes per event%n", 28.0);
        if (timeline.size() != events.size()) {
            throw new AssertionError("lost events");
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
