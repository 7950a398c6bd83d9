package dev.timeline.assertj;

import dev.timeline.time.When;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.assertj.core.api.AbstractAssert;

/**
 * The relations of something's time to another time value, one family for values, events and tagger mentions:
 * {@code isCertainly…} holds under every reading of the modifiers ("late 2011" is some part of September–December
 * 2011), {@code isPossibly…} under at least one. {@link #hasSameDaysAs} and {@link #containsDay} compare covered days
 * whatever the labels. Values with an offset compare as instants ({@link When#instants()}).
 *
 * <p>Time arguments given as strings are parsed with {@link When#parse}; one that cannot be parsed fails the
 * assertion (and is collected by soft assertions) rather than throwing. {@link AbstractTimedAssert} adds overloads
 * for {@code java.time} and threeten-extra types.
 *
 * @param <SELF> the assertion class itself, returned by every check
 * @param <ACTUAL> the type of the object whose time is checked
 */
public abstract class AbstractRelationsAssert<SELF extends AbstractRelationsAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractAssert<SELF, ACTUAL> {

    /** Creates an assertion on {@code actual}, returning {@code selfType} from every check. */
    protected AbstractRelationsAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** The time of the actual object; fails the assertion if it has none that relations apply to. */
    protected abstract When time();

    /** How failure messages name the actual object, such as {@code "late 2011" (2011-09-01..2011-12-31)}. */
    protected abstract String subject();

    /** Parses {@code text} with {@link When#parse}; a typo fails this assertion. */
    protected final When parse(String text) {
        return TimeArguments.parse(text, info);
    }

    /** Verifies that the time certainly ends before {@code other} starts ({@link When#isCertainlyBefore}). */
    public SELF isCertainlyBefore(When other) {
        return check(other, When::isCertainlyBefore, "be certainly before");
    }

    /** Verifies that the time certainly ends before {@code other}, parsed with {@link When#parse}, starts. */
    public SELF isCertainlyBefore(String other) {
        return isCertainlyBefore(parse(other));
    }

    /** Verifies that the time may end before {@code other} starts ({@link When#isPossiblyBefore}). */
    public SELF isPossiblyBefore(When other) {
        return check(other, When::isPossiblyBefore, "be possibly before");
    }

    /** Verifies that the time may end before {@code other}, parsed with {@link When#parse}, starts. */
    public SELF isPossiblyBefore(String other) {
        return isPossiblyBefore(parse(other));
    }

    /** Verifies that the time certainly starts after {@code other} ends ({@link When#isCertainlyAfter}). */
    public SELF isCertainlyAfter(When other) {
        return check(other, When::isCertainlyAfter, "be certainly after");
    }

    /** Verifies that the time certainly starts after {@code other}, parsed with {@link When#parse}, ends. */
    public SELF isCertainlyAfter(String other) {
        return isCertainlyAfter(parse(other));
    }

    /** Verifies that the time may start after {@code other} ends ({@link When#isPossiblyAfter}). */
    public SELF isPossiblyAfter(When other) {
        return check(other, When::isPossiblyAfter, "be possibly after");
    }

    /** Verifies that the time may start after {@code other}, parsed with {@link When#parse}, ends. */
    public SELF isPossiblyAfter(String other) {
        return isPossiblyAfter(parse(other));
    }

    /**
     * Verifies that the time certainly lies within {@code other} ({@link When#isCertainlyDuring}): "3 Sep 2025" is
     * certainly during "2025" and during "2025-09-03"; "2025" is not certainly during "late 2025".
     */
    public SELF isCertainlyDuring(When other) {
        return check(other, When::isCertainlyDuring, "be certainly during");
    }

    /** Verifies that the time certainly lies within {@code other}, parsed with {@link When#parse}. */
    public SELF isCertainlyDuring(String other) {
        return isCertainlyDuring(parse(other));
    }

    /** Verifies that the time shares at least one day with {@code other} under every reading of the modifiers. */
    public SELF isCertainlyOverlapping(When other) {
        return check(other, When::certainlyOverlaps, "certainly overlap");
    }

    /** Verifies that the time certainly shares a day with {@code other}, parsed with {@link When#parse}. */
    public SELF isCertainlyOverlapping(String other) {
        return isCertainlyOverlapping(parse(other));
    }

    /** Verifies that the time may share at least one day with {@code other} ({@link When#possiblyOverlaps}). */
    public SELF isPossiblyOverlapping(When other) {
        return check(other, When::possiblyOverlaps, "possibly overlap");
    }

    /** Verifies that the time may share a day with {@code other}, parsed with {@link When#parse}. */
    public SELF isPossiblyOverlapping(String other) {
        return isPossiblyOverlapping(parse(other));
    }

    /** Verifies that the time shares no day with {@code other} under any reading of the modifiers. */
    public SELF isCertainlyNotOverlapping(When other) {
        return check(other, (a, b) -> !a.possiblyOverlaps(b), "certainly not overlap");
    }

    /** Verifies that the time shares no day with {@code other}, parsed with {@link When#parse}, under any reading. */
    public SELF isCertainlyNotOverlapping(String other) {
        return isCertainlyNotOverlapping(parse(other));
    }

    /**
     * Verifies that the time covers exactly the days {@code other} covers, whatever the labels: "2025-W36" has the
     * same days as "2025-09-01/2025-09-07"; "September 2025" has not the same days as "3 Sep 2025".
     */
    public SELF hasSameDaysAs(When other) {
        return check(other, (a, b) -> a.coveredDays().equals(b.coveredDays()), "cover the same days as");
    }

    /** Verifies that the time covers exactly the days of {@code other}, parsed with {@link When#parse}. */
    public SELF hasSameDaysAs(String other) {
        return hasSameDaysAs(parse(other));
    }

    /** Verifies that {@code day} is one of the covered days: the time may refer to it. */
    public SELF containsDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        isNotNull();
        When time = time();
        if (day.isBefore(time.earliestDay()) || day.isAfter(time.latestDay())) {
            throwAssertionError(ShouldHaveTimeProperty.shouldContainDay(subject(), time, day));
        }
        return myself;
    }

    /**
     * Verifies that {@code day}, parsed with {@link When#parse} and naming one day such as {@code "2025-09-03"}, is
     * one of the covered days.
     */
    public SELF containsDay(String day) {
        return containsDay(TimeArguments.parseDay(day, info).earliestDay());
    }

    private SELF check(When other, BiPredicate<When, When> holds, String expectation) {
        Objects.requireNonNull(other, "other");
        isNotNull();
        When time = time();
        if (!holds.test(time, other)) {
            throwAssertionError(ShouldRelateTo.shouldRelate(subject(), expectation, time, other));
        }
        return myself;
    }
}
