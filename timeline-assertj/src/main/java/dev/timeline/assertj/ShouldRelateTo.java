package dev.timeline.assertj;

import dev.timeline.time.When;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a failed relation check between two time values, such as
 * {@code expected "late 2011" (2011-09-01..2011-12-31) to be certainly before "December 2011"
 * (2011-12-01..2011-12-31) but they possibly overlap: "late 2011" may be before, ... "December 2011"}.
 *
 * <p>Both sides appear with their labels and covered days, and the message ends with what does hold: the certain
 * relation, or every relation the two values may have, in plain words.
 */
public final class ShouldRelateTo extends BasicErrorMessageFactory {

    private ShouldRelateTo(String subject, String expectation, When actual, When other) {
        super("%nexpected %s to %s %s but %s", unquotedString(subject), unquotedString(expectation),
                unquotedString(Texts.when(other)), unquotedString(Texts.relation(actual, other)));
    }

    /** The message for {@code actual} not being certainly before {@code other}. */
    public static ErrorMessageFactory shouldBeCertainlyBefore(When actual, When other) {
        return new ShouldRelateTo(Texts.when(actual), "be certainly before", actual, other);
    }

    /** The message for {@code actual} not possibly being before {@code other}. */
    public static ErrorMessageFactory shouldBePossiblyBefore(When actual, When other) {
        return new ShouldRelateTo(Texts.when(actual), "be possibly before", actual, other);
    }

    /** The message for {@code actual} not being certainly after {@code other}. */
    public static ErrorMessageFactory shouldBeCertainlyAfter(When actual, When other) {
        return new ShouldRelateTo(Texts.when(actual), "be certainly after", actual, other);
    }

    /** The message for {@code actual} not possibly being after {@code other}. */
    public static ErrorMessageFactory shouldBePossiblyAfter(When actual, When other) {
        return new ShouldRelateTo(Texts.when(actual), "be possibly after", actual, other);
    }

    /** The message for {@code actual} sharing no day with {@code other} under any reading. */
    public static ErrorMessageFactory shouldOverlap(When actual, When other) {
        return new ShouldRelateTo(Texts.when(actual), "possibly overlap", actual, other);
    }

    /** The message for {@code actual} possibly sharing a day with {@code other}. */
    public static ErrorMessageFactory shouldNotOverlap(When actual, When other) {
        return new ShouldRelateTo(Texts.when(actual), "certainly not overlap", actual, other);
    }

    /** The message for {@code actual} not lying certainly within {@code other}. */
    public static ErrorMessageFactory shouldBeDuring(When actual, When other) {
        return new ShouldRelateTo(Texts.when(actual), "be certainly during", actual, other);
    }

    /**
     * The message for a check about the time of something else, such as an event: {@code subject} names it
     * ({@code event parade-2015 [3 Sep 2015] ...}), {@code expectation} says what was expected ("be certainly
     * during"), and the relation is that of {@code actual}, its time, to {@code other}.
     */
    public static ErrorMessageFactory shouldRelate(String subject, String expectation, When actual, When other) {
        return new ShouldRelateTo(subject, expectation, actual, other);
    }
}
