package dev.timeline.assertj;

import dev.timeline.time.Modifier;
import dev.timeline.time.Precision;
import dev.timeline.time.When;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Assertions on an imprecise date or range, a {@link When}; obtain one with
 * {@link TimelineAssertions#assertThat(When)}.
 *
 * <pre>{@code
 * assertThat(When.parse("2011").withModifier(Modifier.END))
 *         .hasLabel("late 2011")
 *         .covers("2011-09-01", "2011-12-31")
 *         .isDuring("2011")
 *         .isPossiblyBefore("2011-12");
 * }</pre>
 *
 * <p>Relation checks follow {@link When}: "certainly" means under every reading of the modifiers, "possibly"
 * under at least one. A failure shows both values with their labels and covered days and says what does hold.
 * Time arguments given as strings are parsed with {@link When#parse}. Not thread-safe, like every AssertJ
 * assertion.
 */
public class WhenAssert extends AbstractTimexValueAssert<WhenAssert, When> {

    /** Creates an assertion on {@code actual}; prefer {@link TimelineAssertions#assertThat(When)}. */
    public WhenAssert(When actual) {
        super(actual, WhenAssert.class);
    }

    /** Verifies that the value certainly ends before {@code other} starts ({@link When#isCertainlyBefore}). */
    public WhenAssert isCertainlyBefore(String other) {
        return isCertainlyBefore(When.parse(other));
    }

    /** Verifies that the value certainly ends before {@code other} starts ({@link When#isCertainlyBefore}). */
    public WhenAssert isCertainlyBefore(When other) {
        Objects.requireNonNull(other, "other");
        isNotNull();
        if (!actual.isCertainlyBefore(other)) {
            throwAssertionError(ShouldRelateTo.shouldBeCertainlyBefore(actual, other));
        }
        return myself;
    }

    /** Verifies that the value may end before {@code other} starts ({@link When#isPossiblyBefore}). */
    public WhenAssert isPossiblyBefore(String other) {
        return isPossiblyBefore(When.parse(other));
    }

    /** Verifies that the value may end before {@code other} starts ({@link When#isPossiblyBefore}). */
    public WhenAssert isPossiblyBefore(When other) {
        Objects.requireNonNull(other, "other");
        isNotNull();
        if (!actual.isPossiblyBefore(other)) {
            throwAssertionError(ShouldRelateTo.shouldBePossiblyBefore(actual, other));
        }
        return myself;
    }

    /** Verifies that the value certainly starts after {@code other} ends ({@link When#isCertainlyAfter}). */
    public WhenAssert isCertainlyAfter(String other) {
        return isCertainlyAfter(When.parse(other));
    }

    /** Verifies that the value certainly starts after {@code other} ends ({@link When#isCertainlyAfter}). */
    public WhenAssert isCertainlyAfter(When other) {
        Objects.requireNonNull(other, "other");
        isNotNull();
        if (!actual.isCertainlyAfter(other)) {
            throwAssertionError(ShouldRelateTo.shouldBeCertainlyAfter(actual, other));
        }
        return myself;
    }

    /** Verifies that the value may start after {@code other} ends ({@link When#isPossiblyAfter}). */
    public WhenAssert isPossiblyAfter(String other) {
        return isPossiblyAfter(When.parse(other));
    }

    /** Verifies that the value may start after {@code other} ends ({@link When#isPossiblyAfter}). */
    public WhenAssert isPossiblyAfter(When other) {
        Objects.requireNonNull(other, "other");
        isNotNull();
        if (!actual.isPossiblyAfter(other)) {
            throwAssertionError(ShouldRelateTo.shouldBePossiblyAfter(actual, other));
        }
        return myself;
    }

    /** Verifies that the value may share at least one day with {@code other} ({@link When#possiblyOverlaps}). */
    public WhenAssert overlaps(String other) {
        return overlaps(When.parse(other));
    }

    /** Verifies that the value may share at least one day with {@code other} ({@link When#possiblyOverlaps}). */
    public WhenAssert overlaps(When other) {
        Objects.requireNonNull(other, "other");
        isNotNull();
        if (!actual.possiblyOverlaps(other)) {
            throwAssertionError(ShouldRelateTo.shouldOverlap(actual, other));
        }
        return myself;
    }

    /** Verifies that the value shares no day with {@code other} under any reading of their modifiers. */
    public WhenAssert doesNotOverlap(String other) {
        return doesNotOverlap(When.parse(other));
    }

    /** Verifies that the value shares no day with {@code other} under any reading of their modifiers. */
    public WhenAssert doesNotOverlap(When other) {
        Objects.requireNonNull(other, "other");
        isNotNull();
        if (actual.possiblyOverlaps(other)) {
            throwAssertionError(ShouldRelateTo.shouldNotOverlap(actual, other));
        }
        return myself;
    }

    /**
     * Verifies that the value certainly lies within {@code other} ({@link When#isCertainlyDuring}): "3 Sep 2025" is
     * during "2025" and during "2025-09-03"; "2025" is not during "late 2025".
     */
    public WhenAssert isDuring(String other) {
        return isDuring(When.parse(other));
    }

    /** Verifies that the value certainly lies within {@code other} ({@link When#isCertainlyDuring}). */
    public WhenAssert isDuring(When other) {
        Objects.requireNonNull(other, "other");
        isNotNull();
        if (!actual.isCertainlyDuring(other)) {
            throwAssertionError(ShouldRelateTo.shouldBeDuring(actual, other));
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
     * Verifies that the covered days are exactly from the first day of {@code first} to the last day of
     * {@code last}, both inclusive: {@code covers("2025-09-01", "2025-09-07")} for the week "2025-W36",
     * {@code covers("2011-09", "2011-12")} for "late 2011".
     *
     * @throws dev.timeline.time.TimeValueParseException if either argument cannot be parsed
     */
    public WhenAssert covers(String first, String last) {
        return covers(When.parse(first).earliestDay(), When.parse(last).latestDay());
    }

    /** Verifies that the covered days are exactly {@code first} to {@code last}, both inclusive. */
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
     * Verifies that {@code day}, an ISO date such as {@code "2025-09-03"}, is one of the covered days: the value may
     * refer to it.
     *
     * @throws java.time.format.DateTimeParseException if {@code day} is not an ISO date
     */
    public WhenAssert coversDay(String day) {
        return coversDay(LocalDate.parse(day));
    }

    /** Verifies that {@code day} is one of the covered days: the value may refer to it. */
    public WhenAssert coversDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        isNotNull();
        if (day.isBefore(actual.earliestDay()) || day.isAfter(actual.latestDay())) {
            throwAssertionError(ShouldHaveTimeProperty.shouldCoverDay(actual, day));
        }
        return myself;
    }
}
