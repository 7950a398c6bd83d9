package dev.timeline.timeline;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.timeline.time.Precision;
import dev.timeline.time.When;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.threeten.extra.LocalDateRange;

/**
 * An immutable, sorted collection of {@link Event}s with unique ids, and the questions one asks of a chronology:
 * what happened in 2025, what certainly came before 2018, who was involved.
 *
 * <p><b>Order.</b> Events are sorted by {@link When}'s natural order, then by id. Iteration, {@link #stream()},
 * {@link #events()} and every query result follow this order.
 *
 * <p><b>Ids.</b> No two events share an id. Building, merging or adding an event whose id is taken by an
 * <em>equal</em> event keeps one copy; by a different event throws {@link EventIdConflictException} (except for
 * {@link #withEvent(Event)}, which replaces, and {@link #merge(Timeline, BinaryOperator)}, which asks).
 *
 * <p><b>Time queries</b> ({@link #overlapping}, {@link #within}, {@link #containing}, {@link #on}, and the
 * before/after ones) use an interval index and cost O(log n + k) for k results; the index takes 28 bytes an event
 * (six {@code int} arrays and one reference array). Span queries compare covered days ({@link When#earliestDay()}
 * to {@link When#latestDay()}, both inclusive); before/after queries use {@link When}'s relations. The other filters
 * ({@link #ofType}, {@link #ofPrecision}, {@link #involving}, {@link #fromDocument}) scan the events.
 *
 * <p>Query results are immutable lists. Instances are immutable and thread-safe; obtain them with {@link #of},
 * {@link #copyOf}, {@link #builder()} or {@link #toTimeline()}.
 */
public final class Timeline implements Iterable<Event> {
    private static final Comparator<Event> ORDER = Comparator.comparing(Event::when).thenComparing(Event::id);
    private static final Timeline EMPTY = fromArray(new Event[0]);

    private final ImmutableList<Event> events;
    private final EventIndex index;

    private Timeline(ImmutableList<Event> events, EventIndex index) {
        this.events = events;
        this.index = index;
    }

    private static Timeline fromArray(Event[] input) {
        for (Event event : input) {
            Objects.requireNonNull(event, "event");
        }
        Event[] byId = EventSorting.byIdHash(input);
        Event[] sorted = EventSorting.byTime(byId, ORDER);
        ImmutableList<Event> events = ImmutableList.copyOf(sorted);
        return new Timeline(events, EventIndex.of(events, byId));
    }

    /** Returns the timeline without events. */
    public static Timeline empty() {
        return EMPTY;
    }

    /**
     * Returns a timeline of these events.
     *
     * @throws EventIdConflictException if two different ones share an id
     */
    public static Timeline of(Event... events) {
        return fromArray(events.clone());
    }

