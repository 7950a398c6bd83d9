package dev.timeline.assertj;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a failed check that some events contain a wanted one, such as
 * {@code expected timeline of 2 events to contain an event on "3 Sep 2025" (2025-09-03) but none covers exactly
 * those days:} followed by the events, one a line, with their covered days.
 */
public final class ShouldContainEvent extends BasicErrorMessageFactory {

    private ShouldContainEvent(String subject, String wanted, String none, Iterable<? extends Event> events) {
        super("%nexpected %s to contain %s but %s:%n%s", unquotedString(subject), unquotedString(wanted),
                unquotedString(none), unquotedString(Texts.events(events)));
    }

    /** The message for none of {@code events}, named {@code subject}, covering exactly the days of {@code when}. */
    public static ErrorMessageFactory shouldContainEventOn(String subject, Iterable<? extends Event> events,
            When when) {
        return new ShouldContainEvent(subject, "an event on " + Texts.when(when), "none covers exactly those days",
                events);
    }

    /** The message for none of {@code events} lying within the days of {@code when}. */
    public static ErrorMessageFactory shouldContainEventWithin(String subject, Iterable<? extends Event> events,
            When when) {
        return new ShouldContainEvent(subject, "an event within " + Texts.when(when), "none lies within those days",
                events);
    }

    /** The message for none of {@code events} matching the predicate described as {@code description}. */
    public static ErrorMessageFactory shouldContainEventMatching(String subject, Iterable<? extends Event> events,
            String description) {
        return new ShouldContainEvent(subject, "an event matching " + Texts.quoted(description), "none matches",
                events);
    }

    /** The message for none of {@code events} having the id {@code id}. */
    public static ErrorMessageFactory shouldContainEventWithId(String subject, Iterable<? extends Event> events,
            String id) {
        return new ShouldContainEvent(subject, "an event with id " + Texts.quoted(id), "none has it", events);
    }
}
