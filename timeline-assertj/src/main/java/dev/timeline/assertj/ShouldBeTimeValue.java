package dev.timeline.assertj;

import dev.timeline.time.TimeValueParseException;
import dev.timeline.time.When;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message for a time value given as a string that cannot be read, such as
 * {@code expected a time value such as "2025-09-03", "2025-W36" or "2011-39" but Cannot parse "2025-13-01" at index
 * 5: month 13 is out of range 1..12}. Assertions fail with it rather than throw, so a soft assertion reports it as one
 * more failure.
 */
public final class ShouldBeTimeValue extends BasicErrorMessageFactory {

    private ShouldBeTimeValue(String format, Object... arguments) {
        super(format, arguments);
    }

    /** The message for a string that {@link When#parse} rejected with {@code error}. */
    public static ErrorMessageFactory shouldBeTimeValue(TimeValueParseException error) {
        return new ShouldBeTimeValue("%nexpected a time value such as \"2025-09-03\", \"2025-W36\" or \"2011-39\" but %s",
                unquotedString(error.getMessage()));
    }

    /** The message for {@code text}, read as {@code value}, not being one day. */
    public static ErrorMessageFactory shouldBeDay(String text, When value) {
        return new ShouldBeTimeValue("%nexpected one day such as \"2025-09-03\" but %s is %s",
                unquotedString(Texts.quoted(text)), unquotedString(Texts.when(value)));
    }
}
