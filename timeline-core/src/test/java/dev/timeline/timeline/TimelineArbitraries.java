package dev.timeline.timeline;

import dev.timeline.time.Modifier;
import dev.timeline.time.Season;
import dev.timeline.time.TimePoint;
import dev.timeline.time.When;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.threeten.extra.YearQuarter;
import org.threeten.extra.YearWeek;

/** jqwik generators of times, events and timelines, crowded into a few years so that queries find something. */
public final class TimelineArbitraries {
    private static final LocalDate BASE = LocalDate.of(2010, 1, 1);

    private TimelineArbitraries() {}

    /** Time points of every precision from day to decade, around 2010–2016. */
    public static Arbitrary<TimePoint> points() {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 6 * 365).map(BASE::plusDays);
        return Arbitraries.oneOf(
                days.map(TimePoint::ofDay),
                days.map(d -> TimePoint.ofWeek(YearWeek.from(d))),
                days.map(d -> TimePoint.ofMonth(YearMonth.from(d))),
                days.map(d -> TimePoint.ofQuarter(YearQuarter.from(d))),
                Combinators.combine(Arbitraries.integers().between(2010, 2016), Arbitraries.of(Season.class))
                        .as(TimePoint::ofSeason),
                days.map(d -> TimePoint.ofYear(d.getYear())),
                Arbitraries.of(2000, 2010).map(TimePoint::ofDecade));
    }

    /** Times: single points or ranges, sometimes modified (early, late, about, before, after...). */
    public static Arbitrary<When> whens() {
        Arbitrary<When> plain = Arbitraries.oneOf(
                points().map(When::of),
                Combinators.combine(points(), points()).as((a, b) -> a.compareTo(b) <= 0
                        ? When.range(a, b) : When.range(b, a)).ignoreException(IllegalArgumentException.class));
        List<Modifier> dateModifiers = List.of(Modifier.values()).stream().filter(Modifier::appliesToDates).toList();
        return Arbitraries.frequencyOf(
                Tuple.of(4, plain),
                Tuple.of(1, Combinators.combine(plain, Arbitraries.of(dateModifiers))
                        .as(When::withModifier)));
    }

    /** Events with ids from a small pool (so merges collide), and a few types, participants and sources. */
    public static Arbitrary<Event> events() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 500).map(i -> "e" + i),
                        whens(),
                        Arbitraries.of(EventType.commonTypes()),
                        Arbitraries.of("Kim Jong Un", "Xi Jinping", "Vladimir Putin").list().ofMaxSize(2),
                        Arbitraries.of("doc-a", "doc-b").list().ofMaxSize(2),
                        Arbitraries.strings().ofMaxLength(8).map(s -> s.isBlank() ? List.<String>of() : List.of(s)))
                .as((id, when, type, participants, docs, extra) -> {
                    Event.Builder b = Event.builder(id, when, "title of " + id).type(type).participants(participants);
                    for (int i = 0; i < docs.size(); i++) {
                        b.source(Source.of(docs.get(i), i * 10, i * 10 + 5, "sentence " + i));
                    }
                    extra.forEach(s -> b.attribute("note", s).place(s));
                    return b.build();
                });
    }

    /** Timelines of up to 60 events with distinct ids. */
    public static Arbitrary<Timeline> timelines() {
        return events().list().ofMaxSize(60).uniqueElements(Event::id).map(Timeline::copyOf);
    }
}
