package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.document.Document;
import dev.timeline.tag.TimeTagger;
import dev.timeline.timeline.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lines that open on a month's day: a list of key dates tells happenings, a gallery's captions date pictures. */
class DatedListsTest {
    private static List<String> titles(String text) {
        return EventExtractor.using(TimeTagger.english()).extract(Document.of("d", text),
                Optional.of(LocalDate.of(2010, 6, 18))).stream().map(Event::title).toList();
    }

    @Test
    void aListOfKeyDatesInOrderTellsItsHappenings() {
        assertThat(titles("""
                Key dates of the crisis.
                Sept. 7: U.S. government seizes Fannie Mae and Freddie Mac.
                Sept. 14: The Federal Reserve expands the rules on what can be accepted as collateral.
                Sept. 16: The Federal Reserve Bank of New York is authorized to lend up to $85 billion to AIG.
                """)).contains("U.S. government seizes Fannie Mae and Freddie Mac");
    }

    @Test
    void aCaptionThatOpensOnItsDayIsNoHappening() {
        assertThat(titles("""
                Oil spill hearing
                June 17: BP CEO Tony Hayward testifies during a House subcommittee hearing on Capitol Hill.
                June 16, 2010: President Obama meets BP executives at the White House.
                Lawmakers questioned Hayward for seven hours.
                """)).isEmpty();
    }
}
