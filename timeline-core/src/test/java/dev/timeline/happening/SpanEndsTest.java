package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Through" right before a date ends a span: the date is a bound, not the happening's time. */
class SpanEndsTest {
    @Test
    void aDateRightAfterThroughIsTheEndOfASpan() {
        assertThat(LexiconExamples.titles("Fishing has been banned near Velo at least through August.")).isEmpty();
        assertThat(LexiconExamples.titles("Ostra backed the Tarnian regime through the 1980s.")).isEmpty();
    }

    @Test
    void throughBeforeAPlaceStaysAHappeningOfItsDate() {
        assertThat(LexiconExamples.titles("Hurricane Alex blew through the Gulf of Tarnia on Monday.")).containsExactly(
                "Hurricane Alex blows through the Gulf of Tarnia");
    }
}
