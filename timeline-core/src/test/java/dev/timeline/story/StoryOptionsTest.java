package dev.timeline.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link StoryOptions}: what can be asked, and the messages for what cannot. */
class StoryOptionsTest {
    @Test
    void badCountsAndRangesAreRefusedWithAMessageThatSaysWhy() {
        assertThatThrownBy(() -> StoryOptions.of(0, 1)).hasMessage("the number of dates must be at least 1, not 0");
        assertThatThrownBy(() -> StoryOptions.of(5, 0)).hasMessageContaining("at least 1, not 0");
        assertThatThrownBy(() -> StoryOptions.of(5, 1).withRange(LocalDate.of(2010, 5, 2), LocalDate.of(2010, 5, 1)))
                .hasMessage("the range starts on 2010-05-02, after its end 2010-05-01");
        assertThatThrownBy(() -> StoryOptions.of(5, 1).withThreads(0)).hasMessageContaining("threads");
    }

    @Test
    void aRangeIsClosedAtEachGivenEndAndOpenElsewhere() {
        StoryOptions options = StoryOptions.of(5, 1).withRange(LocalDate.of(2010, 5, 1), null);
        assertThat(options.covers(LocalDate.of(2010, 5, 1))).isTrue();
        assertThat(options.covers(LocalDate.of(2010, 4, 30))).isFalse();
        assertThat(options.covers(LocalDate.of(2999, 1, 1))).isTrue();
        assertThat(options.to()).isEmpty();
        assertThat(options.ranking()).isEqualTo(DateRanking.COVERAGE);
    }
}
