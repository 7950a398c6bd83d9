package dev.timeline.assertj;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on events in order, shared by {@link TimelineAssert} (a {@link dev.timeline.timeline.Timeline}) and
 * {@link EventsAssert} (any events, such as the result of a query).
 *
 * <p>Time arguments given as strings are parsed with {@link When#parse}: {@code "2025-09-03"}, {@code "2025-W36"},
 * {@code "2025"}, {@code "2011-39"} (late 2011). Span checks compare covered days ({@link When#earliestDay()} to
 * {@link When#latestDay()}, both inclusive); before/after checks use {@link When}'s relations.
 *
 * @param <SELF> the assertion class itself, returned by every check
 * @param <ACTUAL> the events' type
 */
public abstract class AbstractEventsAssert<SELF extends AbstractEventsAssert<SELF, ACTUAL>,
        ACTUAL extends Iterable<? extends Event>> extends AbstractAssert<SELF, ACTUAL> {

    /** Creates an assertion on {@code actual}, returning {@code selfType} from every check. */
    protected AbstractEventsAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** How messages name the events: "timeline of 3 events", "2 events". */
    protected abstract String subject();

    /** Verifies that there are exactly {@code expected} events. */
    public SELF hasSize(int expected) {
        isNotNull();
        List<Event> events = events();
        if (events.size() != expected) {
            throwAssertionError(ShouldHaveEventCount.shouldHaveSize(subject(), events, events.size(), expected));
        }
        return myself;
    }

    /** Verifies that there are no events. */
    public SELF isEmpty() {
        isNotNull();
        if (!events().isEmpty()) {
            throwAssertionError(ShouldHaveEventCount.shouldBeEmpty(subject(), events()));
        }
        return myself;
    }

    /** Verifies that there is at least one event. */
    public SELF isNotEmpty() {
        isNotNull();
        if (events().isEmpty()) {
            throwAssertionError(ShouldHaveEventCount.shouldNotBeEmpty(subject()));
        }
        return myself;
    }

    /** Verifies that some event has the id {@code id}. */
    public SELF containsEventWithId(String id) {
        Objects.requireNonNull(id, "id");
        isNotNull();
        if (events().stream().noneMatch(e -> e.id().equals(id))) {
            throwAssertionError(ShouldContainEvent.shouldContainEventWithId(subject(), events(), id));
        }
        return myself;
    }

    /**
     * Verifies that some event covers exactly the days of {@code when}: {@code containsEventOn("2025-09-03")} holds
     * for an event dated 3 Sep 2025 (at any time of day), not for one dated "September 2025", which only may have
     * happened that day; {@code containsEventOn("2025-W36")} wants an event known to that week.
     *
     * @throws dev.timeline.time.TimeValueParseException if {@code when} cannot be parsed
     */
    public SELF containsEventOn(String when) {
        return containsEventOn(When.parse(when));
    }

    /** Verifies that some event covers exactly the day {@code day}. */
    public SELF containsEventOn(LocalDate day) {
        return containsEventOn(When.ofDay(day));
    }

    /** Verifies that some event covers exactly the days {@code when} covers. */
    public SELF containsEventOn(When when) {
        Objects.requireNonNull(when, "when");
        isNotNull();
        if (events().stream().noneMatch(e -> sameDays(e.when(), when))) {
            throwAssertionError(ShouldContainEvent.shouldContainEventOn(subject(), events(), when));
        }
        return myself;
    }

    /**
     * Verifies that some event's covered days all lie within those of {@code when}: {@code
     * containsEventWithin("2025")} holds for events dated "3 Sep 2025" or "late 2025", not "2024–2025".
     *
     * @throws dev.timeline.time.TimeValueParseException if {@code when} cannot be parsed
     */
    public SELF containsEventWithin(String when) {
        return containsEventWithin(When.parse(when));
    }

    /** Verifies that some event's covered days all lie within those of {@code when}. */
    public SELF containsEventWithin(When when) {
        Objects.requireNonNull(when, "when");
        isNotNull();
        if (events().stream().noneMatch(e -> within(e.when(), when))) {
            throwAssertionError(ShouldContainEvent.shouldContainEventWithin(subject(), events(), when));
        }
        return myself;
    }

    /**
     * Verifies that some event satisfies {@code predicate}; {@code description} names it in the failure message
     * ("a visit by Xi Jinping").
     */
    public SELF containsEventMatching(Predicate<? super Event> predicate, String description) {
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(description, "description");
        isNotNull();
        if (events().stream().noneMatch(predicate)) {
            throwAssertionError(ShouldContainEvent.shouldContainEventMatching(subject(), events(), description));
        }
        return myself;
    }

    /** Verifies that no event satisfies {@code predicate}; {@code description} names it in the failure message. */
    public SELF hasNoEventMatching(Predicate<? super Event> predicate, String description) {
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(description, "description");
        isNotNull();
        List<Event> offenders = select(predicate);
        if (!offenders.isEmpty()) {
            throwAssertionError(ShouldHaveNoEvent.shouldHaveNoEventMatching(subject(), offenders, description));
        }
        return myself;
    }

    /**
     * Verifies that the events come in chronological order: each event's time is not after the next one's in
     * {@link When}'s natural order (earliest day, then latest day, then precision coarse to fine…). A
     * {@link dev.timeline.timeline.Timeline} always is; query results and hand-made lists need not be.
     */
    public SELF isSortedChronologically() {
        isNotNull();
        List<Event> events = events();
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i - 1).when().compareTo(events.get(i).when()) > 0) {
                throwAssertionError(ShouldBeSortedChronologically.shouldBeSortedChronologically(subject(), i,
                        events.get(i - 1), events.get(i)));
            }
        }
        return myself;
    }

    /**
     * Verifies that no event is even possibly before {@code when} ({@link When#isPossiblyBefore}): every event
     * shares a day with it or comes after it under every reading of their modifiers.
     *
     * @throws dev.timeline.time.TimeValueParseException if {@code when} cannot be parsed
     */
    public SELF hasNoEventBefore(String when) {
        return hasNoEventBefore(When.parse(when));
    }

    /** Verifies that no event is even possibly before {@code when} ({@link When#isPossiblyBefore}). */
    public SELF hasNoEventBefore(When when) {
        Objects.requireNonNull(when, "when");
        isNotNull();
        List<Event> offenders = select(e -> e.when().isPossiblyBefore(when));
        if (!offenders.isEmpty()) {
            throwAssertionError(ShouldHaveNoEvent.shouldHaveNoEventBefore(subject(), offenders, when));
        }
        return myself;
    }

    /**
     * Verifies that no event is even possibly after {@code when} ({@link When#isPossiblyAfter}).
     *
     * @throws dev.timeline.time.TimeValueParseException if {@code when} cannot be parsed
     */
    public SELF hasNoEventAfter(String when) {
        return hasNoEventAfter(When.parse(when));
    }

    /** Verifies that no event is even possibly after {@code when} ({@link When#isPossiblyAfter}). */
    public SELF hasNoEventAfter(When when) {
        Objects.requireNonNull(when, "when");
        isNotNull();
        List<Event> offenders = select(e -> e.when().isPossiblyAfter(when));
        if (!offenders.isEmpty()) {
            throwAssertionError(ShouldHaveNoEvent.shouldHaveNoEventAfter(subject(), offenders, when));
        }
        return myself;
    }

    /** The events in iteration order. */
    protected List<Event> events() {
        List<Event> events = new ArrayList<>();
        actual.forEach(events::add);
        return events;
    }

    private List<Event> select(Predicate<? super Event> predicate) {
        return events().stream().filter(predicate).collect(java.util.stream.Collectors.toList());
    }

    static boolean sameDays(When a, When b) {
        return a.earliestDay().equals(b.earliestDay()) && a.latestDay().equals(b.latestDay());
    }

    static boolean within(When a, When b) {
        return !a.earliestDay().isBefore(b.earliestDay()) && !a.latestDay().isAfter(b.latestDay());
    }
}
