package dev.timeline.assertj;

import static dev.timeline.assertj.Assertions.assertThat;
import static dev.timeline.assertj.Assertions.assertThatThrownBy;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The old names still work as the new ones do, and coversDay parses like every string argument. */
@SuppressWarnings("deprecation")
class DeprecatedNamesTest {
    private static final When WEEK_36 = When.parse("2025-W36");

    @Test
    void oldValueNamesDelegate() {
        assertThat(WEEK_36).isDuring("2025").isDuring(When.parse("2025-09")).overlaps("2025-09-03")
                .doesNotOverlap("2025-W37").covers("2025-09-01", "2025-09-07")
                .covers(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 7)).coversDay("2025-09-03")
                .coversDay(LocalDate.of(2025, 9, 7));
        assertThatThrownBy(() -> assertThat(WEEK_36).isDuring("2025-W37"))
                .hasMessageContaining("to be certainly during");
    }

    @Test
    void coversDayParsesLikeOtherStringArguments() {
        assertThatThrownBy(() -> assertThat(WEEK_36).coversDay("2025-9-3"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cannot parse \"2025-9-3\" at index 6");
    }

    @Test
    void oldEventNamesDelegate() {
        Event parade = Event.of("parade", When.parse("2025-09-03"), "Parade");
        assertThat(parade).occursOn("2025-09-03").occursOn(LocalDate.of(2025, 9, 3)).isDuring("2025-W36");
    }
}
