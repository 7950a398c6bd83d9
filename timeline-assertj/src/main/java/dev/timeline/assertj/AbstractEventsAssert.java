package dev.timeline.assertj;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;
import org.threeten.extra.YearWeek;

/**
 * Assertions on events in order, shared by {@link TimelineAssert} (a {@link dev.timeline.timeline.Timeline}) and
 * {@link EventsAssert} (any events, such as the result of a query).
 *
 * <p>Time arguments given as strings are parsed with {@link When#parse}: {@code "2025-09-03"}, {@code "2025-W36"},
 * {@code "2025"}, {@code "2011-39"} (late 2011); one that cannot be parsed fails the assertion, so soft assertions
 * collect it. Every check taking a {@link When} also takes a {@link LocalDate}, {@link YearMonth}, {@link Year},
 * {@link YearWeek}, {@link YearQuarter} or {@link LocalDateRange}. Span checks compare covered days ({@link When#earliestDay()} to
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
            throwAssertionError(ShouldHaveEventCount.shouldHaveSize(events, events.size(), expected));
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
     * A {@code when} that cannot be parsed fails the assertion.
     */
    public SELF containsEventOn(String when) {
        return containsEventOn(TimeArguments.parse(when, info));
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
     * A {@code when} that cannot be parsed fails the assertion.
     */
    public SELF containsEventWithin(String when) {
        return containsEventWithin(TimeArguments.parse(when, info));
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
     * {@link When}'s natural order (start, then end, then precision coarse to fine…), where values with an offset
     * compare as instants. A
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
     * A {@code when} that cannot be parsed fails the assertion.
     */
    public SELF hasNoEventBefore(String when) {
        return hasNoEventBefore(TimeArguments.parse(when, info));
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
     * A {@code when} that cannot be parsed fails the assertion.
     */
    public SELF hasNoEventAfter(String when) {
        return hasNoEventAfter(TimeArguments.parse(when, info));
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

    // The same checks with the calendar types tests reach for, each read as the When its factory gives.

    /** {@link #containsEventOn(When)} with the day {@code when}. */
    public SELF containsEventOn(LocalDate when) {
        return containsEventOn(When.of(when));
    }

    /** {@link #containsEventOn(When)} with the month {@code when}. */
    public SELF containsEventOn(YearMonth when) {
        return containsEventOn(When.of(when));
    }

    /** {@link #containsEventOn(When)} with the year {@code when}. */
    public SELF containsEventOn(Year when) {
        return containsEventOn(When.of(when));
    }

    /** {@link #containsEventOn(When)} with the ISO week {@code when}. */
    public SELF containsEventOn(YearWeek when) {
        return containsEventOn(When.of(when));
    }

    /** {@link #containsEventOn(When)} with the quarter {@code when}. */
    public SELF containsEventOn(YearQuarter when) {
        return containsEventOn(When.of(when));
    }

    /** {@link #containsEventOn(When)} with the days {@code when}. */
    public SELF containsEventOn(LocalDateRange when) {
        return containsEventOn(When.of(when));
    }

    /** {@link #containsEventWithin(When)} with the day {@code when}. */
    public SELF containsEventWithin(LocalDate when) {
        return containsEventWithin(When.of(when));
    }

    /** {@link #containsEventWithin(When)} with the month {@code when}. */
    public SELF containsEventWithin(YearMonth when) {
        return containsEventWithin(When.of(when));
    }

    /** {@link #containsEventWithin(When)} with the year {@code when}. */
    public SELF containsEventWithin(Year when) {
        return containsEventWithin(When.of(when));
    }

    /** {@link #containsEventWithin(When)} with the ISO week {@code when}. */
    public SELF containsEventWithin(YearWeek when) {
        return containsEventWithin(When.of(when));
    }

    /** {@link #containsEventWithin(When)} with the quarter {@code when}. */
    public SELF containsEventWithin(YearQuarter when) {
        return containsEventWithin(When.of(when));
    }

    /** {@link #containsEventWithin(When)} with the days {@code when}. */
    public SELF containsEventWithin(LocalDateRange when) {
        return containsEventWithin(When.of(when));
    }

    /** {@link #hasNoEventBefore(When)} with the day {@code when}. */
    public SELF hasNoEventBefore(LocalDate when) {
        return hasNoEventBefore(When.of(when));
    }

    /** {@link #hasNoEventBefore(When)} with the month {@code when}. */
    public SELF hasNoEventBefore(YearMonth when) {
        return hasNoEventBefore(When.of(when));
    }

    /** {@link #hasNoEventBefore(When)} with the year {@code when}. */
    public SELF hasNoEventBefore(Year when) {
        return hasNoEventBefore(When.of(when));
    }

    /** {@link #hasNoEventBefore(When)} with the ISO week {@code when}. */
    public SELF hasNoEventBefore(YearWeek when) {
        return hasNoEventBefore(When.of(when));
    }

    /** {@link #hasNoEventBefore(When)} with the quarter {@code when}. */
    public SELF hasNoEventBefore(YearQuarter when) {
        return hasNoEventBefore(When.of(when));
    }

    /** {@link #hasNoEventBefore(When)} with the days {@code when}. */
    public SELF hasNoEventBefore(LocalDateRange when) {
        return hasNoEventBefore(When.of(when));
    }

    /** {@link #hasNoEventAfter(When)} with the day {@code when}. */
    public SELF hasNoEventAfter(LocalDate when) {
        return hasNoEventAfter(When.of(when));
    }

    /** {@link #hasNoEventAfter(When)} with the month {@code when}. */
    public SELF hasNoEventAfter(YearMonth when) {
        return hasNoEventAfter(When.of(when));
    }

    /** {@link #hasNoEventAfter(When)} with the year {@code when}. */
    public SELF hasNoEventAfter(Year when) {
        return hasNoEventAfter(When.of(when));
    }

    /** {@link #hasNoEventAfter(When)} with the ISO week {@code when}. */
    public SELF hasNoEventAfter(YearWeek when) {
        return hasNoEventAfter(When.of(when));
    }

    /** {@link #hasNoEventAfter(When)} with the quarter {@code when}. */
    public SELF hasNoEventAfter(YearQuarter when) {
        return hasNoEventAfter(When.of(when));
    }

    /** {@link #hasNoEventAfter(When)} with the days {@code when}. */
    public SELF hasNoEventAfter(LocalDateRange when) {
        return hasNoEventAfter(When.of(when));
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
