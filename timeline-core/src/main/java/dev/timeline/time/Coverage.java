package dev.timeline.time;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/** The days a point or range covers once a modifier is applied; the rules are documented on {@link When}. */
final class Coverage {
    private Coverage() {
    }

    /** Returns {first, last} inclusive days of the range {@code start..end} under {@code modifier} (may be null). */
    static LocalDate[] of(TimePoint start, TimePoint end, Modifier modifier) {
        // a range between two offsets may end on an earlier local day than it starts: cover both ends' days
        LocalDate first = min(start.earliestDay(), end.earliestDay());
        LocalDate last = max(start.latestDay(), end.latestDay());
        if (modifier == null) {
            return new LocalDate[] {first, last};
        }
        switch (modifier) {
            case START:
            case MID:
            case END:
                return start.equals(end) ? pointThird(start, modifier.ordinal()) : rangeThird(first, last,
                        modifier.ordinal());
            case APPROX:
                return new LocalDate[] {first.minus(unit(start.precision())),
                    last.plusDays(1).plus(unit(end.precision())).minusDays(1)};
            case BEFORE:
                return new LocalDate[] {LocalDate.MIN, first.minusDays(1)};
            case ON_OR_BEFORE:
                return new LocalDate[] {LocalDate.MIN, last};
            case AFTER:
                return new LocalDate[] {last.plusDays(1), LocalDate.MAX};
            case ON_OR_AFTER:
                return new LocalDate[] {first, LocalDate.MAX};
            default:
                throw new IllegalArgumentException("modifier " + modifier + " applies to lengths, not dates");
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** One calendar unit of the given precision; a day for days and finer. */
    static Period unit(Precision precision) {
        switch (precision) {
            case CENTURY:
                return Period.ofYears(100);
            case DECADE:
                return Period.ofYears(10);
            case YEAR:
                return Period.ofYears(1);
            case HALF:
                return Period.ofMonths(6);
            case QUARTER:
            case SEASON:
                return Period.ofMonths(3);
            case MONTH:
                return Period.ofMonths(1);
            case WEEK:
                return Period.ofWeeks(1);
            default:
                return Period.ofDays(1);
        }
    }

    private static LocalDate[] pointThird(TimePoint p, int third) {
        LocalDate first = p.earliestDay();
        switch (p.precision()) {
            case CENTURY:
                return slice(first, ChronoUnit.YEARS, third, 34, 33, 33);
            case DECADE:
                return slice(first, ChronoUnit.YEARS, third, 4, 3, 3);
            case YEAR:
                return slice(first, ChronoUnit.MONTHS, third, 4, 4, 4);
            case HALF:
                return slice(first, ChronoUnit.MONTHS, third, 2, 2, 2);
            case QUARTER:
            case SEASON:
                return slice(first, ChronoUnit.MONTHS, third, 1, 1, 1);
            case MONTH:
                return slice(first, ChronoUnit.DAYS, third, 10, 10, first.lengthOfMonth() - 20);
            case WEEK:
                return slice(first, ChronoUnit.DAYS, third, 2, 2, 3);
            default:
                return new LocalDate[] {first, p.latestDay()};
        }
    }

    private static LocalDate[] slice(LocalDate first, ChronoUnit unit, int third, int a, int b, int c) {
        int from = third == 0 ? 0 : third == 1 ? a : a + b;
        int size = third == 0 ? a : third == 1 ? b : c;
        return new LocalDate[] {first.plus(from, unit), first.plus(from + size, unit).minusDays(1)};
    }

    private static LocalDate[] rangeThird(LocalDate first, LocalDate last, int third) {
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        if (days < 3) {
            return new LocalDate[] {first, last};
        }
        int outer = days / 3;
        return slice(first, ChronoUnit.DAYS, third, outer, days - 2 * outer, outer);
    }
}
