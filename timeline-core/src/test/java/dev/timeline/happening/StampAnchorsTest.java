package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.document.Document;
import dev.timeline.tag.TimeTagger;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A live page's stamp dates the lines that name no date of their own; the creation date is Thursday 28 Aug 2025. */
class StampAnchorsTest {
    private static List<Event> extract(String text) {
        return EventExtractor.using(TimeTagger.english())
                .extract(Document.of("d", text), Optional.of(LocalDate.of(2025, 8, 28)));
    }

    @Test
    void aStampGivesWayToTheDateItsLineNames() {
        // was dated 15:45 on the creation date: the stamp is when the line was posted, not when he was paid
        assertThat(extract("3.45 pm: Ivo Rask was paid 4 million pounds in salary and awards last year."))
                .singleElement().satisfies(e -> {
                    assertThat(e.title()).startsWith("Ivo Rask is paid");
                    assertThat(e.when()).isEqualTo(When.parse("2024"));
                });
    }

    @Test
    void aLivePagesCommentaryInTheProgressiveIsNoHappening() {
        assertThat(extract("3.26 pm: Senator Ivo Rask is picking off some of Velo Oil's public statements."))
                .extracting(Event::title).noneMatch(t -> t.contains("picks off"));
        // what a line tells in the past is one
        assertThat(extract("3.40 pm: Senator Ivo Rask left the hearing.")).extracting(Event::title)
                .containsExactly("Senator Ivo Rask leaves the hearing");
    }

    @Test
    void aStampDatesALineThatNamesNoDate() {
        assertThat(extract("3.45 pm: The Velo senator Ivo Rask left the hearing.")).extracting(Event::when)
                .containsExactly(When.parse("2025-08-28T15:45"));
    }
}
