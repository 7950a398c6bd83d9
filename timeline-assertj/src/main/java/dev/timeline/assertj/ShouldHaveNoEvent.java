package dev.timeline.assertj;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a failed check that no event is of some kind, such as
 * {@code expected timeline of 3 events to have no event possibly before "2015" (2015-01-01..2015-12-31) but found:}
 * followed by each offending event and what holds between its time and the value.
 */
public final class ShouldHaveNoEvent extends BasicErrorMessageFactory {

    private ShouldHaveNoEvent(String subject, String kind, String found) {
        super("%nexpected %s to have no event %s but found:%n%s", unquotedString(subject), unquotedString(kind),
                unquotedString(found));
    }

    /** The message for {@code offenders}, some of the events named {@code subject}, possibly before {@code when}. */
    public static ErrorMessageFactory shouldHaveNoEventBefore(String subject, List<? extends Event> offenders,
            When when) {
        return new ShouldHaveNoEvent(subject, "possibly before " + Texts.when(when), related(offenders, when));
    }

    /** The message for {@code offenders}, some of the events named {@code subject}, possibly after {@code when}. */
    public static ErrorMessageFactory shouldHaveNoEventAfter(String subject, List<? extends Event> offenders,
            When when) {
        return new ShouldHaveNoEvent(subject, "possibly after " + Texts.when(when), related(offenders, when));
    }

    /** The message for {@code offenders} matching the predicate described as {@code description}. */
    public static ErrorMessageFactory shouldHaveNoEventMatching(String subject, List<? extends Event> offenders,
            String description) {
        return new ShouldHaveNoEvent(subject, "matching " + Texts.quoted(description), Texts.events(offenders));
    }

    private static String related(List<? extends Event> offenders, When when) {
        return offenders.stream()
                .map(e -> "  " + Texts.event(e) + ": " + Texts.relation(e.when(), when))
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
