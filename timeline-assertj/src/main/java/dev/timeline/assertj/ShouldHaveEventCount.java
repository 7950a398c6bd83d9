package dev.timeline.assertj;

import dev.timeline.timeline.Event;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a failed check of how many events there are, such as
 * {@code expected timeline of 3 events to have 2 events but it has 3:} followed by the events, one a line.
 */
public final class ShouldHaveEventCount extends BasicErrorMessageFactory {

    private ShouldHaveEventCount(String format, Object... arguments) {
        super(format, arguments);
    }

    /** The message for {@code events}, named {@code subject}, not numbering {@code expected}. */
    public static ErrorMessageFactory shouldHaveSize(String subject, Iterable<? extends Event> events, int actual,
            int expected) {
        return new ShouldHaveEventCount("expected %s to have %s but it has %s:%n%s", unquotedString(subject),
                unquotedString(Texts.count(expected, "event")), actual, unquotedString(Texts.events(events)));
    }

    /** The message for {@code events} not being empty. */
    public static ErrorMessageFactory shouldBeEmpty(String subject, Iterable<? extends Event> events) {
        return new ShouldHaveEventCount("expected %s to be empty but it has:%n%s", unquotedString(subject),
                unquotedString(Texts.events(events)));
    }

    /** The message for {@code events} being empty. */
    public static ErrorMessageFactory shouldNotBeEmpty(String subject) {
        return new ShouldHaveEventCount("expected %s not to be empty", unquotedString(subject));
    }
}
