package dev.timeline.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import dev.timeline.timeline.Source;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Folding less precise reports: the rule, and its cost on a long document. */
class LessPreciseReportsTest {
    private static final List<String> DATES = List.of("2013", "2013-03", "2013-03-03", "2013-03-04", "2013-W10",
            "2013-SU", "2012", "2012-05-01");
    private static final List<String> TITLES = List.of("Kim visits Paris", "Putin visits China",
            "Military parade in Beijing", "Victory parade");
    private static final List<List<String>> PEOPLE = List.of(List.of(), List.of("Kim Jong Un"),
            List.of("Kim Jong Un", "Xi Jinping"));

    @Test
    void foldsAsTheRuleSaysComparingEachEventWithEveryOtherOfItsDocument() {
        Random random = new Random(16);
        for (int round = 0; round < 200; round++) {
            List<Event> events = new ArrayList<>();
            int n = 1 + random.nextInt(30);
            for (int i = 0; i < n; i++) {
                String title = TITLES.get(random.nextInt(TITLES.size()));
                events.add(event("e" + i, "d" + random.nextInt(3), DATES.get(random.nextInt(DATES.size())), title,
                        PEOPLE.get(random.nextInt(PEOPLE.size()))));
            }
            assertThat(LessPreciseReports.fold(events)).as("round %d", round).isEqualTo(naiveFold(events));
        }
    }

    @Test
    void aLongDocumentOfRepeatedReportsFoldsInLinearTime() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            events.add(event("e" + i, "big", i % 2 == 0 ? "2013" : "2013-03-03", "Kim visits Paris",
                    List.of("Kim Jong Un")));
        }
        // comparing every event with every other (the rule written naively) takes minutes here
        List<Event> folded = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> LessPreciseReports.fold(events));
        assertThat(folded).hasSize(20_000);
    }

    private static Event event(String id, String doc, String when, String title, List<String> people) {
        return Event.builder(id, When.parse(when), title).type(EventType.of(title.contains("parade") ? "parade"
                : "visit")).participants(people).source(Source.of(doc, 0, 1, title)).build();
    }

    /** The rule as the class comment states it, every event against every other of its document. */
    private static List<Event> naiveFold(List<Event> events) {
        Map<Integer, Integer> into = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Event coarse = events.get(i);
            String doc = coarse.sources().get(0).documentId();
            if (coarse.when().isRange()) {
                continue;
            }
            List<Integer> candidates = new ArrayList<>();
            for (int j = 0; j < events.size(); j++) {
                if (j != i && events.get(j).sources().get(0).documentId().equals(doc)
                        && LessPreciseReports.refines(events.get(j), coarse)) {
                    candidates.add(j);
                }
            }
            Integer best = null;
            boolean chain = true;
            for (int j : candidates) {
                for (int k : candidates) {
                    When a = events.get(j).when();
                    When b = events.get(k).when();
                    chain &= a.isCertainlyDuring(b) || b.isCertainlyDuring(a);
                }
                if (best == null || EventMerger.ORDER.compare(events.get(j), events.get(best)) < 0) {
                    best = j;
                }
            }
            if (chain && best != null) {
                into.put(i, best);
            }
        }
        if (into.isEmpty()) {
            return events;
        }
        Map<Integer, List<Event>> members = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            int home = i;
            while (into.containsKey(home)) {
                home = into.get(home);
            }
            members.computeIfAbsent(home, k -> new ArrayList<>()).add(events.get(i));
        }
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (!into.containsKey(i)) {
                List<Event> group = members.get(i);
                out.add(group.size() == 1 ? group.get(0) : EventMerger.combine(group));
            }
        }
        return out;
    }
}
