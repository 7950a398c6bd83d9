package dev.timeline.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.timeline.chronology.Chronologies;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import dev.timeline.timeline.Source;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One long document that reports one happening thousands of times merges and gets its ids in linear time (the
 * naive forms, every report against every other, take minutes here).
 */
class LongDocumentMergeTest {
    @Test
    void thousandsOfReportsOfOneDayInOneDocumentMergeIntoOneEvent() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            events.add(Event.builder("e" + i, When.parse("2013-03-03"), "Kim visits Paris")
                    .type(EventType.of("visit")).participants(List.of("Kim Jong Un"))
                    .source(Source.of("big", i * 10, i * 10 + 5, "Kim visits Paris.")).build());
        }
        List<Event> merged = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> EventMerger.merge(events));
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).sources()).hasSize(30_000);
    }

    @Test
    void thousandsOfReportsOfOneMonthInOneDocumentStayApartInLinearTime() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            events.add(Event.builder("e" + i, When.parse("2011-09"), "Kim takes power in zone " + i)
                    .type(EventType.of("takeover")).participants(List.of("Kim Jong Un"))
                    .source(Source.of("big", i * 10, i * 10 + 5, "Kim takes power.")).build());
        }
        // one article's happenings stay apart unless on one same day or told in the same words: 30,000 clusters in
        // one block
        List<Event> merged = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> EventMerger.merge(events));
        assertThat(merged).hasSize(30_000);
    }

    @Test
    void repeatedTitlesOfOneDayAreNumberedInLinearTime() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            events.add(Event.builder("e" + i, When.parse("2013-03-03"), "Kim visits Paris")
                    .source(Source.of("d" + i, 0, 5, "Kim visits Paris.")).build());
        }
        List<Event> named = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> Chronologies.withReadableIds(events));
        assertThat(named).extracting(Event::id).doesNotHaveDuplicates()
                .contains("2013-03-03-kim-visits-paris", "2013-03-03-kim-visits-paris-2",
                        "2013-03-03-kim-visits-paris-60000");
    }
}
