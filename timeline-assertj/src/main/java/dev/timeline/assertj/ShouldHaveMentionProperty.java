package dev.timeline.assertj;

import dev.timeline.tag.Mention;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a failed check of what the tagger found, such as
 * {@code expected mention "next Wednesday" [16,30) DATE 2025-09-03 to have value 2025-09-10 but its value is
 * 2025-09-03}.
 */
public final class ShouldHaveMentionProperty extends BasicErrorMessageFactory {

    private ShouldHaveMentionProperty(Mention actual, String expected, String found) {
        super("%nexpected mention %s to have %s but %s", unquotedString(actual.toString()), unquotedString(expected),
                unquotedString(found));
    }

    /**
     * The message for {@code actual} not having {@code expected} ("value 2025-09-10"), where {@code found} says what
     * it has ("its value is 2025-09-03").
     */
    public static ErrorMessageFactory shouldHave(Mention actual, String expected, String found) {
        return new ShouldHaveMentionProperty(actual, expected, found);
    }
}
