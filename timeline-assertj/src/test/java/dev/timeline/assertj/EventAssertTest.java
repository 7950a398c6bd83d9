package dev.timeline.assertj;

import static dev.timeline.assertj.TimelineAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import dev.timeline.timeline.Source;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventAssertTest {
    private static final String NL = System.lineSeparator();
    private static final Event PARADE = Event.builder("parade-2025", When.parse("2025-09-03"), "Victory Day parade")
            .type(EventType.PARADE)
            .participant("Xi Jinping")
            .participant("Vladimir Putin")
            .place("Beijing")
            .source(Source.of("apnews-1", 10, 30, "A parade was held in Beijing on Sept. 3."))
            .attribute("tense", "past")
            .build();
    private static final Event BARE = Event.of("bare", When.parse("2025-09"), "Something happened");
    private static final String PARADE_TEXT = "parade-2025 [3 Sep 2025] Victory Day parade (parade)";

    @Test
    void propertyChecksPassForTheParade() {
        assertThat(PARADE)
                .hasId("parade-2025")
                .hasTitle("Victory Day parade")
                .hasTitleContaining("parade")
                .hasSourceCount(1)
                .hasSourceFrom("apnews-1")
                .hasParticipant("Xi Jinping")
                .hasPlace("Beijing")
                .hasType(EventType.PARADE)
                .hasType("parade")
                .hasAttribute("tense", "past");
    }

    @Test
    void hasIdFailureQuotesTheId() {
        assertThatThrownBy(() -> assertThat(PARADE).hasId("parade"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected event " + PARADE_TEXT + " to have id \"parade\" but its id is \"parade-2025\"");
    }

    @Test
    void hasTitleFailureQuotesTheTitle() {
        assertThatThrownBy(() -> assertThat(PARADE).hasTitle("Parade"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected event " + PARADE_TEXT + " to have title \"Parade\" but its title is"
                        + " \"Victory Day parade\"");
    }

    @Test
    void hasTitleContainingIsCaseSensitive() {
        assertThatThrownBy(() -> assertThat(PARADE).hasTitleContaining("Parade"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected event " + PARADE_TEXT + " to have a title containing \"Parade\" but its title"
                        + " is \"Victory Day parade\"");
    }

    @Test
    void hasSourceCountFailureListsTheSources() {
        assertThatThrownBy(() -> assertThat(PARADE).hasSourceCount(2))
                .isInstanceOf(AssertionError.class)
                .hasMessage(String.format("%nexpected event " + PARADE_TEXT + " to have 2 sources but found 1:%n"
                        + "  apnews-1[10,30) \"A parade was held in Beijing on Sept. 3.\""));
    }

    @Test
    void hasSourceCountFailureForNoSources() {
        assertThatThrownBy(() -> assertThat(BARE).hasSourceCount(1))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected event bare [September 2025] Something happened (other) to have 1 source but"
                        + " found 0");
    }

    @Test
    void hasSourceFromFailureListsTheSources() {
        assertThatThrownBy(() -> assertThat(PARADE).hasSourceFrom("reuters-1"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(String.format("%nexpected event " + PARADE_TEXT + " to have a source in document"
                        + " \"reuters-1\" but its sources are:%n"
                        + "  apnews-1[10,30) \"A parade was held in Beijing on Sept. 3.\""));
    }

    @Test
    void hasParticipantFailureListsTheParticipants() {
        assertThatThrownBy(() -> assertThat(PARADE).hasParticipant("Kim Jong Un"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected event " + PARADE_TEXT + " to have participant \"Kim Jong Un\" but its"
                        + " participants are \"Xi Jinping\", \"Vladimir Putin\"");
    }

    @Test
    void hasPlaceFailureForNoPlaces() {
        assertThatThrownBy(() -> assertThat(BARE).hasPlace("Beijing"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected event bare [September 2025] Something happened (other) to have place"
                        + " \"Beijing\" but it has no places");
    }

    @Test
    void hasTypeFailureNamesTheActualType() {
        assertThatThrownBy(() -> assertThat(PARADE).hasType(EventType.VISIT))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected event " + PARADE_TEXT + " to have type visit but its type is parade");
    }

    @Test
    void hasAttributeFailureNamesTheActualValue() {
        assertThatThrownBy(() -> assertThat(PARADE).hasAttribute("tense", "future"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected event " + PARADE_TEXT + " to have tense \"future\" but its tense is \"past\"");
    }

    @Test
    void hasSameDaysAsPassesForItsDay() {
        assertThat(PARADE).hasSameDaysAs("2025-09-03").hasSameDaysAs(LocalDate.of(2025, 9, 3));
        assertThat(BARE).hasSameDaysAs("2025-09");
    }

    @Test
    void hasSameDaysAsFailsForAMonthEventOnOneOfItsDays() {
        assertThatThrownBy(() -> assertThat(BARE).hasSameDaysAs("2025-09-03"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected event bare [September 2025] Something happened (other) (2025-09-01..2025-09-30)"
                        + " to cover the same days as \"3 Sep 2025\" (2025-09-03) but \"September 2025\" certainly contains"
                        + " \"3 Sep 2025\"");
    }

    @Test
    void isDuringPassesForItsWeek() {
        assertThat(PARADE).isCertainlyDuring("2025-W36").isCertainlyDuring("2025");
    }

    @Test
    void isDuringFailureNamesTheRelation() {
        assertThatThrownBy(() -> assertThat(PARADE).isCertainlyDuring("2024"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected event " + PARADE_TEXT + " (2025-09-03) to be certainly during \"2024\""
                        + " (2024-01-01..2024-12-31) but \"3 Sep 2025\" is certainly after \"2024\"");
    }

    @Test
    void isCertainlyBeforeAndAfterPassAroundTheDay() {
        assertThat(PARADE).isCertainlyBefore("2025-10").isCertainlyAfter("2025-08");
    }

    @Test
    void isCertainlyBeforeFailureNamesTheRelation() {
        assertThatThrownBy(() -> assertThat(BARE).isCertainlyBefore("2025-09-15"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected event bare [September 2025] Something happened (other) (2025-09-01..2025-09-30)"
                        + " to be certainly before \"15 Sep 2025\" (2025-09-15) but \"September 2025\" certainly"
                        + " contains \"15 Sep 2025\"");
    }

    @Test
    void isCertainlyAfterFailureNamesTheRelation() {
        assertThatThrownBy(() -> assertThat(PARADE).isCertainlyAfter("2025-09-04"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected event " + PARADE_TEXT + " (2025-09-03) to be certainly after \"4 Sep 2025\""
                        + " (2025-09-04) but \"3 Sep 2025\" certainly ends the day before the start of \"4 Sep 2025\"");
    }
}
