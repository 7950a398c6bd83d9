package dev.timeline.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;
import org.threeten.extra.YearWeek;

/**
 * One calendar unit: a century, decade, year, half, quarter, season, month, ISO week or day, optionally with a time
 * of day and an offset from UTC.
 *
 * <p>A point covers whole days: from {@link #earliestDay()} to {@link #latestDay()}, both inclusive. A point with a
 * time of day covers its day, taken in the point's own offset: {@code 2025-09-03T23:30-05:00} covers 3 Sep 2025
 * although it is 4 Sep in UTC. Years run from 0 to 9999, the range TIMEX3 writes with four digits.
 *
 * <p>A point with a time of day and an offset also is a span of instants, {@link #instants()}: the hour, minute or
 * second it names.
 *
 * <p>Instances are immutable and thread-safe. Obtain them from the static factories or {@link #parse}; there are no
 * public constructors. The natural order is by start, then end, then precision coarse to fine, then time of day,
 * offset and part of the day; it is consistent with {@link #equals}. Start and end are instants for a point with an
 * offset, and otherwise the start of its first day and the end of its last day read in UTC, so points with offsets
 * sort by instant ({@code 2025-09-04T01:00Z} before {@code 2025-09-03T23:30-05:00}).
 */
public final class TimePoint implements Comparable<TimePoint> {
    /** The smallest year a point may have. */
    public static final int MIN_YEAR = 0;
    /** The largest year a point may have. */
    public static final int MAX_YEAR = 9999;

    private static final long SECONDS_PER_DAY = 86_400;

