package dev.timeline.assertj;

import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft assertions on timelines, events and imprecise dates: every failed check is collected, and
 * {@link #assertAll()} reports them together.
 *
 * <pre>{@code
 * TimelineSoftAssertions.assertSoftly(softly -> {
 *     softly.assertThat(timeline).hasSize(3);
 *     softly.assertThat(event).hasType(EventType.PARADE).occursOn("2025-09-03");
 * });
 * }</pre>
 *
 * With JUnit 5, let AssertJ's {@code SoftAssertionsExtension} create it and call {@code assertAll()} after each
 * test:
 *
 * <pre>{@code
 * @ExtendWith(SoftAssertionsExtension.class)
 * class MyTest {
 *     @InjectSoftAssertions
 *     TimelineSoftAssertions softly;
 * }
 * }</pre>
 *
 * <p>Not thread-safe: use one instance per test.
 */
public class TimelineSoftAssertions extends AbstractSoftAssertions implements TimelineSoftAssertionsProvider {

    /** Creates soft assertions with no errors collected yet. */
    public TimelineSoftAssertions() {
    }

    /**
     * Runs {@code softly} with fresh soft assertions, then reports every failure it collected.
     *
     * @throws AssertionError listing every failed check, if any failed
     */
    public static void assertSoftly(Consumer<TimelineSoftAssertions> softly) {
        SoftAssertionsProvider.assertSoftly(TimelineSoftAssertions.class, softly::accept);
    }
}
