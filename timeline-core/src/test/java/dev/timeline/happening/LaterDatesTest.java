package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.timeline.Event;
import org.junit.jupiter.api.Test;

/** A length with "later" or "earlier" after it dates its happening from the date before it. */
class LaterDatesTest {
    @Test
    void aLengthLaterThanADayIsThatDayMoved() {
        assertThat(LexiconExamples.events("The Velo rig exploded off the coast of Tarn on 20 February and sank two days"
                + " later.")).extracting(e -> e.when() + " " + e.title())
                .contains("20 Feb 2025 The Velo rig explodes off the coast of Tarn", "22 Feb 2025 The Velo rig sinks");
        assertThat(LexiconExamples.events("The Velo rig sank on 22 February after exploding two days earlier."))
                .extracting(e -> e.when() + " " + e.title()).contains("20 Feb 2025 The Velo rig explodes");
    }

    @Test
    void aLengthWithoutADateBeforeItDatesNothing() {
        assertThat(LexiconExamples.events("The Velo rig sank two days later.")).extracting(Event::title)
                .noneMatch(t -> t.contains("sinks"));
    }

    @Test
    void theMovedDateKeepsTheCoarserPrecision() {
        assertThat(LaterDates.shifted("2025-02-20", 2, 'D')).isEqualTo("2025-02-22");
        assertThat(LaterDates.shifted("2025-02-20", -1, 'W')).isEqualTo("2025-02-13");
        assertThat(LaterDates.shifted("2025-02-20", 3, 'M')).isEqualTo("2025-05");
        assertThat(LaterDates.shifted("2025-02", 2, 'Y')).isEqualTo("2027");
        assertThat(LaterDates.shifted("2025-02", 2, 'D')).isNull();
        assertThat(LaterDates.shifted("2025", 2, 'M')).isNull();
        assertThat(LaterDates.shifted("PRESENT_REF", 2, 'Y')).isNull();
    }
}
