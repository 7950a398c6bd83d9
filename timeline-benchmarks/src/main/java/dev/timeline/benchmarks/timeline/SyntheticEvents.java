package dev.timeline.benchmarks.timeline;

import dev.timeline.time.TimePoint;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.threeten.extra.LocalDateRange;

/**
 * Generates reproducible synthetic events spread evenly over the years 1000 to 9999: 89% single days, 10% months
 * and 1% years, so that a 30-day window overlaps about ten of a million events.
 */
final class SyntheticEvents {
    static final int FIRST_YEAR = 1000;
    static final int LAST_YEAR = 9999;
    static final long FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
    static final long LAST_DAY = LocalDate.of(LAST_YEAR, 12, 1).toEpochDay();
    private static final EventType[] TYPES = EventType.commonTypes().toArray(new EventType[0]);

    private SyntheticEvents() {}

    /** Returns {@code n} events with ids {@code e0}, {@code e1}, ..., in random time order. */
    static List<Event> generate(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Event> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate day = LocalDate.ofEpochDay(random.nextLong(FIRST_DAY, LAST_DAY));
            int kind = random.nextInt(100);
            When when = kind < 89 ? When.of(TimePoint.ofDay(day))
                    : kind < 99 ? When.of(TimePoint.ofMonth(YearMonth.from(day)))
                    : When.of(TimePoint.ofYear(day.getYear()));
            events.add(Event.builder("e" + i, when, "event " + i).type(TYPES[i % TYPES.length]).build());
        }
        return events;
    }

    /** Returns {@code count} random windows of {@code days} days within the generated years. */
    static LocalDateRange[] windows(int count, int days, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDateRange[] windows = new LocalDateRange[count];
        for (int i = 0; i < count; i++) {
            LocalDate start = LocalDate.ofEpochDay(random.nextLong(FIRST_DAY, LAST_DAY));
            windows[i] = LocalDateRange.ofClosed(start, start.plusDays(days - 1));
        }
        return windows;
    }
}
