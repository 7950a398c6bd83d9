package dev.timeline.assertj;

import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import dev.timeline.timeline.Source;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a failed check of one property of an event, such as
 * {@code expected event parade-2015 [3 Sep 2015] Victory Day parade (parade) to have participant "Putin" but its
 * participants are "Xi Jinping"}.
 */
public final class ShouldHaveEventProperty extends BasicErrorMessageFactory {

    private ShouldHaveEventProperty(Event actual, String expected, String found) {
        super("%nexpected event %s to %s but %s", unquotedString(actual.toString()), unquotedString(expected),
                unquotedString(found));
    }

    /** The message for {@code actual} not having the id {@code expected}. */
    public static ErrorMessageFactory shouldHaveId(Event actual, String expected) {
        return new ShouldHaveEventProperty(actual, "have id " + Texts.quoted(expected),
                "its id is " + Texts.quoted(actual.id()));
    }

    /** The message for {@code actual} not having the title {@code expected}. */
    public static ErrorMessageFactory shouldHaveTitle(Event actual, String expected) {
        return new ShouldHaveEventProperty(actual, "have title " + Texts.quoted(expected),
                "its title is " + Texts.quoted(actual.title()));
    }

    /** The message for {@code actual}'s title not containing {@code expected}. */
    public static ErrorMessageFactory shouldHaveTitleContaining(Event actual, String expected) {
        return new ShouldHaveEventProperty(actual, "have a title containing " + Texts.quoted(expected),
                "its title is " + Texts.quoted(actual.title()));
    }

    /** The message for {@code actual} not having {@code expected} sources. */
    public static ErrorMessageFactory shouldHaveSourceCount(Event actual, int expected) {
        return new ShouldHaveEventProperty(actual, "have " + Texts.count(expected, "source"),
                "found " + actual.sources().size()
                        + (actual.sources().isEmpty() ? "" : ":" + sourceList(actual.sources())));
    }

    /** The message for {@code actual} having no source in the document {@code documentId}. */
    public static ErrorMessageFactory shouldHaveSourceFrom(Event actual, String documentId) {
        return new ShouldHaveEventProperty(actual, "have a source in document " + Texts.quoted(documentId),
                actual.sources().isEmpty() ? "it has no sources" : "its sources are:" + sourceList(actual.sources()));
    }

    /** The message for {@code actual} not having the participant {@code expected}. */
    public static ErrorMessageFactory shouldHaveParticipant(Event actual, String expected) {
        return new ShouldHaveEventProperty(actual, "have participant " + Texts.quoted(expected),
                actual.participants().isEmpty() ? "it has no participants"
                        : "its participants are " + quotedList(actual.participants()));
    }

    /** The message for {@code actual} not having the place {@code expected}. */
    public static ErrorMessageFactory shouldHavePlace(Event actual, String expected) {
        return new ShouldHaveEventProperty(actual, "have place " + Texts.quoted(expected),
                actual.places().isEmpty() ? "it has no places" : "its places are " + quotedList(actual.places()));
    }

    /** The message for {@code actual} not having the type {@code expected}. */
    public static ErrorMessageFactory shouldHaveType(Event actual, EventType expected) {
        return new ShouldHaveEventProperty(actual, "have type " + expected, "its type is " + actual.type());
    }

    /** The message for {@code actual} not having the attribute {@code key} with {@code value}. */
    public static ErrorMessageFactory shouldHaveAttribute(Event actual, String key, String value) {
        String found = actual.attributes().containsKey(key)
                ? "its " + key + " is " + Texts.quoted(actual.attributes().get(key))
                : "it has no attribute " + key;
        return new ShouldHaveEventProperty(actual, "have " + key + " " + Texts.quoted(value), found);
    }

    private static String quotedList(List<String> values) {
        return values.stream().map(Texts::quoted).collect(Collectors.joining(", "));
    }

    private static String sourceList(List<Source> sources) {
        return sources.stream().map(s -> System.lineSeparator() + "  " + s).collect(Collectors.joining());
    }
}
