package dev.timeline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.threeten.extra.YearQuarter;
import org.threeten.extra.YearWeek;

/**
 * A TIMEX3 date with unspecified ({@code X}) digits, as a tagger leaves it when it cannot resolve an expression:
 * {@code XXXX-10} "October", {@code XXXX-WXX-1} "Monday", {@code XXXX-XX-03} "the 3rd", {@code 19XX} "a year of
 * the 1900s", {@code XXXX-SU} "summer".
 *
 * <p>The year is a four-character pattern of digits and {@code X}; after it comes at most one of a month (with an
 * optional day of month), an ISO week (with an optional day of week), a quarter, a half or a season. Instances are
 * immutable and thread-safe.
 */
public final class PartialDate implements TimexValue {
    /** Which calendar unit follows the year. */
    enum Kind {
        NONE, MONTH, WEEK, QUARTER, HALF, SEASON
    }

    /** Marks an unspecified part or day. */
    static final int UNKNOWN = 0;
    /** Marks an absent day. */
    static final int ABSENT = -1;
    /** The day of a week that stands for its weekend ({@code XXXX-WXX-WE}). */
    static final int WEEKEND = 8;

    private final String year;
    private final Kind kind;
    private final int part;
    private final int day;
    private final Modifier modifier;
    /** The time of day as TIMEX3 writes it after the date ({@code TNI}, {@code T14:30}), or empty. */
    private final String time;

    PartialDate(String year, Kind kind, int part, int day, Modifier modifier) {
        this(year, kind, part, day, modifier, "");
    }

    PartialDate(String year, Kind kind, int part, int day, Modifier modifier, String time) {
        this.year = year;
        this.kind = kind;
        this.part = part;
        this.day = day;
        this.modifier = modifier;
        this.time = time;
    }

    /**
     * Parses a TIMEX3 value with at least one {@code X}, such as {@code XXXX-10}, {@code XXXX-WXX-1} or {@code 19XX}.
     *
     * @throws TimeValueParseException if the value is malformed, names an impossible date ({@code XXXX-02-30}) or
     *     has no {@code X} (use {@link When#parse} for those)
     */
    public static PartialDate parse(CharSequence value) {
        return PartialDateParser.parse(Objects.requireNonNull(value, "value").toString());
    }

    /**
     * Parses a TIMEX3 value with its {@code mod}, as ({@code XXXX-10}, {@link Modifier#START}) "early October".
     *
     * @throws TimeValueParseException if the value is malformed
     * @throws IllegalArgumentException if the modifier applies to lengths only
     */
    public static PartialDate parse(CharSequence value, Modifier mod) {
        return parse(value).withModifier(mod);
    }

    /**
     * Returns a copy qualified by {@code modifier}.
     *
     * @throws IllegalArgumentException for a lengths-only modifier
     */
    public PartialDate withModifier(Modifier modifier) {
        Objects.requireNonNull(modifier, "modifier");
        if (!modifier.appliesToDates()) {
            throw new IllegalArgumentException("modifier " + modifier + " applies to lengths, not dates");
        }
        return new PartialDate(year, kind, part, day, modifier, time);
    }

    /** The modifier, if any. */
    public Optional<Modifier> modifier() {
        return Optional.ofNullable(modifier);
    }

    /** The year pattern: four characters, each a digit or {@code X}, such as {@code XXXX} or {@code 19XX}. */
    public String yearPattern() {
        return year;
    }

    /** The month (1–12), if a month is given and known. */
    public OptionalInt month() {
        return kind == Kind.MONTH && part != UNKNOWN ? OptionalInt.of(part) : OptionalInt.empty();
    }

    /** The day of the month (1–31), if given and known. */
    public OptionalInt dayOfMonth() {
        return kind == Kind.MONTH && day > 0 ? OptionalInt.of(day) : OptionalInt.empty();
    }

    /** The day of the week, if given and known, as Monday for {@code XXXX-WXX-1}. */
    public Optional<DayOfWeek> dayOfWeek() {
        return kind == Kind.WEEK && day > 0 && day != WEEKEND ? Optional.of(DayOfWeek.of(day)) : Optional.empty();
    }

    /** The season, if given, as summer for {@code XXXX-SU}. */
    public Optional<Season> season() {
        return kind == Kind.SEASON ? Optional.of(Season.values()[part - 1]) : Optional.empty();
    }

    /**
     * Fills the year with {@code year} and returns the date, if everything else is known and the year fits the
     * pattern: {@code XXXX-10} in 2025 is October 2025; {@code 19XX} in 2025 is empty; {@code XXXX-WXX-1} is empty.
     * A time of day ({@code XXXX-10-03TNI}) is left out: the result is the day.
     */
    public Optional<When> resolve(int year) {
        if (year < TimePoint.MIN_YEAR || year > TimePoint.MAX_YEAR || !yearFits(year) || part == UNKNOWN
                && kind != Kind.NONE || day == UNKNOWN) {
            return Optional.empty();
        }
        if (kind == Kind.WEEK && day == WEEKEND) {
            if (part > 52 && !YearWeek.of(year, 1).is53WeekYear()) {
                return Optional.empty();
            }
            When weekend = When.parse(String.format("%04d-W%02d-WE", year, part));
            return Optional.of(modifier == null ? weekend : weekend.withModifier(modifier));
        }
        TimePoint p;
        try {
            p = point(year);
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // 29 February in a common year
        }
        return Optional.of(modifier == null ? When.of(p) : When.of(p, modifier));
    }

