package dev.timeline.assertj;

import static dev.timeline.assertj.Assertions.assertThat;
import static dev.timeline.assertj.Assertions.assertThatThrownBy;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Timeline;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;
import org.threeten.extra.YearWeek;

/** The calendar types tests reach for are accepted wherever a When is, by values, events and event lists. */
class RelationOverloadsTest {
    private static final When DAY = When.parse("2025-09-03");
    private static final Event PARADE = Event.of("parade", DAY, "Victory Day parade");
    private static final LocalDate SEPT_3 = LocalDate.of(2025, 9, 3);

    @Test
    void aValueRelatesToEveryCalendarType() {
        assertThat(DAY)
                .isCertainlyDuring(YearMonth.of(2025, 9))
                .isCertainlyDuring(Year.of(2025))
                .isCertainlyDuring(YearWeek.of(2025, 36))
                .isCertainlyDuring(YearQuarter.of(2025, 3))
                .isCertainlyDuring(LocalDateRange.ofClosed(SEPT_3, SEPT_3.plusDays(4)))
                .hasSameDaysAs(SEPT_3)
                .isCertainlyBefore(SEPT_3.plusDays(2))
                .isCertainlyAfter(YearMonth.of(2025, 8))
                .isPossiblyOverlapping(Year.of(2025))
                .isCertainlyOverlapping(YearWeek.of(2025, 36))
                .isCertainlyNotOverlapping(YearQuarter.of(2025, 4))
                .containsDay(SEPT_3);
    }

    @Test
    void anEventHasTheRelationsAValueHas() {
        assertThat(PARADE)
                .isCertainlyDuring(YearWeek.of(2025, 36))
                .isPossiblyBefore("2025-09-04")
                .isPossiblyAfter(YearMonth.of(2025, 8))
                .isPossiblyOverlapping("2025-W36")
                .isCertainlyNotOverlapping(Year.of(2024))
                .containsDay("2025-09-03");
    }

    @Test
    void anEventRelationFailureNamesTheEvent() {
        assertThatThrownBy(() -> assertThat(PARADE).isPossiblyAfter(YearQuarter.of(2025, 4)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected event parade [3 Sep 2025] Victory Day parade")
                .hasMessageContaining("to be possibly after \"Q4 2025\"");
    }

    @Test
    void eventListsAcceptTheCalendarTypes() {
        assertThat(Timeline.of(PARADE))
                .containsEventOn(SEPT_3)
                .containsEventWithin(YearWeek.of(2025, 36))
                .hasNoEventBefore(YearMonth.of(2025, 9))
                .hasNoEventAfter(LocalDateRange.ofClosed(SEPT_3.minusDays(1), SEPT_3));
    }

    @Test
    void containsDayTakesOneDayAndSaysSoOtherwise() {
        assertThatThrownBy(() -> assertThat(DAY).containsDay("2025-09"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected one day such as \"2025-09-03\" but \"2025-09\" is \"September 2025\"");
    }

    @Test
    void valuesWithOffsetsAreSortedByInstant() {
        Event newYork = Event.of("ny", When.parse("2025-09-03T23:30-05:00"), "Late in New York");
        Event london = Event.of("london", When.parse("2025-09-04T01:00Z"), "Early in London");
        assertThat(assertThatEvents(List.of(london, newYork))).isNotNull();
        Assertions.assertThatEvents(List.of(london, newYork)).isSortedChronologically();
        assertThatThrownBy(() -> Assertions.assertThatEvents(List.of(newYork, london)).isSortedChronologically())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("though it starts at an earlier instant");
        assertThat(newYork.when()).isCertainlyAfter(london.when()).isCertainlyDuring("2025-09-03");
    }

    private static EventsAssert assertThatEvents(List<Event> events) {
        return Assertions.assertThatEvents(events);
    }
}