    /**
     * Returns a timeline of these events.
     *
     * @throws EventIdConflictException if two different ones share an id
     */
    public static Timeline copyOf(Iterable<? extends Event> events) {
        if (events instanceof Timeline) {
            return (Timeline) events;
        }
        List<Event> list = new ArrayList<>();
        events.forEach(list::add);
        return fromArray(list.toArray(new Event[0]));
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a collector into a timeline. The collector throws {@link EventIdConflictException} if two different
     * events share an id.
     */
    public static Collector<Event, ?, Timeline> toTimeline() {
        return Collector.of(Timeline::builder, Builder::add, Builder::addAll, Builder::build);
    }

    /** Returns the number of events. */
    public int size() {
        return events.size();
    }

    /** Returns whether there are no events. */
    public boolean isEmpty() {
        return events.isEmpty();
    }

    /** Returns all events in timeline order, as an immutable list. */
    public List<Event> events() {
        return events;
    }

    /** Returns the events in timeline order. */
    public Stream<Event> stream() {
        return events.stream();
    }

    /** Returns an iterator over the events in timeline order; it does not support removal. */
    @Override
    public Iterator<Event> iterator() {
        return events.iterator();
    }

    /** Returns the event with this id, if there is one. Takes O(log n). */
    public Optional<Event> event(String id) {
        return index.byId(Objects.requireNonNull(id, "id"));
    }

    /** Returns whether an event has this id. */
    public boolean containsId(String id) {
        return event(id).isPresent();
    }

    /** Returns the first event in timeline order, if any. */
    public Optional<Event> first() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(0));
    }

    /** Returns the last event in timeline order, if any. */
    public Optional<Event> last() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    /**
     * Returns the days from the earliest covered day of any event to the latest covered day of any event, or empty
     * for an empty timeline.
     */
    public Optional<LocalDateRange> span() {
        if (events.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = LocalDate.MAX;
        LocalDate last = LocalDate.MIN;
        for (Event event : events) {
            first = min(first, event.when().earliestDay());
            last = max(last, event.when().latestDay());
        }
        return Optional.of(LocalDateRange.ofClosed(first, last));
    }

    /** Returns the events with at least one covered day in common with {@code when}. */
    public List<Event> overlapping(When when) {
        return index.overlapping(when.earliestDay(), when.latestDay());
    }

    /**
     * Returns the events with at least one covered day in {@code days}.
     *
     * @throws IllegalArgumentException if {@code days} is empty
     */
    public List<Event> overlapping(LocalDateRange days) {
        return index.overlapping(days.getStart(), lastDay(days));
    }

    /** Returns the events whose covered days all lie within those of {@code when}. */
    public List<Event> within(When when) {
        return index.within(when.earliestDay(), when.latestDay());
    }

    /**
     * Returns the events whose covered days all lie within {@code days}.
     *
     * @throws IllegalArgumentException if {@code days} is empty
     */
    public List<Event> within(LocalDateRange days) {
        return index.within(days.getStart(), lastDay(days));
    }

    /** Returns the events that cover every day {@code when} covers. */
    public List<Event> containing(When when) {
        return index.containing(when.earliestDay(), when.latestDay());
    }

    /**
     * Returns the events that cover every day of {@code days}.
     *
     * @throws IllegalArgumentException if {@code days} is empty
     */
    public List<Event> containing(LocalDateRange days) {
        return index.containing(days.getStart(), lastDay(days));
    }

    /** Returns the events that cover {@code day}, i.e. may have happened on it. */
    public List<Event> on(LocalDate day) {
        return index.overlapping(day, day);
    }

    /** Returns the events that are certainly before {@code when}: {@link When#isCertainlyBefore(When)}. */
    public List<Event> certainlyBefore(When when) {
        return index.certainlyBefore(when);
    }

    /** Returns the events that are possibly before {@code when}: {@link When#isPossiblyBefore(When)}. */
    public List<Event> possiblyBefore(When when) {
        return index.possiblyBefore(when);
    }

    /** Returns the events that are certainly after {@code when}: {@link When#isCertainlyAfter(When)}. */
    public List<Event> certainlyAfter(When when) {
        return index.certainlyAfter(when);
    }

    /** Returns the events that are possibly after {@code when}: {@link When#isPossiblyAfter(When)}. */
    public List<Event> possiblyAfter(When when) {
        return index.possiblyAfter(when);
    }

    /** Returns the events whose time has exactly this precision. Scans all events. */
    public List<Event> ofPrecision(Precision precision) {
        Objects.requireNonNull(precision, "precision");
        return select(e -> e.when().precision() == precision);
    }

    /** Returns the events of this type. Scans all events. */
    public List<Event> ofType(EventType type) {
        Objects.requireNonNull(type, "type");
        return select(e -> e.type().equals(type));
    }

    /** Returns the events with this participant (compared exactly). Scans all events. */
    public List<Event> involving(String participant) {
        Objects.requireNonNull(participant, "participant");
        return select(e -> e.participants().contains(participant));
    }

    /** Returns the events with a source in this document. Scans all events. */
    public List<Event> fromDocument(String documentId) {
        Objects.requireNonNull(documentId, "documentId");
        return select(e -> e.sources().stream().anyMatch(s -> s.documentId().equals(documentId)));
    }

    /** Returns the events that satisfy {@code predicate}, as a timeline. */
    public Timeline filter(Predicate<? super Event> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        List<Event> kept = select(predicate);
        return kept.size() == events.size() ? this : copyOf(kept);
    }

    /**
     * Groups the events by the year of their {@linkplain When#earliestDay() earliest day}; an event spanning several
     * years (or an open-ended one) appears once, under the year it may first have happened. Keys ascend; each list is
     * in timeline order.
     */
    public NavigableMap<Year, List<Event>> byYear() {
        return group(e -> Year.from(e.when().earliestDay()));
    }

    /**
     * Groups the events by the month of their {@linkplain When#earliestDay() earliest day}, with the same rule as
     * {@link #byYear()}: an event spanning months appears once, under its first month.
     */
    public NavigableMap<YearMonth, List<Event>> byMonth() {
        return group(e -> YearMonth.from(e.when().earliestDay()));
    }

    /**
     * Returns the events of both timelines. Equal events with one id appear once.
     *
     * @throws EventIdConflictException if an event of {@code other} differs from an event of this timeline with the
     *     same id; {@link EventIdConflictException#existing()} is this timeline's
     */
    public Timeline merge(Timeline other) {
        return merge(other, (existing, incoming) -> {
            throw new EventIdConflictException(existing, incoming);
        });
    }

    /**
     * Returns the events of both timelines, resolving each pair of different events with one id by
     * {@code onConflict.apply(thisTimelinesEvent, othersEvent)}, whose result must keep that id.
     *
     * @throws IllegalArgumentException if the resolver returns an event with another id
     */
    public Timeline merge(Timeline other, BinaryOperator<Event> onConflict) {
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(onConflict, "onConflict");
        if (other.isEmpty()) {
            return this;
        }
        Map<String, Event> resolved = new HashMap<>();
        List<Event> added = new ArrayList<>();
        for (Event incoming : other) {
            Optional<Event> existing = event(incoming.id());
            if (existing.isEmpty()) {
                added.add(incoming);
            } else if (!existing.get().equals(incoming)) {
                Event choice = Objects.requireNonNull(onConflict.apply(existing.get(), incoming), "resolved event");
                if (!choice.id().equals(incoming.id())) {
                    throw new IllegalArgumentException("conflict resolver changed id \"" + incoming.id()
                            + "\" to \"" + choice.id() + "\"; it must keep the id");
                }
                resolved.put(choice.id(), choice);
            }
        }
        List<Event> merged = new ArrayList<>(events.size() + added.size());
        events.forEach(e -> merged.add(resolved.getOrDefault(e.id(), e)));
        merged.addAll(added);
        return fromArray(merged.toArray(new Event[0]));
    }

    /** Returns a timeline with {@code event} added, replacing any event with the same id. Takes O(n log n). */
    public Timeline withEvent(Event event) {
        Objects.requireNonNull(event, "event");
        return withoutEvent(event.id()).merge(of(event));
    }

    /**
     * Returns a timeline with these events added.
     *
     * @throws EventIdConflictException if one differs from an event with the same id in this timeline or among them
     */
    public Timeline withEvents(Iterable<? extends Event> events) {
        return builder().addAll(this).addAll(events).build();
    }

    /** Returns a timeline without the event with this id; this timeline when there is none. */
    public Timeline withoutEvent(String id) {
        Objects.requireNonNull(id, "id");
        return containsId(id) ? filter(e -> !e.id().equals(id)) : this;
    }

    /** Timelines are equal when they hold equal events. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Timeline && ((Timeline) o).events.equals(events));
    }

    @Override
    public int hashCode() {
        return events.hashCode();
    }

    /** Returns the number of events and the first ten, one a line. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Timeline of ").append(size()).append(size() == 1 ? " event" : " events");
        events.stream().limit(10).forEach(e -> s.append("\n  ").append(e));
        if (size() > 10) {
            s.append("\n  …");
        }
        return s.toString();
    }

    /** Bytes held by the index beyond the events and their list; for benchmarks. */
    long indexBytes() {
        return index.retainedBytes();
    }

    private List<Event> select(Predicate<? super Event> predicate) {
        return events.stream().filter(predicate).collect(ImmutableList.toImmutableList());
    }

    private <K extends Comparable<K>> NavigableMap<K, List<Event>> group(Function<Event, K> key) {
        TreeMap<K, ImmutableList.Builder<Event>> groups = new TreeMap<>();
        for (Event event : events) {
            groups.computeIfAbsent(key.apply(event), k -> ImmutableList.builder()).add(event);
        }
        ImmutableSortedMap.Builder<K, List<Event>> result = ImmutableSortedMap.naturalOrder();
        groups.forEach((k, v) -> result.put(k, v.build()));
        return result.build();
    }

    private static LocalDate lastDay(LocalDateRange days) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("the range " + days + " is empty: it has no day to query");
        }
        return days.getEndInclusive();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * Collects events into a {@link Timeline}. Not thread-safe; obtain one with {@link Timeline#builder()}.
     * Duplicate ids are checked by {@link #build()}.
     */
    public static final class Builder {
        private final List<Event> events = new ArrayList<>();

        private Builder() {}

        /** Adds an event. */
        public Builder add(Event event) {
            events.add(Objects.requireNonNull(event, "event"));
            return this;
        }

        /** Adds events. */
        public Builder addAll(Iterable<? extends Event> events) {
            events.forEach(this::add);
            return this;
        }

        Builder addAll(Builder other) {
            events.addAll(other.events);
            return this;
        }

        /**
         * Returns the timeline of the events added so far; the builder can go on.
         *
         * @throws EventIdConflictException if two different events share an id
         */
        public Timeline build() {
            return events.isEmpty() ? EMPTY : fromArray(events.toArray(new Event[0]));
        }
    }
}
