package dev.timeline.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.happening.EventExtractor;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import dev.timeline.timeline.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laws of merging, on events drawn from small pools so that they collide: nested and disjoint dates, one or
 * several documents, shared and distinct people.
 */
class EventMergerProperties {
    private static final List<String> DATES = List.of("2011", "2011-12", "2011-12-17", "2011-12-18", "2011-W50",
            "2012", "2011-12-17/2011-12-19", "2011-12-20/2012-01-05", "2010/2011");
    private static final List<String> TYPES = List.of("parade", "commemoration", "takeover", "visit");
    private static final List<String> TITLES = List.of("Military parade in Beijing", "Victory parade",
            "Kim takes power", "Kim visits China", "celebrations");
    private static final List<String> PEOPLE = List.of("Kim Jong Un", "Kim Jong-un", "Xi Jinping", "Vladimir Putin");
    private static final List<String> PLACES = List.of("China", "Beijing", "Moscow");

    @Provide
    Arbitrary<List<Event>> events() {
        Arbitrary<When> when = Combinators.combine(Arbitraries.of(DATES), Arbitraries.of(false, false, true))
                .as((d, late) -> late && !d.contains("/") ? When.parseTimex(d, "END") : When.parse(d));
        Arbitrary<Event> event = Combinators.combine(Arbitraries.of("a", "b", "c", "d"), when,
                Arbitraries.of(TYPES), Arbitraries.of(TITLES), Arbitraries.subsetOf(PEOPLE).ofMaxSize(2),
                Arbitraries.subsetOf(PLACES).ofMaxSize(2))
                .as((doc, w, type, title, people, places) -> Event.builder("x", w, title)
                        .type(EventType.of(type)).participants(List.copyOf(people)).places(List.copyOf(places))
                        .source(Source.of(doc, 0, 1, "")).attribute(EventExtractor.CONFIDENCE, "0.50").build());
        return event.list().ofMaxSize(14).map(EventMergerProperties::withDistinctSources);
    }

    /** Each event gets its own source (and id), so that what became of it can be traced. */
    private static List<Event> withDistinctSources(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            String doc = e.sources().get(0).documentId();
            out.add(e.withId(doc + "#" + i).withSources(List.of(Source.of(doc, i, i + 1, "sentence " + i))));
        }
        return out;
    }

    @Property
    void mergingDoesNotDependOnTheOrderOfTheInput(@ForAll("events") List<Event> events, @ForAll long seed) {
        List<Event> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(EventMerger.merge(shuffled)).containsExactlyElementsOf(EventMerger.merge(events));
    }

    @Property
    void mergingAMergedListChangesNothing(@ForAll("events") List<Event> events) {
        List<Event> once = EventMerger.merge(events);
        assertThat(EventMerger.merge(once)).containsExactlyElementsOf(once);
    }

    @Property
    void eventsWithDisjointDatesNeverMerge(@ForAll("events") List<Event> events) {
        for (Event merged : EventMerger.merge(events)) {
            List<Event> members = events.stream().filter(e -> merged.sources().contains(e.sources().get(0))).toList();
            for (Event a : members) {
                for (Event b : members) {
                    assertThat(a.when().coveredDays().overlaps(b.when().coveredDays()))
                            .as("%s merged with %s", a, b).isTrue();
                }
                assertThat(a.when().coveredDays().encloses(merged.when().coveredDays())).isTrue();
            }
        }
    }

    @Property
    void everySourceEndsUpInExactlyOneEvent(@ForAll("events") List<Event> events) {
        List<Source> out = EventMerger.merge(events).stream().flatMap(e -> e.sources().stream()).toList();
        assertThat(out).containsExactlyInAnyOrderElementsOf(events.stream().map(e -> e.sources().get(0)).toList());
    }
}
