package dev.timeline.assertj;

import static dev.timeline.assertj.TimelineAssertions.assertThat;
import static dev.timeline.assertj.TimelineAssertions.assertThatEvents;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.time.Modifier;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import dev.timeline.timeline.Timeline;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineAssertTest {
    private static final String NL = System.lineSeparator();
    private static final Event PARADE = Event.builder("parade-2025", When.parse("2025-09-03"), "Victory Day parade")
            .type(EventType.PARADE).build();
    private static final Event VISIT = Event.builder("visit-2025", When.parse("2025-08"), "State visit")
            .type(EventType.VISIT).build();
    private static final Event ELECTION = Event.builder("election-2011", When.parse("2011").withModifier(Modifier.END),
            "Parliamentary election").type(EventType.ELECTION).build();
    private static final Timeline TIMELINE = Timeline.of(PARADE, VISIT, ELECTION);
    private static final String EVENTS = String.format("%n  election-2011 [late 2011] Parliamentary election (election)"
            + " (2011-09-01..2011-12-31)"
            + "%n  visit-2025 [August 2025] State visit (visit) (2025-08-01..2025-08-31)"
            + "%n  parade-2025 [3 Sep 2025] Victory Day parade (parade) (2025-09-03)");

    @Test
    void hasSizePassesForThreeEvents() {
        assertThat(TIMELINE).hasSize(3);
    }

    @Test
    void hasSizeFailureListsTheEvents() {
        assertThatThrownBy(() -> assertThat(TIMELINE).hasSize(2))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected 2 events but found 3:" + EVENTS);
    }

    @Test
    void isEmptyPassesForTheEmptyTimeline() {
        assertThat(Timeline.empty()).isEmpty();
    }

    @Test
    void isEmptyFailureListsTheEvents() {
        assertThatThrownBy(() -> assertThat(TIMELINE).isEmpty())
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected timeline of 3 events to have no events but found:" + EVENTS);
    }

    @Test
    void isNotEmptyFailsForTheEmptyTimeline() {
        assertThatThrownBy(() -> assertThat(Timeline.empty()).isNotEmpty())
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected timeline of 0 events to have at least one event but found none");
    }

    @Test
    void containsEventWithIdPassesForAnId() {
        assertThat(TIMELINE).containsEventWithId("visit-2025");
    }

    @Test
    void containsEventWithIdFailureListsTheEvents() {
        assertThatThrownBy(() -> assertThat(TIMELINE).containsEventWithId("visit-2024"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected timeline of 3 events to contain an event with id \"visit-2024\" but none has"
                        + " it:" + EVENTS);
    }

    @Test
    void containsEventOnPassesForTheExactDaysOfAnEvent() {
        assertThat(TIMELINE).containsEventOn("2025-09-03").containsEventOn(LocalDate.of(2025, 9, 3))
                .containsEventOn("2025-08").containsEventOn("2011-39");
    }

    @Test
    void containsEventOnFailsForADayAnEventOnlyMayHaveHappenedOn() {
        assertThatThrownBy(() -> assertThat(TIMELINE).containsEventOn("2025-08-15"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected timeline of 3 events to contain an event on \"15 Aug 2025\" (2025-08-15) but"
                        + " none covers exactly those days:" + EVENTS);
    }

    @Test
    void containsEventWithinPassesForTheYearOfAnEvent() {
        assertThat(TIMELINE).containsEventWithin("2025").containsEventWithin("2011-H2");
    }

    @Test
    void containsEventWithinFailsForAYearWithoutEvents() {
        assertThatThrownBy(() -> assertThat(TIMELINE).containsEventWithin("2024"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected timeline of 3 events to contain an event within \"2024\""
                        + " (2024-01-01..2024-12-31) but none lies within those days:" + EVENTS);
    }

    @Test
    void containsEventMatchingPassesForAParade() {
        assertThat(TIMELINE).containsEventMatching(e -> e.type().equals(EventType.PARADE), "a parade");
    }

    @Test
    void containsEventMatchingFailureUsesTheDescription() {
        assertThatThrownBy(() -> assertThat(TIMELINE).containsEventMatching(e -> e.participants().contains("Xi"),
                "an event with Xi"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected timeline of 3 events to contain an event matching \"an event with Xi\" but"
                        + " none matches:" + EVENTS);
    }

    @Test
    void hasNoEventMatchingFailureListsTheMatches() {
        assertThatThrownBy(() -> assertThat(TIMELINE).hasNoEventMatching(e -> e.when().precision().compareTo(
                dev.timeline.time.Precision.MONTH) <= 0, "a coarse date"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(String.format("%nexpected timeline of 3 events to have no event matching \"a coarse date\""
                        + " but found:%n  election-2011 [late 2011] Parliamentary election (election)"
                        + " (2011-09-01..2011-12-31)"
                        + "%n  visit-2025 [August 2025] State visit (visit) (2025-08-01..2025-08-31)"));
    }

    @Test
    void isSortedChronologicallyPassesForATimeline() {
        assertThat(TIMELINE).isSortedChronologically();
        assertThatEvents(TIMELINE.certainlyAfter(When.parse("2012"))).isSortedChronologically();
    }

    @Test
    void isSortedChronologicallyFailureNamesThePairOutOfOrder() {
        assertThatThrownBy(() -> assertThatEvents(List.of(PARADE, VISIT)).isSortedChronologically())
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected 2 events to be sorted chronologically but event 1, visit-2025 [August 2025]"
                        + " State visit (visit) (2025-08-01..2025-08-31), comes after event 0, parade-2025"
                        + " [3 Sep 2025] Victory Day parade (parade) (2025-09-03), though it starts earlier");
    }

    @Test
    void hasNoEventBeforePassesWhenNoEventCanEndBeforeItStarts() {
        assertThat(TIMELINE).hasNoEventBefore("2011").hasNoEventBefore("2011-09");
    }

    @Test
    void hasNoEventBeforeFailsForAnEventThatOnlyMayBeBefore() {
        assertThatThrownBy(() -> assertThat(TIMELINE).hasNoEventBefore("2011-12"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("(2011-09-01..2011-12-31): they possibly overlap: \"late 2011\" may be before,");
    }

    @Test
    void hasNoEventBeforeFailureNamesEachOffenderAndItsRelation() {
        assertThatThrownBy(() -> assertThat(TIMELINE).hasNoEventBefore("2025-08-31"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(String.format("%nexpected timeline of 3 events to have no event possibly before"
                        + " \"31 Aug 2025\" (2025-08-31) but found:%n  election-2011 [late 2011] Parliamentary"
                        + " election (election) (2011-09-01..2011-12-31): \"late 2011\" is certainly before"
                        + " \"31 Aug 2025\""));
    }

    @Test
    void hasNoEventAfterPassesForTheLastDay() {
        assertThat(TIMELINE).hasNoEventAfter("2025-09-03");
    }

    @Test
    void hasNoEventAfterFailureNamesEachOffenderAndItsRelation() {
        assertThatThrownBy(() -> assertThat(TIMELINE).hasNoEventAfter("2025-08-30"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(String.format("%nexpected timeline of 3 events to have no event possibly after"
                        + " \"30 Aug 2025\" (2025-08-30) but found:%n  parade-2025 [3 Sep 2025] Victory Day parade"
                        + " (parade) (2025-09-03): \"3 Sep 2025\" is certainly after \"30 Aug 2025\""));
    }

    @Test
    void eventsAssertNamesTheEventsByCount() {
        assertThatThrownBy(() -> assertThatEvents(TIMELINE.within(When.parse("2025"))).hasSize(1))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith(NL + "expected 1 event but found 2:");
    }

    @Test
    void nullTimelineFailsAsInAssertJ() {
        assertThatThrownBy(() -> assertThat((Timeline) null).hasSize(0))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting actual not to be null");
    }
}