    private static final Comparator<TimePoint> ORDER = Comparator.comparingLong(TimePoint::startSecond)
            .thenComparingLong(TimePoint::endSecond)
            .thenComparing(TimePoint::precision)
            .thenComparing(p -> p.time, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(p -> p.offset, Comparator.nullsFirst(Comparator.comparing(ZoneOffset::getTotalSeconds)))
            .thenComparing(p -> p.dayPart, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Precision precision;
    private final int year;
    private final int part;
    private final LocalTime time;
    private final ZoneOffset offset;
    private final DayPart dayPart;
    private final LocalDate earliest;
    private final LocalDate latest;

    private TimePoint(Precision precision, int year, int part, LocalTime time, ZoneOffset offset, LocalDate earliest,
            LocalDate latest) {
        this(precision, year, part, time, offset, null, earliest, latest);
    }

    private TimePoint(Precision precision, int year, int part, LocalTime time, ZoneOffset offset, DayPart dayPart,
            LocalDate earliest, LocalDate latest) {
        this.precision = precision;
        this.year = year;
        this.part = part;
        this.time = time;
        this.offset = offset;
        this.dayPart = dayPart;
        this.earliest = earliest;
        this.latest = latest;
    }

    /**
     * Returns the calendar day {@code date}.
     *
     * @throws IllegalArgumentException if its year is outside 0..9999
     */
    public static TimePoint ofDay(LocalDate date) {
        checkYear(date.getYear());
        return new TimePoint(Precision.DAY, date.getYear(), 0, null, null, date, date);
    }

    /**
     * Returns part of the day {@code date}, such as "the morning of 3 Sep 2025" ({@code 2025-09-03TMO}). Its
     * precision is {@link Precision#DAY} and it covers the whole day.
     *
     * @throws IllegalArgumentException if the year is outside 0..9999
     */
    public static TimePoint ofDayPart(LocalDate date, DayPart dayPart) {
        checkYear(date.getYear());
        return new TimePoint(Precision.DAY, date.getYear(), 0, null, null, Objects.requireNonNull(dayPart, "dayPart"),
                date, date);
    }

    /**
     * Returns the minute or second {@code dateTime}: {@link Precision#MINUTE} if its seconds are zero, else
     * {@link Precision#SECOND}.
     *
     * @throws IllegalArgumentException if it has a fraction of a second or its year is outside 0..9999
     */
    public static TimePoint ofDateTime(LocalDateTime dateTime) {
        if (dateTime.getNano() != 0) {
            throw new IllegalArgumentException("fractions of a second are not supported: " + dateTime);
        }
        return ofTime(dateTime.toLocalDate(), dateTime.toLocalTime(),
                dateTime.getSecond() == 0 ? Precision.MINUTE : Precision.SECOND);
    }

    /**
     * Returns {@code dateTime} known to {@code precision}, which must be {@link Precision#HOUR},
     * {@link Precision#MINUTE} or {@link Precision#SECOND}: {@code 14:30:00} to the second is {@code T14:30:00}.
     *
     * @throws IllegalArgumentException if the precision is not a time of day, {@code dateTime} has fields finer than
     *     it (such as minutes for an hour), or its year is outside 0..9999
     */
    public static TimePoint ofDateTime(LocalDateTime dateTime, Precision precision) {
        if (!precision.hasTimeOfDay()) {
            throw new IllegalArgumentException("precision " + precision + " is not a time of day");
        }
        LocalTime t = dateTime.toLocalTime();
        if (t.getNano() != 0 || precision != Precision.SECOND && t.getSecond() != 0
                || precision == Precision.HOUR && t.getMinute() != 0) {
            throw new IllegalArgumentException(dateTime + " is finer than precision " + precision);
        }
        return ofTime(dateTime.toLocalDate(), t, precision);
    }

    /**
     * Returns the hour starting at {@code hour}:00 on {@code date}, as in "3 p.m. on 3 Sep 2025".
     *
     * @throws IllegalArgumentException if {@code hour} is outside 0..23 or the year outside 0..9999
     */
    public static TimePoint ofHour(LocalDate date, int hour) {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("hour " + hour + " is out of range 0..23");
        }
        return ofTime(date, LocalTime.of(hour, 0), Precision.HOUR);
    }

    /**
     * Returns the second that contains {@code instant}, in UTC: {@code 2025-09-04T01:00:00.250Z} is
     * {@code 2025-09-04T01:00:00Z} to the second.
     *
     * @throws IllegalArgumentException if its year in UTC is outside 0..9999
     */
    public static TimePoint ofInstant(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return ofDateTime(instant.atOffset(ZoneOffset.UTC));
    }

    /**
     * Returns the second that contains {@code dateTime}, with its offset: {@code 2025-09-03T23:30-05:00} is
     * {@code 2025-09-03T23:30:00-05:00} to the second, on 3 Sep 2025.
     *
     * @throws IllegalArgumentException if its year is outside 0..9999
     */
    public static TimePoint ofDateTime(OffsetDateTime dateTime) {
        Objects.requireNonNull(dateTime, "dateTime");
        LocalDateTime local = dateTime.toLocalDateTime().truncatedTo(ChronoUnit.SECONDS);
        return ofTime(local.toLocalDate(), local.toLocalTime(), Precision.SECOND).withOffset(dateTime.getOffset());
    }

    /**
     * Returns the second that contains {@code dateTime}, with the offset its zone has then. TIMEX3 values carry
     * offsets, not zones, so the zone's name is not kept.
     *
     * @throws IllegalArgumentException if its year is outside 0..9999
     */
    public static TimePoint ofDateTime(ZonedDateTime dateTime) {
        return ofDateTime(Objects.requireNonNull(dateTime, "dateTime").toOffsetDateTime());
    }

    private static TimePoint ofTime(LocalDate date, LocalTime time, Precision precision) {
        checkYear(date.getYear());
        return new TimePoint(precision, date.getYear(), 0, time, null, date, date);
    }

    /**
     * Returns the ISO week {@code week}, Monday to Sunday.
     *
     * @throws IllegalArgumentException if its year is outside 0..9999
     */
    public static TimePoint ofWeek(YearWeek week) {
        checkYear(week.getYear());
        LocalDate monday = week.atDay(DayOfWeek.MONDAY);
        return new TimePoint(Precision.WEEK, week.getYear(), week.getWeek(), null, null, monday, monday.plusDays(6));
    }

    /**
     * Returns the calendar month {@code month}.
     *
     * @throws IllegalArgumentException if its year is outside 0..9999
     */
    public static TimePoint ofMonth(YearMonth month) {
        checkYear(month.getYear());
        return new TimePoint(Precision.MONTH, month.getYear(), month.getMonthValue(), null, null, month.atDay(1),
                month.atEndOfMonth());
    }

    /**
     * Returns {@code season} of {@code year}; the winter of 2025 runs from December 2025 to February 2026.
     *
     * @throws IllegalArgumentException if {@code year} is outside 0..9999
     */
    public static TimePoint ofSeason(int year, Season season) {
        checkYear(year);
        YearMonth first = YearMonth.of(year, season.firstMonth());
        return new TimePoint(Precision.SEASON, year, season.ordinal() + 1, null, null, first.atDay(1),
                first.plusMonths(2).atEndOfMonth());
    }

    /**
     * Returns the calendar quarter {@code quarter}.
     *
     * @throws IllegalArgumentException if its year is outside 0..9999
     */
    public static TimePoint ofQuarter(YearQuarter quarter) {
        checkYear(quarter.getYear());
        return new TimePoint(Precision.QUARTER, quarter.getYear(), quarter.getQuarterValue(), null, null,
                quarter.atDay(1), quarter.atEndOfQuarter());
    }

    /**
     * Returns half {@code half} (1 for January–June, 2 for July–December) of {@code year}.
     *
     * @throws IllegalArgumentException if {@code half} is not 1 or 2 or {@code year} is outside 0..9999
     */
    public static TimePoint ofHalf(int year, int half) {
        checkYear(year);
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half " + half + " is out of range 1..2");
        }
        YearMonth first = YearMonth.of(year, half == 1 ? 1 : 7);
        return new TimePoint(Precision.HALF, year, half, null, null, first.atDay(1), first.plusMonths(5).atEndOfMonth());
    }

