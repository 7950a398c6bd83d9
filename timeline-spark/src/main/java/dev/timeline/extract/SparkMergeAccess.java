package dev.timeline.extract;

import dev.timeline.timeline.Event;
import java.util.Collection;
import java.util.List;

/**
 * Internal to timeline-spark: lets the distributed merge call the library's own cross-document merger, which is
 * package-private in timeline-core. It lives in timeline-spark's jar, in timeline-core's package, only because core
 * has no public entry point for merging events; delete it once core offers one (for example a public
 * {@code EventMerger.merge}).
 *
 * <p>Not part of any public API: do not call it from elsewhere.
 */
public final class SparkMergeAccess {
    private SparkMergeAccess() {
    }

    /** Merges {@code events} exactly as {@link Chronologies#build} does, in the order given. */
    public static List<Event> merge(Collection<Event> events) {
        return EventMerger.merge(events);
    }
}
