package dev.timeline.assertj;

import dev.timeline.time.When;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearWeek;

/** Implementing the interface gives both AssertJ's assertions and ours without any static import. */
class WithTimelineAssertionsTest implements WithTimelineAssertions {

    @Test
    void bothKindsOfAssertionsAreAvailable() {
        assertThat("abc").startsWith("a");
        assertThat(assertThat(When.parse("2025-09-03"))).isInstanceOf(WhenAssert.class);
        assertThat(When.parse("2025-09-03")).isCertainlyDuring(YearWeek.of(2025, 36));
    }
}