    private TimePoint point(int y) {
        switch (kind) {
            case MONTH:
                YearMonth ym = YearMonth.of(y, part);
                return day == ABSENT ? TimePoint.ofMonth(ym) : TimePoint.ofDay(ym.atDay(day));
            case WEEK:
                if (part > 52 && !YearWeek.of(y, 1).is53WeekYear()) {
                    throw new java.time.DateTimeException("no week 53 in " + y);
                }
                YearWeek yw = YearWeek.of(y, part);
                return day == ABSENT ? TimePoint.ofWeek(yw) : TimePoint.ofDay(yw.atDay(DayOfWeek.of(day)));
            case QUARTER:
                return TimePoint.ofQuarter(YearQuarter.of(y, part));
            case HALF:
                return TimePoint.ofHalf(y, part);
            case SEASON:
                return TimePoint.ofSeason(y, Season.values()[part - 1]);
            default:
                return TimePoint.ofYear(y);
        }
    }

    /**
     * Returns true if {@code date} fits every known digit and field: 1 Oct 2025 matches {@code XXXX-10}, every
     * Monday matches {@code XXXX-WXX-1}. The modifier is ignored. For a week the week-based year is matched.
     */
    public boolean matches(LocalDate date) {
        Objects.requireNonNull(date, "date");
        switch (kind) {
            case MONTH:
                return yearFits(date.getYear()) && (part == UNKNOWN || part == date.getMonthValue())
                        && (day <= 0 || day == date.getDayOfMonth());
            case WEEK:
                return yearFits(date.get(IsoFields.WEEK_BASED_YEAR))
                        && (part == UNKNOWN || part == date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                        && (day <= 0 || day == date.getDayOfWeek().getValue()
                                || day == WEEKEND && date.getDayOfWeek().getValue() >= 6);
            case SEASON:
                return Season.values()[part - 1].firstMonth().getValue() <= monthInSeasonYear(date)
                        && monthInSeasonYear(date) < Season.values()[part - 1].firstMonth().getValue() + 3
                        && yearFits(seasonYear(date));
            case QUARTER:
                return yearFits(date.getYear()) && (part == UNKNOWN || part == (date.getMonthValue() + 2) / 3);
            case HALF:
                return yearFits(date.getYear()) && (part == UNKNOWN || part == (date.getMonthValue() + 5) / 6);
            default:
                return yearFits(date.getYear());
        }
    }

    /** January and February belong to the winter of the previous year, so count them as months 13 and 14. */
    private static int monthInSeasonYear(LocalDate date) {
        return date.getMonthValue() <= 2 ? date.getMonthValue() + 12 : date.getMonthValue();
    }

    private static int seasonYear(LocalDate date) {
        return date.getMonthValue() <= 2 ? date.getYear() - 1 : date.getYear();
    }

    private boolean yearFits(int y) {
        String digits = String.format("%04d", y);
        for (int i = 0; i < 4; i++) {
            if (year.charAt(i) != 'X' && year.charAt(i) != digits.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The TIMEX3 value, such as {@code XXXX-10}, {@code XXXX-WXX-1}, {@code 19XX}. */
    @Override
    public String timexValue() {
        String p = part == UNKNOWN ? "X" : Integer.toString(part);
        String d = day == ABSENT ? "" : day == UNKNOWN ? "-X" : day == WEEKEND ? "-WE" : "-" + day;
        switch (kind) {
            case MONTH:
                return year + "-" + pad(part) + (day == ABSENT ? "" : "-" + pad(day)) + time;
            case WEEK:
                return year + "-W" + pad(part) + d + time;
            case QUARTER:
                return year + "-Q" + p;
            case HALF:
                return year + "-H" + p;
            case SEASON:
                return year + "-" + Season.values()[part - 1].timexCode();
            default:
                return year;
        }
    }

    private static String pad(int n) {
        return n == UNKNOWN ? "XX" : String.format("%02d", n);
    }

    /** The TIMEX3 {@code mod} attribute, if any. */
    @Override
    public Optional<String> timexMod() {
        return modifier().map(Modifier::timexName);
    }

    /** "October", "Monday", "the 3rd", "3 October", "summer", "a year of the 1900s", "early October". */
    @Override
    public String label() {
        String base = PartialDateLabels.label(year, kind, part, day) + PartialDateLabels.time(time);
        return modifier == null ? base : (modifier.isPart() ? modifier == Modifier.MID ? "mid-" : modifier.phrase()
                + " " : modifier.phrase() + " ") + base;
    }

    Kind kind() {
        return kind;
    }

    int part() {
        return part;
    }

    int day() {
        return day;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate p && year.equals(p.year) && kind == p.kind && part == p.part && day == p.day
                && modifier == p.modifier && time.equals(p.time);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, kind, part, day, modifier, time);
    }

    /** Returns {@link #label()}. */
    @Override
    public String toString() {
        return label();
    }
}