    /**
     * Returns the half year {@code half}.
     *
     * @throws IllegalArgumentException if its year is outside 0..9999
     */
    public static TimePoint ofHalf(YearHalf half) {
        return ofHalf(half.getYear(), half.getHalfValue());
    }

    /**
     * Returns the calendar year {@code year}.
     *
     * @throws IllegalArgumentException if it is outside 0..9999
     */
    public static TimePoint ofYear(int year) {
        checkYear(year);
        return new TimePoint(Precision.YEAR, year, 0, null, null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Returns the decade starting with {@code firstYear}: {@code ofDecade(1990)} is the 1990s, 1990–1999.
     *
     * @throws IllegalArgumentException if {@code firstYear} is not a multiple of 10 in 0..9990
     */
    public static TimePoint ofDecade(int firstYear) {
        checkYear(firstYear);
        if (firstYear % 10 != 0) {
            throw new IllegalArgumentException("a decade starts at a multiple of 10, not " + firstYear);
        }
        return new TimePoint(Precision.DECADE, firstYear, 0, null, null, LocalDate.of(firstYear, 1, 1),
                LocalDate.of(firstYear + 9, 12, 31));
    }

    /**
     * Returns the century starting with {@code firstYear}, following TIMEX3 ({@code 19} is 1900–1999): so
     * {@code ofCentury(1900)} is labelled "the 20th century" although strictly that runs from 1901 to 2000.
     *
     * @throws IllegalArgumentException if {@code firstYear} is not a multiple of 100 in 0..9900
     */
    public static TimePoint ofCentury(int firstYear) {
        checkYear(firstYear);
        if (firstYear % 100 != 0) {
            throw new IllegalArgumentException("a century starts at a multiple of 100, not " + firstYear);
        }
        return new TimePoint(Precision.CENTURY, firstYear, 0, null, null, LocalDate.of(firstYear, 1, 1),
                LocalDate.of(firstYear + 99, 12, 31));
    }

    /**
     * Parses a single TIMEX3 calendar value such as {@code 2025-09-03}, {@code 2025-W36}, {@code 2025-SU} or
     * {@code 199}; see {@link When#parse} for ranges, modifiers and EDTF.
     *
     * @throws TimeValueParseException if {@code text} is not one calendar unit
     */
    public static TimePoint parse(CharSequence text) {
        return TimexParser.parsePoint(Objects.requireNonNull(text, "text").toString());
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " is out of range " + MIN_YEAR + ".." + MAX_YEAR);
        }
    }

    /**
     * Returns a copy with the given offset from UTC.
     *
     * @throws IllegalStateException if this point has no time of day
     */
    public TimePoint withOffset(ZoneOffset offset) {
        Objects.requireNonNull(offset, "offset");
        if (time == null) {
            throw new IllegalStateException("only a point with a time of day can have an offset: " + this);
        }
        return new TimePoint(precision, year, part, time, offset, earliest, latest);
    }

    /** How finely this point is known. */
    public Precision precision() {
        return precision;
    }

    /**
     * The year: the ISO week-based year for a week, the year a season starts in, the first year of a decade or
     * century.
     */
    public int year() {
        return year;
    }

    /** The first day covered, inclusive. */
    public LocalDate earliestDay() {
        return earliest;
    }

    /** The last day covered, inclusive. */
    public LocalDate latestDay() {
        return latest;
    }

    /** The days covered, as a closed range from {@link #earliestDay()} to {@link #latestDay()}. */
    public LocalDateRange coveredDays() {
        return LocalDateRange.ofClosed(earliest, latest);
    }

    /** The day, if this point is a day (or part of one) or finer. */
    public Optional<LocalDate> date() {
        return precision.compareTo(Precision.DAY) >= 0 ? Optional.of(earliest) : Optional.empty();
    }

