package dev.timeline.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.time.Precision;
import dev.timeline.time.TimeSpan;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import dev.timeline.timeline.Timeline;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SoftAssertionsExtension.class)
class TimelineSoftAssertionsTest {
    private static final String NL = System.lineSeparator();
    private static final Event PARADE = Event.builder("parade-2025", When.parse("2025-09-03"), "Victory Day parade")
            .type(EventType.PARADE).build();
    private static final Timeline TIMELINE = Timeline.of(PARADE);

    @InjectSoftAssertions
    TimelineSoftAssertions softly;

    /** Mixes AssertJ's soft assertions with ours, as the provider's Javadoc suggests. */
    static class MixedSoftAssertions extends SoftAssertions implements TimelineSoftAssertionsProvider {
    }

    @Test
    void collectsEveryFailureOfEveryKindOfAssertion() {
        TimelineSoftAssertions soft = new TimelineSoftAssertions();
        soft.assertThat(TIMELINE).hasSize(2).containsEventOn("2025-09-03").containsEventWithin("2024");
        soft.assertThat(PARADE).hasType(EventType.VISIT).hasTitleContaining("parade");
        soft.assertThat(When.parse("2011")).hasPrecision(Precision.MONTH).isCertainlyBefore("2010");
        soft.assertThat(TimeSpan.parse("P6Y")).hasLabel("6 months");
        soft.assertThatEvents(List.of(PARADE)).isEmpty();

        List<AssertionError> errors = soft.assertionErrorsCollected();
        assertThat(errors).extracting(Throwable::getMessage).satisfiesExactly(
                m -> assertThat(m).startsWith(NL + "expected 2 events but found 1:" + NL + "  " + Texts.event(PARADE)),
                m -> assertThat(m).startsWith(NL + "expected timeline of 1 event to contain an event within \"2024\""),
                m -> assertThat(m).contains("to have type visit but its type is parade"),
                m -> assertThat(m).contains("to have precision MONTH but it has YEAR"),
                m -> assertThat(m).contains("but \"2011\" certainly starts the day after the end of \"2010\""),
                m -> assertThat(m).startsWith(NL + "expected \"6 years\" to have label \"6 months\" but it has \"6 years\""),
                m -> assertThat(m).startsWith(NL + "expected 1 event to have no events"));
    }

    @Test
    void assertSoftlyReportsAllFailuresTogether() {
        assertThatThrownBy(() -> TimelineSoftAssertions.assertSoftly(s -> {
            s.assertThat(When.parse("2011")).isCertainlyDuring("2010");
            s.assertThat(When.parse("2011")).isCertainlyDuring("2012");
        }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Multiple Failures (2 failures)")
                .hasMessageContaining("to be certainly during \"2010\"")
                .hasMessageContaining("to be certainly during \"2012\"");
    }

    @Test
    void aTypoInADateStringIsOneMoreFailureAndKeepsTheOthers() {
        assertThatThrownBy(() -> TimelineSoftAssertions.assertSoftly(s -> {
            s.assertThat(When.parse("2011")).isCertainlyDuring("2010");
            s.assertThat(PARADE).isCertainlyBefore("2025-13-01");
            s.assertThat(TIMELINE).containsEventOn("2025-9-03");
            s.assertThat(When.parse("2011")).containsDay("2011-13-01");
        }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Multiple Failures (4 failures)")
                .hasMessageContaining("to be certainly during \"2010\"")
                .hasMessageContaining("Cannot parse \"2025-13-01\" at index 5: month 13 is out of range 1..12")
                .hasMessageContaining("Cannot parse \"2025-9-03\" at index 6")
                .hasMessageContaining("Cannot parse \"2011-13-01\"")
                .hasMessageNotContaining("at TimeArguments");
    }

    @Test
    void eachFailureStartsOnTheLineAfterAssertJsHeader() {
        assertThatThrownBy(() -> TimelineSoftAssertions.assertSoftly(s -> {
            s.assertThat(When.parse("2011")).isCertainlyDuring("2010");
            s.assertThat(PARADE).hasType(EventType.VISIT);
        }))
                .hasMessageContaining("-- failure 1 --" + NL + "expected \"2011\"")
                .hasMessageContaining("-- failure 2 --" + NL + "expected event parade-2025");
    }

    @Test
    void assertSoftlyPassesWhenEveryCheckDoes() {
        TimelineSoftAssertions.assertSoftly(s -> s.assertThat(TIMELINE).hasSize(1).containsEventOn("2025-09-03"));
    }

    @Test
    void injectedSoftAssertionsWorkWithTheJUnitExtension() {
        softly.assertThat(TIMELINE).hasSize(1).isSortedChronologically();
        softly.assertThat(PARADE).hasSameDaysAs("2025-09-03");
        assertThat(softly.wasSuccess()).isTrue();
    }

    @Test
    void injectedParameterWorksWithTheJUnitExtension(TimelineSoftAssertions parameter) {
        parameter.assertThat(When.parse("2025-W36")).hasSameDaysAs("2025-09-01/2025-09-07");
        assertThat(parameter.wasSuccess()).isTrue();
    }

    @Test
    void mixesWithAssertJsOwnSoftAssertions() {
        MixedSoftAssertions mixed = new MixedSoftAssertions();
        mixed.assertThat("text").startsWith("x");
        mixed.assertThat(TIMELINE).isEmpty();
        assertThat(mixed.assertionErrorsCollected()).hasSize(2);
    }
}
