package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.chronology.Chronologies;
import dev.timeline.document.Document;
import dev.timeline.timeline.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text inside markup is not prose; a participant is a name, not a preposition phrase. */
class MarkupAndNamesTest {
    @Test
    void markupGivesNoTitleAndNoParticipant() {
        Document d = Document.of("x", "<script>alert(1)</script> visits Japan on 3 March 2013.\n\n"
                + "On 5 June 2015, <b>Kim Jong Un</b> traveled to <i>Moscow</i> to meet Putin.");
        List<Event> events = Chronologies.build(List.of(d)).timeline().events();
        assertThat(events).isNotEmpty();
        for (Event e : events) {
            assertThat(e.title()).doesNotContain("<").doesNotContain(">").doesNotContain("script")
                    .doesNotContain("alert").doesNotContainPattern("\\bi\\b");
            assertThat(String.join(" ", e.participants())).doesNotContain("<").doesNotContain("script");
        }
    }

    @Test
    void aParticipantStartingWithAPrepositionIsNoName() {
        assertThat(EventExtractor.isName("of People")).isFalse();
        assertThat(EventExtractor.isName("in Beijing")).isFalse();
        assertThat(EventExtractor.isName("Kim Jong Un")).isTrue();
        assertThat(EventExtractor.isName("Bank of China")).isTrue();
        assertThat(EventExtractor.isName("offshore investors")).isTrue();
    }
}
