package dev.timeline.time;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.threeten.extra.YearQuarter;
import org.threeten.extra.YearWeek;

/** Generators of every kind of time value, for the jqwik properties of this package. */
final class TimeArbitraries {
    private TimeArbitraries() {
    }

    static Arbitrary<TimePoint> points() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1890, 2110);
        Arbitrary<LocalDate> days = Arbitraries.longs()
                .between(LocalDate.of(1890, 1, 1).toEpochDay(), LocalDate.of(2110, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<LocalTime> times = Arbitraries.integers().between(0, 86399).map(LocalTime::ofSecondOfDay);
        Arbitrary<ZoneOffset> offsets = Arbitraries.integers().between(-12 * 4, 14 * 4)
                .map(q -> ZoneOffset.ofTotalSeconds(q * 900));
        return Arbitraries.oneOf(
                years.map(y -> TimePoint.ofCentury(y / 100 * 100)),
                years.map(y -> TimePoint.ofDecade(y / 10 * 10)),
                years.map(TimePoint::ofYear),
                Combinators.combine(years, Arbitraries.integers().between(1, 2)).as(TimePoint::ofHalf),
                Combinators.combine(years, Arbitraries.integers().between(1, 4))
                        .as((y, q) -> TimePoint.ofQuarter(YearQuarter.of(y, q))),
                Combinators.combine(years, Arbitraries.of(Season.class)).as(TimePoint::ofSeason),
                Combinators.combine(years, Arbitraries.integers().between(1, 12))
                        .as((y, m) -> TimePoint.ofMonth(YearMonth.of(y, m))),
                days.map(d -> TimePoint.ofWeek(YearWeek.from(d))),
                days.map(TimePoint::ofDay),
                Combinators.combine(days, Arbitraries.integers().between(0, 23)).as(TimePoint::ofHour),
                Combinators.combine(days, times).as((d, t) -> TimePoint.ofDateTime(LocalDateTime.of(d, t),
                        Precision.SECOND)),
                Combinators.combine(days, times).as((d, t) -> TimePoint.ofDateTime(LocalDateTime.of(d,
                        t.withSecond(0)), Precision.MINUTE)),
                Combinators.combine(days, times, offsets).as((d, t, o) -> TimePoint.ofDateTime(LocalDateTime.of(d,
                        t.withSecond(0)), Precision.MINUTE).withOffset(o)))
                .withoutEdgeCases(); // combined edge cases would outnumber the tries and crowd out random values
    }

    static Arbitrary<Modifier> dateModifiers() {
        return Arbitraries.of(Arrays.stream(Modifier.values()).filter(Modifier::appliesToDates)
                .toArray(Modifier[]::new));
    }

    /** Points and ranges, each unmodified or with any date modifier. */
    static Arbitrary<When> whens() {
        Arbitrary<When> exact = Arbitraries.oneOf(points().map(When::of),
                Combinators.combine(points(), points()).as(TimeArbitraries::rangeOrPoint));
        return Arbitraries.oneOf(exact, Combinators.combine(exact, dateModifiers()).as(When::withModifier))
                .withoutEdgeCases();
    }

    static When rangeOrPoint(TimePoint a, TimePoint b) {
        TimePoint first = a.compareTo(b) <= 0 ? a : b;
        TimePoint last = a.compareTo(b) <= 0 ? b : a;
        try {
            return When.range(first, last);
        } catch (IllegalArgumentException e) {
            return When.of(first); // a coarse unit enclosing a finer one, such as 1990s..1995
        }
    }

    static Arbitrary<TimeSpan> spans() {
        Arbitrary<DurationUnit> units = Arbitraries.of(DurationUnit.class);
        Arbitrary<TimeSpan> single = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.longs().between(0, 500), units).as(TimeSpan::of),
                Combinators.combine(Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100))
                        .ofScale(2), units).as(TimeSpan::of),
                units.map(TimeSpan::unknown));
        Arbitrary<TimeSpan> pairs = Combinators.combine(Arbitraries.longs().between(1, 99), units,
                Arbitraries.longs().between(1, 99), units).filter((a, u, b, v) -> u != v)
                .as((a, u, b, v) -> TimeSpan.parse(u.compareTo(v) < 0 ? compose(a, u, b, v) : compose(b, v, a, u)));
        Arbitrary<TimeSpan> spans = Arbitraries.oneOf(single, pairs);
        return Arbitraries.oneOf(spans, Combinators.combine(spans, Arbitraries.of(Modifier.class))
                .as(TimeSpan::withModifier)).withoutEdgeCases();
    }

    private static String compose(long a, DurationUnit u, long b, DurationUnit v) {
        String first = (u.isTimePart() ? "T" : "") + a + u.designator();
        String second = (v.isTimePart() && !u.isTimePart() ? "T" : "") + b + v.designator();
        return "P" + first + second;
    }

    static Arbitrary<PartialDate> partialDates() {
        Arbitrary<String> years = Arbitraries.of("XXXX", "19XX", "199X", "XXX5", "2025", "1X9X");
        Arbitrary<String> months = Arbitraries.of("-XX", "-01", "-02", "-10", "-12");
        Arbitrary<String> days = Arbitraries.of("", "-XX", "-03", "-29");
        Arbitrary<String> rest = Arbitraries.oneOf(
                Arbitraries.just(""),
                Combinators.combine(months, days).as(String::concat),
                Combinators.combine(Arbitraries.of("-WXX", "-W01", "-W36", "-W53"),
                        Arbitraries.of("", "-1", "-7", "-X")).as(String::concat),
                Arbitraries.of("-Q1", "-QX", "-H2", "-HX", "-SP", "-SU", "-FA", "-WI"));
        Arbitrary<PartialDate> partials = Combinators.combine(years, rest).as(String::concat)
                .filter(s -> s.indexOf('X') >= 0).map(PartialDate::parse);
        return Arbitraries.oneOf(partials, Combinators.combine(partials, dateModifiers())
                .as(PartialDate::withModifier)).withoutEdgeCases();
    }
}
