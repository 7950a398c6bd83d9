package dev.timeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventExtractorTest {
    private static List<Event> extract(String text) {
        return EventExtractor.using(TimeTagger.english())
                .extract(Document.of("d", text), Optional.of(LocalDate.of(2025, 8, 28)));
    }

    @Test
    void theHappeningThatOccasionedADatedOneSharesItsYear() {
        List<Event> events = extract("He took power in 2011 following the death of his father, Kim Jong-Il.");
        assertThat(events).extracting(Event::title).contains("Kim Jong-Il dies");
        Event death = events.stream().filter(e -> e.title().equals("Kim Jong-Il dies")).findFirst().orElseThrow();
        assertThat(death.when()).isEqualTo(When.parse("2011"));
        assertThat(death.participants()).containsExactly("Kim Jong-Il");
    }

    @Test
    void aDayIsNotLentToWhatCameBefore() {
        assertThat(extract("He took office on 5 May 2010 following the election of his party."))
                .extracting(Event::type).extracting(t -> t.name()).doesNotContain("election");
    }
}
