package dev.timeline.assertj;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Assertions on an {@link Event}; obtain one with {@code assertThat(Event)} from {@link Assertions} or
 * {@link TimelineAssertions}.
 *
 * <pre>{@code
 * assertThat(event)
 *         .hasTitleContaining("parade")
 *         .hasType(EventType.PARADE)
 *         .hasParticipant("Xi Jinping")
 *         .hasSameDaysAs("2025-09-03")
 *         .isCertainlyDuring(YearWeek.of(2025, 36));
 * }</pre>
 *
 * <p>The event's time has the relations a {@link WhenAssert} has ({@link AbstractRelationsAssert}). Time arguments
 * given as strings are parsed with {@link When#parse}. Not thread-safe, like every AssertJ assertion.
 */
public class EventAssert extends AbstractTimedAssert<EventAssert, Event> {

    /** Creates an assertion on {@code actual}; prefer {@link TimelineAssertions#assertThat(Event)}. */
    public EventAssert(Event actual) {
        super(actual, EventAssert.class);
    }

    /** Verifies the id. */
    public EventAssert hasId(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (!actual.id().equals(expected)) {
            throwAssertionError(ShouldHaveEventProperty.shouldHaveId(actual, expected));
        }
        return myself;
    }

    /** Verifies the whole title. */
    public EventAssert hasTitle(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (!actual.title().equals(expected)) {
            throwAssertionError(ShouldHaveEventProperty.shouldHaveTitle(actual, expected));
        }
        return myself;
    }

    /** Verifies that the title contains {@code expected}, compared exactly (case matters). */
    public EventAssert hasTitleContaining(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (!actual.title().contains(expected)) {
            throwAssertionError(ShouldHaveEventProperty.shouldHaveTitleContaining(actual, expected));
        }
        return myself;
    }

    /** Verifies the number of sources: the places in documents where the event was found. */
    public EventAssert hasSourceCount(int expected) {
        isNotNull();
        if (actual.sources().size() != expected) {
            throwAssertionError(ShouldHaveEventProperty.shouldHaveSourceCount(actual, expected));
        }
        return myself;
    }

    /** Verifies that some source is in the document {@code documentId}. */
    public EventAssert hasSourceFrom(String documentId) {
        Objects.requireNonNull(documentId, "documentId");
        isNotNull();
        if (actual.sources().stream().noneMatch(s -> s.documentId().equals(documentId))) {
            throwAssertionError(ShouldHaveEventProperty.shouldHaveSourceFrom(actual, documentId));
        }
        return myself;
    }

    /** Verifies that {@code expected} is one of the participants, compared exactly. */
    public EventAssert hasParticipant(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (!actual.participants().contains(expected)) {
            throwAssertionError(ShouldHaveEventProperty.shouldHaveParticipant(actual, expected));
        }
        return myself;
    }

    /** Verifies that {@code expected} is one of the places, compared exactly. */
    public EventAssert hasPlace(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (!actual.places().contains(expected)) {
            throwAssertionError(ShouldHaveEventProperty.shouldHavePlace(actual, expected));
        }
        return myself;
    }

    /** Verifies the type. */
    public EventAssert hasType(EventType expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (!actual.type().equals(expected)) {
            throwAssertionError(ShouldHaveEventProperty.shouldHaveType(actual, expected));
        }
        return myself;
    }

    /** Verifies the type by name, as {@link EventType#of(String)} reads it: {@code "parade"}. */
    public EventAssert hasType(String expected) {
        return hasType(EventType.of(expected));
    }

    /** Verifies that the attribute {@code key} has the value {@code value}. */
    public EventAssert hasAttribute(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        isNotNull();
        if (!value.equals(actual.attributes().get(key))) {
            throwAssertionError(ShouldHaveEventProperty.shouldHaveAttribute(actual, key, value));
        }
        return myself;
    }

    /**
     * Verifies that the event's time covers exactly the days of {@code when}.
     *
     * @deprecated use {@link #hasSameDaysAs(String)}, the name every time assertion uses
     */
    @Deprecated
    public EventAssert occursOn(String when) {
        return hasSameDaysAs(when);
    }

    /**
     * Verifies that the event's time covers exactly the day {@code day}.
     *
     * @deprecated use {@link #hasSameDaysAs(LocalDate)}, the name every time assertion uses
     */
    @Deprecated
    public EventAssert occursOn(LocalDate day) {
        return hasSameDaysAs(day);
    }

    /**
     * Verifies that the event's time covers exactly the days of {@code when}.
     *
     * @deprecated use {@link #hasSameDaysAs(When)}, the name every time assertion uses
     */
    @Deprecated
    public EventAssert occursOn(When when) {
        return hasSameDaysAs(when);
    }

    /**
     * Verifies that the event's time certainly lies within {@code when}.
     *
     * @deprecated use {@link #isCertainlyDuring(String)}, whose name says "certainly"
     */
    @Deprecated
    public EventAssert isDuring(String when) {
        return isCertainlyDuring(when);
    }

    /**
     * Verifies that the event's time certainly lies within {@code when}.
     *
     * @deprecated use {@link #isCertainlyDuring(When)}, whose name says "certainly"
     */
    @Deprecated
    public EventAssert isDuring(When when) {
        return isCertainlyDuring(when);
    }

    @Override
    protected When time() {
        return actual.when();
    }

    @Override
    protected String subject() {
        return "event " + Texts.event(actual);
    }
}
