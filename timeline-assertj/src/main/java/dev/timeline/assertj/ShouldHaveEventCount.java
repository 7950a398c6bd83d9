package dev.timeline.assertj;

import dev.timeline.timeline.Event;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a failed check of how many events there are, such as {@code expected 3 events but found 2:}
 * followed by the events, one a line.
 */
public final class ShouldHaveEventCount extends BasicErrorMessageFactory {

    private ShouldHaveEventCount(String format, Object... arguments) {
        super(format, arguments);
    }

    /** The message for {@code events}, {@code actual} of them, not numbering {@code expected}. */
    public static ErrorMessageFactory shouldHaveSize(Iterable<? extends Event> events, int actual, int expected) {
        return new ShouldHaveEventCount("%nexpected %s but found %s%s", unquotedString(Texts.count(expected, "event")),
                unquotedString(actual == 0 ? "none" : Integer.toString(actual)), unquotedString(list(actual, events)));
    }

    /**
     * The message for {@code events} not numbering {@code expected}.
     *
     * @deprecated the subject is no longer part of the message: use {@link #shouldHaveSize(Iterable, int, int)}
     */
    @Deprecated
    public static ErrorMessageFactory shouldHaveSize(String subject, Iterable<? extends Event> events, int actual,
            int expected) {
        return shouldHaveSize(events, actual, expected);
    }

    /** The message for {@code events} not being empty. */
    public static ErrorMessageFactory shouldBeEmpty(String subject, Iterable<? extends Event> events) {
        return new ShouldHaveEventCount("%nexpected %s to have no events but found:%n%s", unquotedString(subject),
                unquotedString(Texts.events(events)));
    }

    /** The message for {@code events} being empty. */
    public static ErrorMessageFactory shouldNotBeEmpty(String subject) {
        return new ShouldHaveEventCount("%nexpected %s to have at least one event but found none",
                unquotedString(subject));
    }

    private static String list(int actual, Iterable<? extends Event> events) {
        return actual == 0 ? "" : ":" + System.lineSeparator() + Texts.events(events);
    }
}
