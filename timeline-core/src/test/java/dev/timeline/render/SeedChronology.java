package dev.timeline.render;

import dev.timeline.chronology.Chronologies;
import dev.timeline.chronology.Chronology;
import dev.timeline.document.Document;
import dev.timeline.document.Documents;
import dev.timeline.time.Modifier;
import dev.timeline.time.TimePoint;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import dev.timeline.timeline.Source;
import dev.timeline.timeline.Timeline;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The chronologies the render tests share: the five seed articles, and small hand-made ones. */
final class SeedChronology {
    private static Chronology seeds;

    private SeedChronology() {
    }

    /** The chronology of the repository's {@code seeds/}, built once. */
    static synchronized Chronology seeds() {
        if (seeds == null) {
            seeds = Chronologies.build(Documents.readFolder(Path.of("..", "seeds")));
        }
        return seeds;
    }

    /** A chronology of {@code events} read from one document {@code doc}. */
    static Chronology of(Event... events) {
        return Chronology.of(Timeline.of(events), List.of(Document.of("doc", "text")), Map.of());
    }

    /** An event whose title and sentence carry markup and the characters iCalendar escapes. */
    static Event hostile() {
        return Event.builder("x<1>&\"'", When.ofDay(LocalDate.of(2025, 9, 3)), "<script>alert('t')</script> A, B; C\\D")
                .type(EventType.PARADE)
                .source(Source.of("doc<img src=x onerror=alert(1)>", 0, 5,
                        "He said \"<script>alert(1)</script>\" &amp; left;\nthen, back\\slash."))
                .build();
    }

    /** Events of every shape: a day, a month, a late year, a year range, open towards the past and the future. */
    static List<Event> shapes() {
        return List.of(
                Event.of("day", When.ofDay(LocalDate.of(2025, 9, 3)), "A day"),
                Event.of("month", When.of(TimePoint.ofMonth(YearMonth.of(2025, 10))), "A month"),
                Event.of("late", When.of(TimePoint.ofYear(2011), Modifier.END), "Late in a year"),
                Event.of("years", When.range(TimePoint.ofYear(2018), TimePoint.ofYear(2019)), "Two years"),
                Event.of("before", When.of(TimePoint.ofYear(2011), Modifier.BEFORE), "Before a year"),
                Event.of("after", When.of(TimePoint.ofYear(2011), Modifier.AFTER), "After a year"));
    }
}
