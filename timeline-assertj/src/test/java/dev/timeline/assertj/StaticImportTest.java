package dev.timeline.assertj;

import static dev.timeline.assertj.TimelineAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Timeline;
import org.junit.jupiter.api.Test;

/** Both {@code assertThat}s imported statically: ours are chosen for our types, AssertJ's for the rest. */
class StaticImportTest {

    @Test
    void ourOverloadsWinForOurTypes() {
        When when = When.parse("2025-09-03");
        Event event = Event.of("e", when, "E");
        Timeline timeline = Timeline.of(event);
        assertThat(assertThat(when)).isInstanceOf(WhenAssert.class);
        assertThat(assertThat(event)).isInstanceOf(EventAssert.class);
        assertThat(assertThat(timeline)).isInstanceOf(TimelineAssert.class);
        assertThat("AssertJ's").startsWith("Assert");
    }
}
