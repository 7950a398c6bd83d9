package dev.timeline.render;

import dev.timeline.time.Modifier;
import dev.timeline.time.Precision;
import dev.timeline.time.TimePoint;
import dev.timeline.time.When;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The finite calendar days a renderer draws or writes for a {@link When}, and how finely each end is known.
 *
 * <p><b>Open-ended values.</b> "before 2011" covers every day up to 31 Dec 2010, from {@link LocalDate#MIN}; "after
 * 2011" every day from 1 Jan 2012 to {@link LocalDate#MAX}. No calendar can show those bounds, so a renderer uses the
 * <em>known bound only</em>: both {@link #first()} and {@link #last()} are the last possible day (before, on or before)
 * or the first possible day (after, on or after), and {@link #openBefore()} or {@link #openAfter()} says which side is
 * open. Every renderer says so in the label it writes next to the date ("before 2011"). A bounded value is clamped
 * to the years 0000–9999 ("about 0000" would otherwise reach into year -1).
 *
 * <p><b>Grain.</b> {@link #firstGrain()} and {@link #lastGrain()} are {@link Precision#YEAR}, {@link Precision#MONTH}
 * or {@link Precision#DAY}: the calendar fields an end is known to. "2015" is a year, "October 2025" a month, a week or
 * "late October 2025" (its last ten days) are days, "late 2011" (September to December) months.
 *
 * @param first the first day, inclusive; never {@link LocalDate#MIN}
 * @param last the last day, inclusive; never {@link LocalDate#MAX}, never before {@code first}
 * @param firstGrain the calendar fields {@code first} is known to
 * @param lastGrain the calendar fields {@code last} is known to
 * @param openBefore true if the value extends without bound into the past
 * @param openAfter true if the value extends without bound into the future
 */
record CalendarSpan(LocalDate first, LocalDate last, Precision firstGrain, Precision lastGrain, boolean openBefore,
        boolean openAfter) {
    private static final LocalDate FIRST = LocalDate.of(0, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    /** Returns the span a renderer shows for {@code when}. */
    static CalendarSpan of(When when) {
        Optional<Modifier> mod = when.modifier();
        Precision startGrain = grain(when.start(), mod);
        Precision endGrain = grain(when.end(), mod);
        if (mod.isPresent() && mod.get().isPart() && when.isRange()) {
            startGrain = Precision.DAY; // thirds of a range are counted in days
            endGrain = Precision.DAY;
        }
        if (when.earliestDay().equals(LocalDate.MIN)) {
            LocalDate bound = when.latestDay();
            return new CalendarSpan(bound, bound, endGrain, endGrain, true, false);
        }
        if (when.latestDay().equals(LocalDate.MAX)) {
            LocalDate bound = when.earliestDay();
            return new CalendarSpan(bound, bound, startGrain, startGrain, false, true);
        }
        LocalDate first = when.earliestDay().isBefore(FIRST) ? FIRST : when.earliestDay();
        LocalDate last = when.latestDay().isAfter(LAST) ? LAST : when.latestDay();
        return new CalendarSpan(first, last, startGrain, endGrain, false, false);
    }

    /** Returns true if this is exactly one known day: drawn as a point rather than a bar. */
    boolean isOneDay() {
        return first.equals(last) && !openBefore && !openAfter;
    }

    /** Returns true if one end is open. */
    boolean isOpen() {
        return openBefore || openAfter;
    }

    private static Precision grain(TimePoint point, Optional<Modifier> mod) {
        Precision p = point.precision();
        Precision base = p.compareTo(Precision.WEEK) >= 0 ? Precision.DAY
                : p.compareTo(Precision.HALF) >= 0 ? Precision.MONTH : Precision.YEAR;
        if (mod.isPresent() && mod.get().isPart()) {
            // a third of a year is months, a third of a month is days; a third of a decade is still years
            return p == Precision.YEAR ? Precision.MONTH : p.compareTo(Precision.HALF) >= 0 ? Precision.DAY : base;
        }
        return base;
    }
}
