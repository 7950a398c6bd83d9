package dev.timeline.assertj;

import static dev.timeline.assertj.Assertions.assertThat;
import static dev.timeline.assertj.Assertions.assertThatThrownBy;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Timeline;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;

/** One static import gives AssertJ's assertions and ours; the trap of two imports is gone. */
class EntryPointTest {

    @Test
    void assertJsOwnAssertionsComeAlong() {
        AbstractStringAssert<?> text = assertThat("abc");
        text.startsWith("a");
        assertThat(List.of(1, 2)).containsExactly(1, 2);
        assertThat(LocalDate.of(2025, 9, 3)).isAfter(LocalDate.of(2025, 9, 2));
    }

    @Test
    void ourOverloadsWinForOurTypes() {
        When when = When.parse("2025-09-03");
        Event event = Event.of("e", when, "E");
        assertThat(assertThat(when)).isInstanceOf(WhenAssert.class);
        assertThat(assertThat(event)).isInstanceOf(EventAssert.class);
        assertThat(assertThat(Timeline.of(event))).isInstanceOf(TimelineAssert.class);
    }

    @Test
    void aWhenGetsTheRelationsNotTheComparableChecks() {
        // AssertJ's assertThat(Comparable) would pass isLessThan: "2011" sorts before "late 2011".
        assertThatThrownBy(() -> assertThat(When.parse("2011")).isCertainlyBefore("2011-39"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("they certainly overlap");
    }
}
