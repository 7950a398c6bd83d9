package dev.timeline.examples;

import static dev.timeline.assertj.Assertions.assertThat;
import static dev.timeline.assertj.Assertions.assertThatThrownBy;

import dev.timeline.assertj.Pinned;
import dev.timeline.assertj.PinnedReferenceDate;
import dev.timeline.assertj.ReferenceDates;
import dev.timeline.assertj.TimelineSoftAssertions;
import dev.timeline.examples.Deadlines.Verdict;
import dev.timeline.tag.Anchor;
import dev.timeline.time.Modifier;
import dev.timeline.time.Precision;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import dev.timeline.timeline.Timeline;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threeten.extra.YearWeek;

/**
 * How to unit-test date logic with timeline-assertj: a deadline check, "which events came before", and the
 * tagger's relative dates with a pinned reference date.
 */
@ExtendWith(SoftAssertionsExtension.class)
@PinnedReferenceDate("2025-08-28")
class DateLogicExampleTest {
    private static final Event ELECTION = Event.builder("election-2011",
            When.parse("2011").withModifier(Modifier.END), "Parliamentary election").type(EventType.ELECTION).build();
    private static final Event PROTESTS = Event.of("protests-2011", When.parse("2011-12"), "Protests in Moscow");
    private static final Event PARADE = Event.builder("parade-2015", When.parse("2015-09-03"), "Victory Day parade")
            .type(EventType.PARADE).participant("Xi Jinping").place("Beijing").build();
    private static final Timeline TIMELINE = Timeline.of(ELECTION, PROTESTS, PARADE);

    @InjectSoftAssertions
    TimelineSoftAssertions softly;

    @Test
    void workDoneOnTheDayMeetsAWeekDeadline() {
        assertThat(Deadlines.verdict(When.parse("2025-09-03"), When.parse("2025-W36"))).isEqualTo(Verdict.MET);
    }

    @Test
    void workDoneSometimeInTheMonthLeavesAMidMonthDeadlineUndecided() {
        When september = When.parse("2025-09");
        When deadline = When.parse("2025-09-15");
        // The assertion says why: the work may be before, on or after the deadline.
        assertThat(september).isPossiblyOverlapping(deadline).containsDay("2025-09-16");
        assertThat(Deadlines.verdict(september, deadline)).isEqualTo(Verdict.UNDECIDED);
    }

    @Test
    void lateSeptemberMissesAnEndOfAugustDeadline() {
        When lateSeptember = When.parse("2025-09").withModifier(Modifier.END);
        assertThat(lateSeptember).isCertainlyAfter("2025-08");
        assertThat(Deadlines.verdict(lateSeptember, When.parse("2025-08"))).isEqualTo(Verdict.MISSED);
    }

    @Test
    void daysLeftCountsFromThePinnedToday(@Pinned Clock clock) {
        Deadlines deadlines = new Deadlines(clock);
        assertThat(deadlines.daysLeft(When.of(YearWeek.of(2025, 36)))).isEqualTo(10);
        assertThat(deadlines.remaining(When.parse("2025-W36")).orElseThrow())
                .hasSameDaysAs("2025-08-28/2025-09-07")
                .hasLabel("28 Aug – 7 Sep 2025");
    }

    /** The pinned "today" is the same day in New York as in UTC: the clock sits at noon. */
    @Test
    void todayIsThePinnedDayInNewYorkToo(@Pinned Clock clock) {
        Deadlines inNewYork = new Deadlines(clock.withZone(ZoneId.of("America/New_York")));
        assertThat(inNewYork.today()).isEqualTo(LocalDate.of(2025, 8, 28));
    }

    /** A class-wide pin leaves the parameterized arguments alone and still gives "today" to whoever asks. */
    @ParameterizedTest
    @CsvSource({"2025-08-28, 0", "2025-08-31, 3", "2025-09-07, 10", "2025-08-27, -1"})
    void daysLeftToADeadlineDay(LocalDate deadline, long expected, @Pinned Clock clock) {
        assertThat(new Deadlines(clock).daysLeft(When.of(deadline))).isEqualTo(expected);
    }

    @Test
    void daysLeftWorksWithAClockPinnedByHandToo() {
        Deadlines deadlines = new Deadlines(ReferenceDates.pinned("2025-09-08").clock());
        assertThat(deadlines.daysLeft(When.parse("2025-W36"))).isEqualTo(-1);
        assertThat(deadlines.remaining(When.parse("2025-W36"))).isEmpty();
    }

    @Test
    void anOpenEndedDeadlineHasNoDaysLeft(@Pinned Clock clock) {
        assertThatThrownBy(() -> new Deadlines(clock).daysLeft(When.parse("2025").withModifier(Modifier.AFTER)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the deadline \"after 2025\" has no last day");
    }

    @Test
    void onlyTheElectionCertainlyPrecededTheParade() {
        Timeline before = Precedents.certainlyPreceding(TIMELINE, "parade-2015");
        assertThat(before)
                .hasSize(2)
                .containsEventWithin("2011")
                .hasNoEventAfter("2014")
                .containsEventMatching(e -> e.type().equals(EventType.ELECTION), "an election");
    }

    @Test
    void theLateElectionOnlyPossiblyPrecededTheDecemberProtests() {
        assertThat(Precedents.certainlyPreceding(TIMELINE, "protests-2011")).isEmpty();
        assertThat(Precedents.possiblyPreceding(TIMELINE, "protests-2011"))
                .hasSize(1)
                .containsEventWithId("election-2011")
                .containsEventOn("2011-39");
        assertThat(ELECTION.when()).isPossiblyBefore(PROTESTS.when()).isPossiblyOverlapping(YearMonth.of(2011, 12));
    }

    @Test
    void softAssertionsReportEveryMismatchOfTheParadeAtOnce() {
        softly.assertThat(PARADE)
                .hasType(EventType.PARADE)
                .hasParticipant("Xi Jinping")
                .hasPlace("Beijing")
                .hasSameDaysAs("2015-09-03")
                .isCertainlyDuring(YearWeek.of(2015, 36));
        softly.assertThat(PARADE.when()).hasPrecision(Precision.DAY).hasTimexValue("2015-09-03");
    }

    @Test
    void nextWednesdayIsResolvedAgainstThePinnedReferenceDate(@Pinned Anchor anchor) {
        List<When> dates = MentionedDates.in("They meet again next Wednesday.", anchor);
        assertThat(dates).hasSize(1);
        assertThat(dates.get(0))
                .hasTimexValue("2025-09-03")
                .hasPrecision(Precision.DAY)
                .isCertainlyDuring("2025-W36")
                .isCertainlyAfter(anchor.dct().orElseThrow());
    }

    @Test
    @PinnedReferenceDate("2025-09-04")
    void theSameTextMeansAnotherDayWhenWrittenLater(@Pinned Anchor anchor) {
        assertThat(MentionedDates.in("They meet again next Wednesday.", anchor).get(0)).hasTimexValue("2025-09-10");
    }
}
