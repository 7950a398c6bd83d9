package dev.timeline.assertj;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import java.time.LocalDate;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link Event}; obtain one with {@link TimelineAssertions#assertThat(Event)}.
 *
 * <pre>{@code
 * assertThat(event)
 *         .hasTitleContaining("parade")
 *         .hasType(EventType.PARADE)
 *         .hasParticipant("Xi Jinping")
 *         .occursOn("2025-09-03");
 * }</pre>
 *
 * <p>Time arguments given as strings are parsed with {@link When#parse}. Not thread-safe, like every AssertJ
 * assertion.
 */
public class EventAssert extends AbstractAssert<EventAssert, Event> {

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
     * Verifies that the event's time covers exactly the days of {@code when}: an event dated 3 Sep 2025 (at any time
     * of day) occurs on {@code "2025-09-03"}; one dated "September 2025" does not, as it only may have.
     *
     * @throws dev.timeline.time.TimeValueParseException if {@code when} cannot be parsed
     */
    public EventAssert occursOn(String when) {
        return occursOn(When.parse(when));
    }

    /** Verifies that the event's time covers exactly the day {@code day}. */
    public EventAssert occursOn(LocalDate day) {
        return occursOn(When.ofDay(day));
    }

    /** Verifies that the event's time covers exactly the days of {@code when}. */
    public EventAssert occursOn(When when) {
        Objects.requireNonNull(when, "when");
        isNotNull();
        if (!AbstractEventsAssert.sameDays(actual.when(), when)) {
            throwAssertionError(ShouldRelateTo.shouldRelate(subject(), "occur on", actual.when(), when));
        }
        return myself;
    }

    /**
     * Verifies that the event's time certainly lies within {@code when} ({@link When#isCertainlyDuring}).
     *
     * @throws dev.timeline.time.TimeValueParseException if {@code when} cannot be parsed
     */
    public EventAssert isDuring(String when) {
        return isDuring(When.parse(when));
    }

    /** Verifies that the event's time certainly lies within {@code when} ({@link When#isCertainlyDuring}). */
    public EventAssert isDuring(When when) {
        Objects.requireNonNull(when, "when");
        isNotNull();
        if (!actual.when().isCertainlyDuring(when)) {
            throwAssertionError(ShouldRelateTo.shouldRelate(subject(), "be certainly during", actual.when(), when));
        }
        return myself;
    }

    /** Verifies that the event certainly ended before {@code when} started ({@link When#isCertainlyBefore}). */
    public EventAssert isCertainlyBefore(String when) {
        return isCertainlyBefore(When.parse(when));
    }

    /** Verifies that the event certainly ended before {@code when} started ({@link When#isCertainlyBefore}). */
    public EventAssert isCertainlyBefore(When when) {
        Objects.requireNonNull(when, "when");
        isNotNull();
        if (!actual.when().isCertainlyBefore(when)) {
            throwAssertionError(ShouldRelateTo.shouldRelate(subject(), "be certainly before", actual.when(), when));
        }
        return myself;
    }

    /** Verifies that the event certainly started after {@code when} ended ({@link When#isCertainlyAfter}). */
    public EventAssert isCertainlyAfter(String when) {
        return isCertainlyAfter(When.parse(when));
    }

    /** Verifies that the event certainly started after {@code when} ended ({@link When#isCertainlyAfter}). */
    public EventAssert isCertainlyAfter(When when) {
        Objects.requireNonNull(when, "when");
        isNotNull();
        if (!actual.when().isCertainlyAfter(when)) {
            throwAssertionError(ShouldRelateTo.shouldRelate(subject(), "be certainly after", actual.when(), when));
        }
        return myself;
    }

    private String subject() {
        return "event " + Texts.event(actual);
    }
}
