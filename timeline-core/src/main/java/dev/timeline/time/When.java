package dev.timeline.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;
import org.threeten.extra.YearWeek;

/**
 * A span of calendar days known only to some precision: one {@link TimePoint} such as "October 2025" or a range
 * between two such as "31 Aug – 3 Sep 2025", optionally qualified by a {@link Modifier} as in "late 2011".
 *
 * <h2>Covered days</h2>
 * {@link #earliestDay()} and {@link #latestDay()} bound, inclusively, every day the value may refer to:
 * <ul>
 * <li>Unmodified: the days of the point, or from the first day of {@link #start()} to the last day of
 * {@link #end()}.</li>
 * <li>{@link Modifier#START}, {@link Modifier#MID}, {@link Modifier#END} pick the first, middle or last third of the
 * unit: January–April, May–August, September–December of a year; months 1–2, 3–4, 5–6 of a half; the first, second,
 * third month of a quarter or season; days 1–10, 11–20, 21–end of a month; Monday–Tuesday, Wednesday–Thursday,
 * Friday–Sunday of a week; years 0–3, 4–6, 7–9 of a decade; years 0–33, 34–66, 67–99 of a century. A day (or finer)
 * keeps its day. For a range of n days, the first and last thirds are {@code n / 3} days long and the middle third
 * takes the rest; ranges shorter than three days keep all their days.</li>
 * <li>{@link Modifier#APPROX} widens by one unit on each side: "about 2011" covers 2010–2012, "about 3 Sep 2025"
 * covers 2–4 Sep 2025 (a time of day widens by a day too); a range widens by the unit of its start before and the
 * unit of its end after.</li>
 * <li>{@link Modifier#BEFORE}, {@link Modifier#ON_OR_BEFORE} are open towards the past: {@code earliestDay()} is
 * {@link LocalDate#MIN}, and {@code latestDay()} the day before the unit (or its last day). {@link Modifier#AFTER},
 * {@link Modifier#ON_OR_AFTER} are open towards the future: {@code latestDay()} is {@link LocalDate#MAX}.
 * {@link #coveredDays()} then is an unbounded {@link LocalDateRange}.</li>
 * </ul>
 *
 * <h2>Relations</h2>
 * An unmodified value is an exact interval: exactly its covered days. A modified value denotes some unknown
 * sub-interval of its covered days. {@link #possibleRelationsTo} returns every {@link AllenRelation} some choice of
 * those sub-intervals gives, computed in constant time from the bounds. Days are the grain, each value's days taken
 * in its own offset, with one exception: two unmodified values whose ends all have a time of day and an offset
 * ({@link #instants()} is present for both) compare as instants, so {@code 2025-09-03T23:30-05:00} (04:30 UTC on
 * 4 Sep) is after {@code 2025-09-04T01:00Z}. A local time without an offset names no instant and compares by its
 * day.
 *
 * <h2>Syntax</h2>
 * {@link #timexValue()} is the TIMEX3 value of a point, and for a range the ISO 8601 interval of the two TIMEX3
 * values ({@code 2018/2019}), which TimeML itself would annotate as two TIMEX3 elements. {@link #edtf()} gives EDTF.
 * {@link #parse} reads both.
 *
 * <h2>Order</h2>
 * The natural order is by start, then end, then precision coarse to fine, then start point, end point and modifier
 * (unmodified first); it is consistent with {@link #equals}. Start and end are the instants of {@link #instants()}
 * where present, and otherwise the start of the earliest day and the end of the latest day read in UTC. It is a
 * total order for sorting and sorted collections, such as a timeline's events: it does not say that one value is
 * before another ("2011" sorts before "late 2011" though neither is before the other). For that use
 * {@link #isCertainlyBefore} and the other relations. {@code When} stays {@link Comparable} because timelines,
 * sorted maps and stable JSON output need one agreed order.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class When implements TimexValue, Comparable<When> {
    private static final long SECONDS_PER_DAY = 86_400;
    private static final Comparator<When> ORDER = Comparator.comparingLong(When::startSecond)
            .thenComparingLong(When::endSecond)
            .thenComparing(When::precision)
            .thenComparing(When::start)
            .thenComparing(When::end)
            .thenComparing(w -> w.modifier, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final TimePoint start;
    private final TimePoint end;
    private final Modifier modifier;
    private final LocalDate earliest;
    private final LocalDate latest;

    private When(TimePoint start, TimePoint end, Modifier modifier) {
        this.start = start;
        this.end = end;
        this.modifier = modifier;
        LocalDate[] days = Coverage.of(start, end, modifier);
        this.earliest = days[0];
        this.latest = days[1];
    }

    /** Returns the unmodified point {@code point}, such as "October 2025". */
    public static When of(TimePoint point) {
        Objects.requireNonNull(point, "point");
        return new When(point, point, null);
    }

    /**
     * Returns {@code point} qualified by {@code modifier}, such as "late 2011".
     *
     * @throws IllegalArgumentException if the modifier applies to lengths only, such as {@link Modifier#LESS_THAN}
     */
    public static When of(TimePoint point, Modifier modifier) {
        return of(point).withModifier(modifier);
    }

    /** Returns the day {@code date}, such as "3 Sep 2025". */
    public static When ofDay(LocalDate date) {
        return of(TimePoint.ofDay(Objects.requireNonNull(date, "date")));
    }

    /** Returns the day {@code date}, such as "3 Sep 2025"; the same as {@link #ofDay}. */
    public static When of(LocalDate date) {
        return ofDay(date);
    }

    /**
     * Returns the year {@code year}, such as "2011".
     *
     * @throws IllegalArgumentException if outside 0..9999
     */
    public static When ofYear(int year) {
        return of(TimePoint.ofYear(year));
    }

    /**
     * Returns the year {@code year}, such as "2011".
     *
     * @throws IllegalArgumentException if outside 0..9999
     */
    public static When of(Year year) {
        return ofYear(Objects.requireNonNull(year, "year").getValue());
    }

    /**
     * Returns the month {@code month}, such as "October 2025".
     *
     * @throws IllegalArgumentException if its year is outside 0..9999
     */
    public static When of(YearMonth month) {
        return of(TimePoint.ofMonth(Objects.requireNonNull(month, "month")));
    }

    /**
     * Returns the ISO week {@code week}, Monday to Sunday, such as "week of 1 Sep 2025".
     *
     * @throws IllegalArgumentException if its year is outside 0..9999
     */
    public static When of(YearWeek week) {
        return of(TimePoint.ofWeek(Objects.requireNonNull(week, "week")));
    }

    /**
     * Returns the quarter {@code quarter}, such as "Q3 2025".
     *
     * @throws IllegalArgumentException if its year is outside 0..9999
     */
    public static When of(YearQuarter quarter) {
        return of(TimePoint.ofQuarter(Objects.requireNonNull(quarter, "quarter")));
    }

    /**
     * Returns the days of {@code days}: one day, or the range from its first to its last day, such as
     * "31 Aug – 3 Sep 2025".
     *
     * @throws IllegalArgumentException if the range is empty or unbounded, or a year is outside 0..9999
     */
    public static When of(LocalDateRange days) {
        Objects.requireNonNull(days, "days");
        if (days.isEmpty() || days.isUnboundedStart() || days.isUnboundedEnd()) {
            throw new IllegalArgumentException("a When needs a non-empty, bounded range of days: " + days);
        }
        return range(TimePoint.ofDay(days.getStart()), TimePoint.ofDay(days.getEndInclusive()));
    }

    /**
     * Returns the second that contains {@code instant}, in UTC, such as "4 Sep 2025, 01:00:00 UTC".
     *
     * @throws IllegalArgumentException if its year in UTC is outside 0..9999
     */
    public static When of(Instant instant) {
        return of(TimePoint.ofInstant(instant));
    }

    /**
     * Returns the second that contains {@code dateTime}, with its offset; its day is the day in that offset.
     *
     * @throws IllegalArgumentException if its year is outside 0..9999
     */
    public static When of(OffsetDateTime dateTime) {
        return of(TimePoint.ofDateTime(dateTime));
    }

    /**
     * Returns the second that contains {@code dateTime}, with the offset its zone has then; the zone's name is not
     * kept.
     *
     * @throws IllegalArgumentException if its year is outside 0..9999
     */
    public static When of(ZonedDateTime dateTime) {
        return of(TimePoint.ofDateTime(dateTime));
    }

    /**
     * Returns the range from {@code start} to {@code end}, both inclusive, such as "2018–2019". If the two are equal
     * this is the point {@code of(start)}.
     *
     * @throws IllegalArgumentException if {@code end} starts before {@code start} or ends before it
     */
    public static When range(TimePoint start, TimePoint end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            return of(start);
        }
        // two ends with offsets are ordered by instant, whatever their days in their own offsets
        boolean backwards = start.offset().isPresent() && end.offset().isPresent()
                ? end.startSecond() < start.startSecond()
                : end.earliestDay().isBefore(start.earliestDay()) || end.latestDay().isBefore(start.latestDay())
                        || end.compareTo(start) < 0;
        if (backwards) {
            throw new IllegalArgumentException("range ends before it starts: " + start + " > " + end);
        }
        return new When(start, end, null);
    }

    /**
     * Parses a TIMEX3 value ({@code 2025-09-03}, {@code 2025-W36}, {@code 2025-SU}, {@code 199}) or an EDTF string
     * ({@code 2011~}, {@code 2018/2019}, {@code 2025-21}, {@code 2011-39}, {@code ../2011}).
     *
     * @throws TimeValueParseException naming the offending character if the text is neither, or names an impossible
     *     date such as {@code 2025-02-30}
     */
    public static When parse(CharSequence text) {
        return WhenParser.parse(Objects.requireNonNull(text, "text").toString());
    }

    /**
     * Parses a TIMEX3 {@code value} with its {@code mod} attribute, such as ({@code 2011}, {@code END}).
     *
     * @throws TimeValueParseException if the value cannot be parsed, is already modified (as EDTF {@code 2011~} is),
     *     or the modifier applies to lengths only
     */
    public static When parse(CharSequence value, Modifier mod) {
        Objects.requireNonNull(mod, "mod");
        When w = parse(value);
        if (w.modifier != null && w.modifier != mod) {
            throw new TimeValueParseException("the value is already modified (" + w.modifier.timexName()
                    + ") and cannot also take mod " + mod.timexName(), value, 0);
        }
        if (!mod.appliesToDates()) {
            throw new TimeValueParseException("mod " + mod.timexName() + " applies to durations, not dates", value, 0);
        }
        return w.withModifier(mod);
    }

    /**
     * Parses TIMEX3 attributes: {@code value} with the {@code mod} attribute's text, such as ({@code 2011},
     * {@code "END"}).
     *
     * @throws TimeValueParseException if either cannot be parsed
     */
    public static When parseTimex(String value, String mod) {
        Objects.requireNonNull(mod, "mod");
        Modifier m;
        try {
            m = Modifier.fromTimex(mod);
        } catch (IllegalArgumentException e) {
            throw new TimeValueParseException(e.getMessage(), mod, 0);
        }
        return parse(value, m);
    }

    /**
     * Returns a copy qualified by {@code modifier}, replacing any modifier this value has.
     *
     * @throws IllegalArgumentException if the modifier applies to lengths only, such as {@link Modifier#LESS_THAN}
     */
    public When withModifier(Modifier modifier) {
        Objects.requireNonNull(modifier, "modifier");
        if (!modifier.appliesToDates()) {
            throw new IllegalArgumentException("modifier " + modifier + " applies to lengths, not dates");
        }
        return modifier == this.modifier ? this : new When(start, end, modifier);
    }

    /** Returns a copy without a modifier: exactly the days of the point or range. */
    public When withoutModifier() {
        return modifier == null ? this : new When(start, end, null);
    }

    /** The first point; for a point value, the point itself. */
    public TimePoint start() {
        return start;
    }

    /** The last point; for a point value, the same as {@link #start()}. */
    public TimePoint end() {
        return end;
    }

    /** Returns true if this is a range between two different points. */
    public boolean isRange() {
        return !start.equals(end);
    }

    /** The modifier, if any. */
    public Optional<Modifier> modifier() {
        return Optional.ofNullable(modifier);
    }

    /** Returns true if unmodified: the value is exactly its covered days rather than some part of them. */
    public boolean isExact() {
        return modifier == null;
    }

    /** The precision of a point; for a range, the coarser precision of its two ends. */
    public Precision precision() {
        return start.precision().compareTo(end.precision()) <= 0 ? start.precision() : end.precision();
    }

    /** The first day this value may refer to, inclusive; {@link LocalDate#MIN} if open towards the past. */
    public LocalDate earliestDay() {
        return earliest;
    }

    /** The last day this value may refer to, inclusive; {@link LocalDate#MAX} if open towards the future. */
    public LocalDate latestDay() {
        return latest;
    }

    /**
     * The instants this value names, if it is unmodified and both its ends have a time of day and an offset: from
     * the start of its start point (inclusive) to the end of its end point (exclusive). {@code 2025-09-03T23:30-05:00}
     * names {@code 2025-09-04T04:30:00Z/2025-09-04T04:31:00Z}.
     */
    public Optional<Interval> instants() {
        if (modifier != null) {
            return Optional.empty();
        }
        Optional<Interval> first = start.instants();
        Optional<Interval> last = end.instants();
        return first.isPresent() && last.isPresent()
                ? Optional.of(Interval.of(first.get().getStart(), last.get().getEnd())) : Optional.empty();
    }

    private boolean hasInstants() {
        return modifier == null && start.offset().isPresent() && end.offset().isPresent();
    }

    private long startSecond() {
        return hasInstants() ? start.startSecond() : earliest.toEpochDay() * SECONDS_PER_DAY;
    }

    private long endSecond() {
        return hasInstants() ? end.endSecond() : (latest.toEpochDay() + 1) * SECONDS_PER_DAY;
    }

    /** The days this value may refer to; unbounded at an open end ("before 2011"). */
    public LocalDateRange coveredDays() {
        return LocalDateRange.ofClosed(earliest, latest);
    }

    /** The TIMEX3 value ({@code 2011}); for a range the ISO 8601 interval of the two values ({@code 2018/2019}). */
    @Override
    public String timexValue() {
        return isRange() ? start.timexValue() + "/" + end.timexValue() : start.timexValue();
    }

    /** The TIMEX3 {@code mod} attribute, such as {@code END} for "late 2011". */
    @Override
    public Optional<String> timexMod() {
        return modifier().map(Modifier::timexName);
    }

    /**
     * The EDTF (ISO 8601-2) form: {@code 2011~} (about), {@code 2011-39} (late, a year's third quadrimester),
     * {@code 2018/2019}, {@code 2025-21} (spring), {@code ../2011} (on or before), {@code 199X} (a decade),
     * {@code 2025-W36} (ISO 8601-1 week). Where EDTF cannot say it, the covered days as an interval:
     * {@code 2025-10-21/2025-10-31} for "late October 2025"; hours and minutes are written to the second
     * ({@code T14:00:00}) and parts of the day ({@code TMO}) are dropped.
     */
    public String edtf() {
        return Edtf.format(this);
    }

    /** What a person would write: "late 2011", "2018–2019", "31 Aug – 3 Sep 2025", "about 2011", "the mid-1990s". */
    @Override
    public String label() {
        return Labels.when(this);
    }

    /**
     * The Allen relations of this value to {@code other} that some reading of their modifiers allows: by instants if
     * both have {@link #instants()}, else by days.
     */
    public EnumSet<AllenRelation> possibleRelationsTo(When other) {
        Objects.requireNonNull(other, "other");
        if (hasInstants() && other.hasInstants()) {
            // seconds as the grain: a closed interval of whole seconds, as days are elsewhere
            return EnumSet.of(AllenRelation.between(startSecond(), endSecond() - 1, other.startSecond(),
                    other.endSecond() - 1));
        }
        return FuzzyRelations.possible(earliest.toEpochDay(), latest.toEpochDay(), isExact(),
                other.earliest.toEpochDay(), other.latest.toEpochDay(), other.isExact());
    }

    /** The relation of this value to {@code other} if only one is possible. */
    public Optional<AllenRelation> certainRelationTo(When other) {
        EnumSet<AllenRelation> possible = possibleRelationsTo(other);
        return possible.size() == 1 ? Optional.of(possible.iterator().next()) : Optional.empty();
    }

    /** Returns true if this certainly ends before {@code other} starts ({@link AllenRelation#BEFORE} or MEETS). */
    public boolean isCertainlyBefore(When other) {
        return EnumSet.of(AllenRelation.BEFORE, AllenRelation.MEETS).containsAll(possibleRelationsTo(other));
    }

    /** Returns true if this may end before {@code other} starts ({@link AllenRelation#BEFORE} or MEETS). */
    public boolean isPossiblyBefore(When other) {
        EnumSet<AllenRelation> possible = possibleRelationsTo(other);
        return possible.contains(AllenRelation.BEFORE) || possible.contains(AllenRelation.MEETS);
    }

    /** Returns true if this certainly starts after {@code other} ends ({@link AllenRelation#AFTER} or MET_BY). */
    public boolean isCertainlyAfter(When other) {
        return EnumSet.of(AllenRelation.AFTER, AllenRelation.MET_BY).containsAll(possibleRelationsTo(other));
    }

    /** Returns true if this may start after {@code other} ends ({@link AllenRelation#AFTER} or MET_BY). */
    public boolean isPossiblyAfter(When other) {
        EnumSet<AllenRelation> possible = possibleRelationsTo(other);
        return possible.contains(AllenRelation.AFTER) || possible.contains(AllenRelation.MET_BY);
    }

    /**
     * Returns true if this certainly lies within {@code other}'s days: every possible relation is STARTS, DURING,
     * FINISHES or EQUALS. "3 Sep 2025" is certainly during "2025".
     */
    public boolean isCertainlyDuring(When other) {
        return EnumSet.of(AllenRelation.STARTS, AllenRelation.DURING, AllenRelation.FINISHES, AllenRelation.EQUALS)
                .containsAll(possibleRelationsTo(other));
    }

    /** Returns true if this and {@code other} may share at least one day (not Allen's OVERLAPS alone). */
    public boolean possiblyOverlaps(When other) {
        return possibleRelationsTo(other).stream().anyMatch(AllenRelation::sharesDays);
    }

    /** Returns true if this and {@code other} certainly share at least one day (not Allen's OVERLAPS alone). */
    public boolean certainlyOverlaps(When other) {
        return possibleRelationsTo(other).stream().allMatch(AllenRelation::sharesDays);
    }

    @Override
    public int compareTo(When other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof When w && start.equals(w.start) && end.equals(w.end) && modifier == w.modifier;
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, modifier);
    }

    /** Returns {@link #label()}. */
    @Override
    public String toString() {
        return label();
    }
}