    /** The time of day, if the precision is an hour or finer. */
    public Optional<LocalTime> timeOfDay() {
        return Optional.ofNullable(time);
    }

    /** The part of the day, if one was given instead of a clock time, as for "Thursday morning". */
    public Optional<DayPart> dayPart() {
        return Optional.ofNullable(dayPart);
    }

    /** The offset from UTC, if one was given with the time of day. */
    public Optional<ZoneOffset> offset() {
        return Optional.ofNullable(offset);
    }

    /**
     * The instants this point names, from its start (inclusive) to its end (exclusive), if it has a time of day and
     * an offset: {@code 2025-09-03T23:30-05:00} is {@code 2025-09-04T04:30:00Z/2025-09-04T04:31:00Z}. Empty for a
     * day or coarser, and for a local time without an offset, which names no instant.
     */
    public Optional<Interval> instants() {
        if (offset == null) {
            return Optional.empty();
        }
        Instant from = LocalDateTime.of(earliest, time).toInstant(offset);
        return Optional.of(Interval.of(from, from.plus(1, unit())));
    }

    private ChronoUnit unit() {
        return precision == Precision.HOUR ? ChronoUnit.HOURS
                : precision == Precision.MINUTE ? ChronoUnit.MINUTES : ChronoUnit.SECONDS;
    }

    /** Epoch second of the start: the instant with an offset, else the start of the first day in UTC. */
    long startSecond() {
        return offset == null ? earliest.toEpochDay() * SECONDS_PER_DAY
                : LocalDateTime.of(earliest, time).toEpochSecond(offset);
    }

    /** Epoch second of the end, exclusive: the instant with an offset, else the end of the last day in UTC. */
    long endSecond() {
        return offset == null ? (latest.toEpochDay() + 1) * SECONDS_PER_DAY
                : startSecond() + unit().getDuration().getSeconds();
    }

    /** The season, if the precision is {@link Precision#SEASON}. */
    public Optional<Season> season() {
        return precision == Precision.SEASON ? Optional.of(Season.values()[part - 1]) : Optional.empty();
    }

    /** The month (1–12), week (1–53), quarter (1–4), half (1–2) or season (1–4) within the year; 0 otherwise. */
    int part() {
        return part;
    }

    /**
     * The TIMEX3 value: {@code 19}, {@code 199}, {@code 2011}, {@code 2025-H1}, {@code 2025-Q3}, {@code 2025-SU},
     * {@code 2025-10}, {@code 2025-W36}, {@code 2025-09-03}, {@code 2025-09-03T14}, {@code 2025-09-03T14:30},
     * {@code 2025-09-03T14:30:15+02:00}.
     */
    public String timexValue() {
        String y = String.format("%04d", year);
        switch (precision) {
            case CENTURY:
                return y.substring(0, 2);
            case DECADE:
                return y.substring(0, 3);
            case YEAR:
                return y;
            case HALF:
                return y + "-H" + part;
            case QUARTER:
                return y + "-Q" + part;
            case SEASON:
                return y + "-" + Season.values()[part - 1].timexCode();
            case MONTH:
                return String.format("%s-%02d", y, part);
            case WEEK:
                return String.format("%s-W%02d", y, part);
            case DAY:
                return dayPart == null ? earliest.toString() : earliest + "T" + dayPart.timexCode();
            default:
                String t = precision == Precision.HOUR ? String.format("%02d", time.getHour())
                        : precision == Precision.MINUTE
                                ? String.format("%02d:%02d", time.getHour(), time.getMinute())
                                : String.format("%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
                return earliest + "T" + t + (offset == null ? "" : offset.getId());
        }
    }

    /**
     * What a person would write: "the 20th century", "the 1990s", "2011", "first half of 2025", "Q3 2025",
     * "summer 2025", "winter 2025–26", "October 2025", "week of 1 Sep 2025", "3 Sep 2025", "3 Sep 2025, 14:30",
     * "the morning of 3 Sep 2025".
     */
    public String label() {
        return Labels.point(this);
    }

    @Override
    public int compareTo(TimePoint other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimePoint p && precision == p.precision && year == p.year && part == p.part
                && earliest.equals(p.earliest) && Objects.equals(time, p.time) && Objects.equals(offset, p.offset)
                && dayPart == p.dayPart;
    }

    @Override
    public int hashCode() {
        return Objects.hash(precision, year, part, earliest, time, offset, dayPart);
    }

    /** Returns {@link #label()}. */
    @Override
    public String toString() {
        return label();
    }
}
