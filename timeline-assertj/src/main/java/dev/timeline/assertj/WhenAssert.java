package dev.timeline.assertj;

import dev.timeline.time.Modifier;
import dev.timeline.time.Precision;
import dev.timeline.time.When;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions on an imprecise date or range, a {@link When}; obtain one with {@code assertThat(When)} from
 * {@link Assertions} or {@link TimelineAssertions}.
 *
 * <pre>{@code
 * assertThat(When.parse("2011").withModifier(Modifier.END))
 *         .hasLabel("late 2011")
 *         .hasSameDaysAs("2011-09/2011-12")
 *         .isCertainlyDuring("2011")
 *         .isPossiblyBefore("2011-12");
 * }</pre>
 *
 * <p>The relations ({@code isCertainly…}, {@code isPossibly…}, {@code hasSameDaysAs}, {@code containsDay}) are those
 * of {@link AbstractRelationsAssert}, with overloads for {@code java.time} and threeten-extra types. A failure shows
 * both values with their labels and covered days and says what does hold. Not thread-safe, like every AssertJ
 * assertion.
 */
public class WhenAssert extends AbstractTimedAssert<WhenAssert, When> {

    /** Creates an assertion on {@code actual}; prefer {@code Assertions.assertThat(When)}. */
    public WhenAssert(When actual) {
        super(actual, WhenAssert.class);
    }

    @Override
    protected When time() {
        return actual;
    }

    @Override
    protected String subject() {
        return Texts.when(actual);
    }

    /** Verifies the TIMEX3 {@code value} attribute, such as {@code "2025-W36"} or {@code "2018/2019"}. */
    public WhenAssert hasTimexValue(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (!actual.timexValue().equals(expected)) {
            throwAssertionError(ShouldHaveTimeProperty.shouldHaveTimexValue(actual, expected));
        }
        return myself;
    }

    /** Verifies the TIMEX3 {@code mod} attribute, such as {@code "END"} for "late 2011". */
    public WhenAssert hasTimexMod(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (!actual.timexMod().equals(Optional.of(expected))) {
            throwAssertionError(ShouldHaveTimeProperty.shouldHaveTimexMod(actual, expected));
        }
        return myself;
    }

    /** Verifies what a person would write, such as {@code "late 2011"}. */
    public WhenAssert hasLabel(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (!actual.label().equals(expected)) {
            throwAssertionError(ShouldHaveTimeProperty.shouldHaveLabel(actual, expected));
        }
        return myself;
    }

    /** Verifies the precision; for a range, the coarser of its ends' ({@link When#precision()}). */
    public WhenAssert hasPrecision(Precision expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (actual.precision() != expected) {
            throwAssertionError(ShouldHaveTimeProperty.shouldHavePrecision(actual, expected));
        }
        return myself;
    }

    /** Verifies that the value has the modifier {@code expected}, as "late 2011" has {@link Modifier#END}. */
    public WhenAssert hasModifier(Modifier expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (actual.modifier().orElse(null) != expected) {
            throwAssertionError(ShouldHaveTimeProperty.shouldHaveModifier(actual, expected));
        }
        return myself;
    }

    /** Verifies that the value has no modifier: it is exactly its covered days ({@link When#isExact()}). */
    public WhenAssert isExact() {
        isNotNull();
        if (!actual.isExact()) {
            throwAssertionError(ShouldHaveTimeProperty.shouldBeExact(actual));
        }
        return myself;
    }

    /**
     * Verifies that the value certainly lies within {@code other}.
     *
     * @deprecated use {@link #isCertainlyDuring(String)}, whose name says "certainly"
     */
    @Deprecated
    public WhenAssert isDuring(String other) {
        return isCertainlyDuring(other);
    }

    /**
     * Verifies that the value certainly lies within {@code other}.
     *
     * @deprecated use {@link #isCertainlyDuring(When)}, whose name says "certainly"
     */
    @Deprecated
    public WhenAssert isDuring(When other) {
        return isCertainlyDuring(other);
    }

    /**
     * Verifies that the value may share a day with {@code other}.
     *
     * @deprecated use {@link #isPossiblyOverlapping(String)}, whose name says "possibly"
     */
    @Deprecated
    public WhenAssert overlaps(String other) {
        return isPossiblyOverlapping(other);
    }

    /**
     * Verifies that the value may share a day with {@code other}.
     *
     * @deprecated use {@link #isPossiblyOverlapping(When)}, whose name says "possibly"
     */
    @Deprecated
    public WhenAssert overlaps(When other) {
        return isPossiblyOverlapping(other);
    }

    /**
     * Verifies that the value shares no day with {@code other} under any reading.
     *
     * @deprecated use {@link #isCertainlyNotOverlapping(String)}
     */
    @Deprecated
    public WhenAssert doesNotOverlap(String other) {
        return isCertainlyNotOverlapping(other);
    }

    /**
     * Verifies that the value shares no day with {@code other} under any reading.
     *
     * @deprecated use {@link #isCertainlyNotOverlapping(When)}
     */
    @Deprecated
    public WhenAssert doesNotOverlap(When other) {
        return isCertainlyNotOverlapping(other);
    }

    /**
     * Verifies that the covered days run exactly from the first day of {@code first} to the last day of
     * {@code last}.
     *
     * @deprecated use {@link #hasSameDaysAs(String)} with a range, as {@code hasSameDaysAs("2011-09/2011-12")}
     */
    @Deprecated
    public WhenAssert covers(String first, String last) {
        return covers(parse(first).earliestDay(), parse(last).latestDay());
    }

    /**
     * Verifies that the covered days are exactly {@code first} to {@code last}, both inclusive.
     *
     * @deprecated use {@link #hasSameDaysAs(org.threeten.extra.LocalDateRange)} with
     *     {@code LocalDateRange.ofClosed(first, last)}
     */
    @Deprecated
    public WhenAssert covers(LocalDate first, LocalDate last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        isNotNull();
        if (!actual.earliestDay().equals(first) || !actual.latestDay().equals(last)) {
            throwAssertionError(ShouldHaveTimeProperty.shouldCover(actual, first, last));
        }
        return myself;
    }

    /**
     * Verifies that {@code day}, one day such as {@code "2025-09-03"} parsed like every string argument, is one of
     * the covered days.
     *
     * @deprecated use {@link #containsDay(String)}
     */
    @Deprecated
    public WhenAssert coversDay(String day) {
        return containsDay(day);
    }

    /**
     * Verifies that {@code day} is one of the covered days.
     *
     * @deprecated use {@link #containsDay(LocalDate)}
     */
    @Deprecated
    public WhenAssert coversDay(LocalDate day) {
        return containsDay(day);
    }
}
