package dev.timeline.assertj;

import dev.timeline.time.When;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;
import org.threeten.extra.YearWeek;

/**
 * The relations of {@link AbstractRelationsAssert} taking the calendar types tests reach for: {@link LocalDate},
 * {@link YearMonth}, {@link Year}, and threeten-extra's {@link YearWeek}, {@link YearQuarter} and
 * {@link LocalDateRange}. Each is read as the {@link When} its factory gives ({@link When#of(LocalDate)} and the
 * like), so {@code isCertainlyDuring(YearWeek.of(2025, 36))} means {@code isCertainlyDuring("2025-W36")}.
 *
 * @param <SELF> the assertion class itself, returned by every check
 * @param <ACTUAL> the type of the object whose time is checked
 */
public abstract class AbstractTimedAssert<SELF extends AbstractTimedAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractRelationsAssert<SELF, ACTUAL> {

    /** Creates an assertion on {@code actual}, returning {@code selfType} from every check. */
    protected AbstractTimedAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** {@link #isCertainlyBefore(When)} with the day {@code other}. */
    public SELF isCertainlyBefore(LocalDate other) {
        return isCertainlyBefore(When.of(other));
    }

    /** {@link #isCertainlyBefore(When)} with the month {@code other}. */
    public SELF isCertainlyBefore(YearMonth other) {
        return isCertainlyBefore(When.of(other));
    }

    /** {@link #isCertainlyBefore(When)} with the year {@code other}. */
    public SELF isCertainlyBefore(Year other) {
        return isCertainlyBefore(When.of(other));
    }

    /** {@link #isCertainlyBefore(When)} with the ISO week {@code other}. */
    public SELF isCertainlyBefore(YearWeek other) {
        return isCertainlyBefore(When.of(other));
    }

    /** {@link #isCertainlyBefore(When)} with the quarter {@code other}. */
    public SELF isCertainlyBefore(YearQuarter other) {
        return isCertainlyBefore(When.of(other));
    }

    /** {@link #isCertainlyBefore(When)} with the days {@code other}. */
    public SELF isCertainlyBefore(LocalDateRange other) {
        return isCertainlyBefore(When.of(other));
    }

    /** {@link #isPossiblyBefore(When)} with the day {@code other}. */
    public SELF isPossiblyBefore(LocalDate other) {
        return isPossiblyBefore(When.of(other));
    }

    /** {@link #isPossiblyBefore(When)} with the month {@code other}. */
    public SELF isPossiblyBefore(YearMonth other) {
        return isPossiblyBefore(When.of(other));
    }

    /** {@link #isPossiblyBefore(When)} with the year {@code other}. */
    public SELF isPossiblyBefore(Year other) {
        return isPossiblyBefore(When.of(other));
    }

    /** {@link #isPossiblyBefore(When)} with the ISO week {@code other}. */
    public SELF isPossiblyBefore(YearWeek other) {
        return isPossiblyBefore(When.of(other));
    }

    /** {@link #isPossiblyBefore(When)} with the quarter {@code other}. */
    public SELF isPossiblyBefore(YearQuarter other) {
        return isPossiblyBefore(When.of(other));
    }

    /** {@link #isPossiblyBefore(When)} with the days {@code other}. */
    public SELF isPossiblyBefore(LocalDateRange other) {
        return isPossiblyBefore(When.of(other));
    }

    /** {@link #isCertainlyAfter(When)} with the day {@code other}. */
    public SELF isCertainlyAfter(LocalDate other) {
        return isCertainlyAfter(When.of(other));
    }

    /** {@link #isCertainlyAfter(When)} with the month {@code other}. */
    public SELF isCertainlyAfter(YearMonth other) {
        return isCertainlyAfter(When.of(other));
    }

    /** {@link #isCertainlyAfter(When)} with the year {@code other}. */
    public SELF isCertainlyAfter(Year other) {
        return isCertainlyAfter(When.of(other));
    }

    /** {@link #isCertainlyAfter(When)} with the ISO week {@code other}. */
    public SELF isCertainlyAfter(YearWeek other) {
        return isCertainlyAfter(When.of(other));
    }

    /** {@link #isCertainlyAfter(When)} with the quarter {@code other}. */
    public SELF isCertainlyAfter(YearQuarter other) {
        return isCertainlyAfter(When.of(other));
    }

    /** {@link #isCertainlyAfter(When)} with the days {@code other}. */
    public SELF isCertainlyAfter(LocalDateRange other) {
        return isCertainlyAfter(When.of(other));
    }

    /** {@link #isPossiblyAfter(When)} with the day {@code other}. */
    public SELF isPossiblyAfter(LocalDate other) {
        return isPossiblyAfter(When.of(other));
    }

    /** {@link #isPossiblyAfter(When)} with the month {@code other}. */
    public SELF isPossiblyAfter(YearMonth other) {
        return isPossiblyAfter(When.of(other));
    }

    /** {@link #isPossiblyAfter(When)} with the year {@code other}. */
    public SELF isPossiblyAfter(Year other) {
        return isPossiblyAfter(When.of(other));
    }

    /** {@link #isPossiblyAfter(When)} with the ISO week {@code other}. */
    public SELF isPossiblyAfter(YearWeek other) {
        return isPossiblyAfter(When.of(other));
    }

    /** {@link #isPossiblyAfter(When)} with the quarter {@code other}. */
    public SELF isPossiblyAfter(YearQuarter other) {
        return isPossiblyAfter(When.of(other));
    }

    /** {@link #isPossiblyAfter(When)} with the days {@code other}. */
    public SELF isPossiblyAfter(LocalDateRange other) {
        return isPossiblyAfter(When.of(other));
    }

    /** {@link #isCertainlyDuring(When)} with the day {@code other}. */
    public SELF isCertainlyDuring(LocalDate other) {
        return isCertainlyDuring(When.of(other));
    }

    /** {@link #isCertainlyDuring(When)} with the month {@code other}. */
    public SELF isCertainlyDuring(YearMonth other) {
        return isCertainlyDuring(When.of(other));
    }

    /** {@link #isCertainlyDuring(When)} with the year {@code other}. */
    public SELF isCertainlyDuring(Year other) {
        return isCertainlyDuring(When.of(other));
    }

    /** {@link #isCertainlyDuring(When)} with the ISO week {@code other}. */
    public SELF isCertainlyDuring(YearWeek other) {
        return isCertainlyDuring(When.of(other));
    }

    /** {@link #isCertainlyDuring(When)} with the quarter {@code other}. */
    public SELF isCertainlyDuring(YearQuarter other) {
        return isCertainlyDuring(When.of(other));
    }

    /** {@link #isCertainlyDuring(When)} with the days {@code other}. */
    public SELF isCertainlyDuring(LocalDateRange other) {
        return isCertainlyDuring(When.of(other));
    }

    /** {@link #isCertainlyOverlapping(When)} with the day {@code other}. */
    public SELF isCertainlyOverlapping(LocalDate other) {
        return isCertainlyOverlapping(When.of(other));
    }

    /** {@link #isCertainlyOverlapping(When)} with the month {@code other}. */
    public SELF isCertainlyOverlapping(YearMonth other) {
        return isCertainlyOverlapping(When.of(other));
    }

    /** {@link #isCertainlyOverlapping(When)} with the year {@code other}. */
    public SELF isCertainlyOverlapping(Year other) {
        return isCertainlyOverlapping(When.of(other));
    }

    /** {@link #isCertainlyOverlapping(When)} with the ISO week {@code other}. */
    public SELF isCertainlyOverlapping(YearWeek other) {
        return isCertainlyOverlapping(When.of(other));
    }

    /** {@link #isCertainlyOverlapping(When)} with the quarter {@code other}. */
    public SELF isCertainlyOverlapping(YearQuarter other) {
        return isCertainlyOverlapping(When.of(other));
    }

    /** {@link #isCertainlyOverlapping(When)} with the days {@code other}. */
    public SELF isCertainlyOverlapping(LocalDateRange other) {
        return isCertainlyOverlapping(When.of(other));
    }

    /** {@link #isPossiblyOverlapping(When)} with the day {@code other}. */
    public SELF isPossiblyOverlapping(LocalDate other) {
        return isPossiblyOverlapping(When.of(other));
    }

    /** {@link #isPossiblyOverlapping(When)} with the month {@code other}. */
    public SELF isPossiblyOverlapping(YearMonth other) {
        return isPossiblyOverlapping(When.of(other));
    }

    /** {@link #isPossiblyOverlapping(When)} with the year {@code other}. */
    public SELF isPossiblyOverlapping(Year other) {
        return isPossiblyOverlapping(When.of(other));
    }

    /** {@link #isPossiblyOverlapping(When)} with the ISO week {@code other}. */
    public SELF isPossiblyOverlapping(YearWeek other) {
        return isPossiblyOverlapping(When.of(other));
    }

    /** {@link #isPossiblyOverlapping(When)} with the quarter {@code other}. */
    public SELF isPossiblyOverlapping(YearQuarter other) {
        return isPossiblyOverlapping(When.of(other));
    }

    /** {@link #isPossiblyOverlapping(When)} with the days {@code other}. */
    public SELF isPossiblyOverlapping(LocalDateRange other) {
        return isPossiblyOverlapping(When.of(other));
    }

    /** {@link #isCertainlyNotOverlapping(When)} with the day {@code other}. */
    public SELF isCertainlyNotOverlapping(LocalDate other) {
        return isCertainlyNotOverlapping(When.of(other));
    }

    /** {@link #isCertainlyNotOverlapping(When)} with the month {@code other}. */
    public SELF isCertainlyNotOverlapping(YearMonth other) {
        return isCertainlyNotOverlapping(When.of(other));
    }

    /** {@link #isCertainlyNotOverlapping(When)} with the year {@code other}. */
    public SELF isCertainlyNotOverlapping(Year other) {
        return isCertainlyNotOverlapping(When.of(other));
    }

    /** {@link #isCertainlyNotOverlapping(When)} with the ISO week {@code other}. */
    public SELF isCertainlyNotOverlapping(YearWeek other) {
        return isCertainlyNotOverlapping(When.of(other));
    }

    /** {@link #isCertainlyNotOverlapping(When)} with the quarter {@code other}. */
    public SELF isCertainlyNotOverlapping(YearQuarter other) {
        return isCertainlyNotOverlapping(When.of(other));
    }

    /** {@link #isCertainlyNotOverlapping(When)} with the days {@code other}. */
    public SELF isCertainlyNotOverlapping(LocalDateRange other) {
        return isCertainlyNotOverlapping(When.of(other));
    }

    /** {@link #hasSameDaysAs(When)} with the day {@code other}. */
    public SELF hasSameDaysAs(LocalDate other) {
        return hasSameDaysAs(When.of(other));
    }

    /** {@link #hasSameDaysAs(When)} with the month {@code other}. */
    public SELF hasSameDaysAs(YearMonth other) {
        return hasSameDaysAs(When.of(other));
    }

    /** {@link #hasSameDaysAs(When)} with the year {@code other}. */
    public SELF hasSameDaysAs(Year other) {
        return hasSameDaysAs(When.of(other));
    }

    /** {@link #hasSameDaysAs(When)} with the ISO week {@code other}. */
    public SELF hasSameDaysAs(YearWeek other) {
        return hasSameDaysAs(When.of(other));
    }

    /** {@link #hasSameDaysAs(When)} with the quarter {@code other}. */
    public SELF hasSameDaysAs(YearQuarter other) {
        return hasSameDaysAs(When.of(other));
    }

    /** {@link #hasSameDaysAs(When)} with the days {@code other}. */
    public SELF hasSameDaysAs(LocalDateRange other) {
        return hasSameDaysAs(When.of(other));
    }
}
