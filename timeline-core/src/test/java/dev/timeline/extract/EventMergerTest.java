package dev.timeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import dev.timeline.timeline.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventMergerTest {
    private static Event event(String doc, String when, String mod, String title, List<String> people) {
        When w = mod == null ? When.parse(when) : When.parseTimex(when, mod);
        return Event.builder(doc + title, w, title).type(EventType.TAKEOVER).participants(people)
                .source(Source.of(doc, 0, 1, "s")).build();
    }

    @Test
    void theMorePreciseDateWinsAndAllSourcesAreKept() {
        List<Event> merged = EventMerger.merge(List.of(
                event("a", "2011", null, "Kim takes power", List.of("Kim Jong Un")),
                event("b", "2011", "END", "Kim takes power", List.of("Kim Jong-un"))));
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).when().label()).isEqualTo("late 2011");
        assertThat(merged.get(0).sources()).extracting(Source::documentId).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void incompatibleDatesNeverMerge() {
        assertThat(EventMerger.merge(List.of(
                event("a", "2011", null, "Kim takes power", List.of("Kim Jong Un")),
                event("b", "2012", null, "Kim takes power", List.of("Kim Jong Un"))))).hasSize(2);
    }

    @Test
    void oneArticlesSeparateHappeningsStayApart() {
        assertThat(EventMerger.merge(List.of(
                event("a", "2011", null, "Kim takes power", List.of("Kim Jong Un")),
                event("a", "2011-12", null, "Kim takes office", List.of("Kim Jong Un"))))).hasSize(2);
    }

    @Test
    void differentPeopleDoNotMerge() {
        assertThat(EventMerger.merge(List.of(
                event("a", "2011", null, "takes power", List.of("Kim Jong Un")),
                event("b", "2011", null, "takes power", List.of("Vladimir Putin"))))).hasSize(2);
    }
}
