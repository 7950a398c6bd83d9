package dev.timeline.assertj;

import dev.timeline.time.Modifier;
import dev.timeline.time.Precision;
import dev.timeline.time.TimexValue;
import dev.timeline.time.When;
import java.time.LocalDate;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a failed check of one property of a time value, such as
 * {@code expected "late 2011" (2011-09-01..2011-12-31) to have precision MONTH but it has YEAR}.
 */
public final class ShouldHaveTimeProperty extends BasicErrorMessageFactory {

    private ShouldHaveTimeProperty(String subject, String expected, String actual) {
        super("%nexpected %s to %s but %s", unquotedString(subject), unquotedString(expected), unquotedString(actual));
    }

    /** The message for {@code actual} not having the precision {@code expected}. */
    public static ErrorMessageFactory shouldHavePrecision(When actual, Precision expected) {
        return new ShouldHaveTimeProperty(Texts.when(actual), "have precision " + expected,
                "it has " + actual.precision());
    }

    /** The message for {@code actual} not having the TIMEX3 value {@code expected}. */
    public static ErrorMessageFactory shouldHaveTimexValue(TimexValue actual, String expected) {
        return new ShouldHaveTimeProperty(subject(actual), "have TIMEX3 value " + Texts.quoted(expected),
                "it has " + Texts.quoted(actual.timexValue()));
    }

    /** The message for {@code actual} not having the label {@code expected}. */
    public static ErrorMessageFactory shouldHaveLabel(TimexValue actual, String expected) {
        return new ShouldHaveTimeProperty(subject(actual), "have label " + Texts.quoted(expected),
                "it has " + Texts.quoted(actual.label()));
    }

    /** The message for {@code actual} not having the TIMEX3 mod {@code expected}. */
    public static ErrorMessageFactory shouldHaveTimexMod(TimexValue actual, String expected) {
        return new ShouldHaveTimeProperty(subject(actual), "have TIMEX3 mod " + expected,
                actual.timexMod().map(m -> "it has " + m).orElse("it has none"));
    }

    /** The message for {@code actual} not having the modifier {@code expected}. */
    public static ErrorMessageFactory shouldHaveModifier(When actual, Modifier expected) {
        return new ShouldHaveTimeProperty(Texts.when(actual), "have modifier " + expected,
                actual.modifier().map(m -> "it has " + m).orElse("it has none"));
    }

    /** The message for {@code actual} having a modifier. */
    public static ErrorMessageFactory shouldBeExact(When actual) {
        return new ShouldHaveTimeProperty(Texts.when(actual), "be exact (have no modifier)",
                "it has " + actual.modifier().orElseThrow());
    }

    /** The message for {@code actual} not covering exactly the days {@code first} to {@code last}. */
    public static ErrorMessageFactory shouldCover(When actual, LocalDate first, LocalDate last) {
        return new ShouldHaveTimeProperty(Texts.when(actual), "cover exactly " + Texts.days(first, last),
                "it covers " + Texts.days(actual));
    }

    /** The message for {@code actual} not covering {@code day}. */
    public static ErrorMessageFactory shouldCoverDay(When actual, LocalDate day) {
        return new ShouldHaveTimeProperty(Texts.when(actual), "cover " + day, "it covers " + Texts.days(actual));
    }

    /** The message for {@code time}, the time of the object named {@code subject}, not containing {@code day}. */
    public static ErrorMessageFactory shouldContainDay(String subject, When time, LocalDate day) {
        return new ShouldHaveTimeProperty(subject, "contain the day " + day, "it covers " + Texts.days(time));
    }

    private static String subject(TimexValue value) {
        return value instanceof When w ? Texts.when(w) : Texts.quoted(value.label());
    }
}
