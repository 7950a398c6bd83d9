package dev.timeline.timeline;

import com.google.common.collect.ImmutableList;
import dev.timeline.time.When;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The lookup structures of a {@link Timeline}: an {@link IntervalIndex} over the covered days of its events, and its
 * events sorted by id. Queries cost O(log n + k) for k results.
 *
 * <p>The interval index holds epoch days as {@code int}s, clamped to the {@code int} range. Clamping keeps every
 * {@code <=} comparison true that was true, so the index always finds a superset of the answer; when some event's days
 * reach the clamped values (only open-ended or far-future values do, such as "before 2011" when it means "any time
 * up to 2011"), the candidates are checked again against the exact days.
 */
final class EventIndex {
    private static final Comparator<Event> BY_ID = Comparator.comparing(Event::id);

    private final List<Event> events;
    private final Event[] byId;
    private final IntervalIndex intervals;
    private final boolean exact;

    private EventIndex(List<Event> events, Event[] byId, IntervalIndex intervals, boolean exact) {
        this.events = events;
        this.byId = byId;
        this.intervals = intervals;
        this.exact = exact;
    }

    /** Indexes {@code events}, which are in timeline order, and {@code byId}, the same events sorted by id. */
    static EventIndex of(List<Event> events, Event[] byId) {
        int n = events.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        boolean exact = true;
        for (int i = 0; i < n; i++) {
            When when = events.get(i).when();
            long start = when.earliestDay().toEpochDay();
            long end = when.latestDay().toEpochDay();
            starts[i] = clamp(start);
            ends[i] = clamp(end);
            exact &= isExact(start) && isExact(end);
        }
        return new EventIndex(events, byId, IntervalIndex.of(starts, ends), exact);
    }

    /** Sorts events by id, keeping one of equal events with equal ids. @throws EventIdConflictException */
    static Event[] sortById(Event[] events) {
        Event[] sorted = events.clone();
        Arrays.sort(sorted, BY_ID); // stable: of two events with one id, the earlier in the input stays first
        int kept = 0;
        for (Event event : sorted) {
            if (kept > 0 && sorted[kept - 1].id().equals(event.id())) {
                if (!sorted[kept - 1].equals(event)) {
                    throw new EventIdConflictException(sorted[kept - 1], event);
                }
                continue;
            }
            sorted[kept++] = event;
        }
        return kept == sorted.length ? sorted : Arrays.copyOf(sorted, kept);
    }

    Optional<Event> byId(String id) {
        int lo = 0;
        int hi = byId.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = byId[mid].id().compareTo(id);
            if (c == 0) {
                return Optional.of(byId[mid]);
            } else if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return Optional.empty();
    }

    /** Events with a covered day in {@code [first, last]}. */
    List<Event> overlapping(LocalDate first, LocalDate last) {
        return select(intervals.startAtMostEndAtLeast(day(last), day(first)),
                exact ? null : e -> !e.when().earliestDay().isAfter(last) && !e.when().latestDay().isBefore(first));
    }

    /** Events whose covered days all lie in {@code [first, last]}. */
    List<Event> within(LocalDate first, LocalDate last) {
        return select(intervals.startAtLeastEndAtMost(day(first), day(last)),
                exact ? null : e -> !e.when().earliestDay().isBefore(first) && !e.when().latestDay().isAfter(last));
    }

    /** Events that cover every day of {@code [first, last]}. */
    List<Event> containing(LocalDate first, LocalDate last) {
        return select(intervals.startAtMostEndAtLeast(day(first), day(last)),
                exact ? null : e -> !e.when().earliestDay().isAfter(first) && !e.when().latestDay().isBefore(last));
    }

    // Being before or after is decided by When; the index only narrows the candidates to those whose days allow it.

    List<Event> certainlyBefore(When other) {
        return select(intervals.startAtLeastEndAtMost(Integer.MIN_VALUE, day(other.earliestDay())),
                e -> e.when().isCertainlyBefore(other));
    }

    List<Event> possiblyBefore(When other) {
        return select(intervals.startAtMostEndAtLeast(day(other.latestDay()), Integer.MIN_VALUE),
                e -> e.when().isPossiblyBefore(other));
    }

    List<Event> certainlyAfter(When other) {
        return select(intervals.startAtLeastEndAtMost(day(other.latestDay()), Integer.MAX_VALUE),
                e -> e.when().isCertainlyAfter(other));
    }

    List<Event> possiblyAfter(When other) {
        return select(intervals.startAtMostEndAtLeast(Integer.MAX_VALUE, day(other.earliestDay())),
                e -> e.when().isPossiblyAfter(other));
    }

    /** Bytes held by the index beyond the events and their list: the interval arrays and the by-id array. */
    long retainedBytes() {
        return intervals.retainedBytes() + 16L + 4L * byId.length;
    }

    private List<Event> select(int[] positions, Predicate<Event> check) {
        ImmutableList.Builder<Event> result = ImmutableList.builderWithExpectedSize(positions.length);
        for (int position : positions) {
            Event event = events.get(position);
            if (check == null || check.test(event)) {
                result.add(event);
            }
        }
        return result.build();
    }

    private static int day(LocalDate date) {
        return clamp(date.toEpochDay());
    }

    private static int clamp(long epochDay) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, epochDay));
    }

    /** Whether comparisons of the clamped day with any clamped bound give the exact answer. */
    private static boolean isExact(long epochDay) {
        return epochDay > Integer.MIN_VALUE && epochDay < Integer.MAX_VALUE;
    }
}
