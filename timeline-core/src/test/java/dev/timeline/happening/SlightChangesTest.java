package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A change said to be small is no news on any day ({@link Measures#slight}); a large one on a day may be. */
class SlightChangesTest {
    @Test
    void aSmallMoveIsNoHappening() {
        assertThat(LexiconExamples.titles("Tarnian stocks eased slightly on Wednesday as investors took profits."))
                .noneMatch(t -> t.contains("ease"));
        assertThat(LexiconExamples.titles("Velo oil prices slightly rose on Wednesday.")).isEmpty();
    }

    @Test
    void aMoveOnADayWithoutSuchAnAdverbStays() {
        assertThat(LexiconExamples.titles("Velo Bank shares plunged 40 percent on Wednesday."))
                .anyMatch(t -> t.contains("plunge"));
    }
}
