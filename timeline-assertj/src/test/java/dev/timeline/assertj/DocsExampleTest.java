package dev.timeline.assertj;

import static dev.timeline.assertj.Assertions.*;

import dev.timeline.time.When;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearWeek;

/** The example docs/assertj.md opens with, as written there. */
class DocsExampleTest {

    @Test
    void paradeWeek() {
        When parade = When.parse("2025-09-03");
        assertThat(parade).isCertainlyDuring(YearWeek.of(2025, 36)).isCertainlyBefore("2025-09-05");
        assertThat(When.parse("2011-39")).hasLabel("late 2011").isPossiblyBefore(YearMonth.of(2011, 12));
        assertThat(When.parse("2025-09-03T23:30-05:00")).isCertainlyAfter(When.of(Instant.parse("2025-09-04T01:00:00Z")));
        assertThat("AssertJ's own").startsWith("AssertJ");
    }
}
