package dev.timeline.timeline;

import static dev.timeline.timeline.SeedEvents.KIM_TAKES_POWER;
import static dev.timeline.timeline.SeedEvents.KIM_VISITS_CHINA;
import static dev.timeline.timeline.SeedEvents.PARADE_2015;
import static dev.timeline.timeline.SeedEvents.PUTIN_IN_CHINA;
import static dev.timeline.timeline.SeedEvents.WPK_80;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.time.Modifier;
import dev.timeline.time.Precision;
import dev.timeline.time.When;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class TimelineTest {
    private final Timeline seeds = SeedEvents.timeline();

    @Test
    void sortsEventsByTime() {
        assertThat(seeds.events()).containsExactly(KIM_TAKES_POWER, PARADE_2015, KIM_VISITS_CHINA, PUTIN_IN_CHINA,
                WPK_80);
        assertThat(seeds.first()).contains(KIM_TAKES_POWER);
        assertThat(seeds.last()).contains(WPK_80);
    }

    @Test
    void emptyTimelineHasNoFirstLastOrSpan() {
        assertThat(Timeline.empty().first()).isEmpty();
        assertThat(Timeline.empty().last()).isEmpty();
        assertThat(Timeline.empty().span()).isEmpty();
        assertThat(Timeline.empty()).isEmpty();
    }

    @Test
    void spanRunsFromTheEarliestToTheLatestCoveredDay() {
        assertThat(seeds.span()).contains(LocalDateRange.ofClosed(
                KIM_TAKES_POWER.when().earliestDay(), LocalDate.of(2025, 10, 31)));
    }

    @Test
    void overlappingAYearFindsEventsThatMayFallInIt() {
        assertThat(seeds.overlapping(When.ofYear(2025))).containsExactly(PUTIN_IN_CHINA, WPK_80);
        assertThat(seeds.overlapping(When.ofYear(2019))).containsExactly(KIM_VISITS_CHINA);
    }

    @Test
    void withinAYearFindsOnlyEventsWhollyInIt() {
        assertThat(seeds.within(When.ofYear(2018))).isEmpty();
        assertThat(seeds.within(LocalDateRange.ofClosed(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31))))
                .containsExactly(KIM_VISITS_CHINA);
    }

    @Test
    void containingFindsEventsCoveringTheWholeSpan() {
        assertThat(seeds.containing(When.ofDay(LocalDate.of(2025, 9, 1)))).containsExactly(PUTIN_IN_CHINA);
        assertThat(seeds.containing(When.ofYear(2025))).isEmpty();
    }

    @Test
    void onADayFindsEventsCoveringIt() {
        assertThat(seeds.on(LocalDate.of(2015, 9, 3))).containsExactly(PARADE_2015);
        assertThat(seeds.on(LocalDate.of(2015, 9, 4))).isEmpty();
    }

    @Test
    void certainlyBefore2018ExcludesEventsThatMayOverlapIt() {
        assertThat(seeds.certainlyBefore(When.ofYear(2018))).containsExactly(KIM_TAKES_POWER, PARADE_2015);
    }

    @Test
    void beforeAndAfterDistinguishCertainFromPossible() {
        When about2015 = When.ofYear(2015).withModifier(Modifier.APPROX);
        assertThat(seeds.certainlyAfter(about2015)).containsExactly(KIM_VISITS_CHINA, PUTIN_IN_CHINA, WPK_80);
        assertThat(seeds.possiblyAfter(about2015)).contains(PARADE_2015);
        assertThat(seeds.possiblyBefore(about2015)).containsExactly(KIM_TAKES_POWER, PARADE_2015);
    }

    @Test
    void openEndedQueriesReachTheEndOfTime() {
        When after2017 = When.ofYear(2017).withModifier(Modifier.AFTER);
        assertThat(seeds.within(after2017)).containsExactly(KIM_VISITS_CHINA, PUTIN_IN_CHINA, WPK_80);
    }

    @Test
    void filtersByPrecisionTypeParticipantAndDocument() {
        assertThat(seeds.ofPrecision(Precision.MONTH)).containsExactly(WPK_80);
        assertThat(seeds.ofType(EventType.VISIT)).containsExactly(KIM_VISITS_CHINA, PUTIN_IN_CHINA);
        assertThat(seeds.involving("Xi Jinping")).containsExactly(PARADE_2015, KIM_VISITS_CHINA, PUTIN_IN_CHINA);
        assertThat(seeds.fromDocument("000_3237690696da5641.txt")).containsExactly(KIM_VISITS_CHINA);
    }

    @Test
    void groupsByTheYearOfTheEarliestDay() {
        assertThat(seeds.byYear()).containsOnlyKeys(Year.of(2011), Year.of(2015), Year.of(2018), Year.of(2025));
        assertThat(seeds.byYear().get(Year.of(2018))).containsExactly(KIM_VISITS_CHINA);
        assertThat(seeds.byYear().get(Year.of(2025))).containsExactly(PUTIN_IN_CHINA, WPK_80);
    }

    @Test
    void groupsByTheMonthOfTheEarliestDay() {
        assertThat(seeds.byMonth().firstKey()).isEqualTo(YearMonth.from(KIM_TAKES_POWER.when().earliestDay()));
        assertThat(seeds.byMonth().get(YearMonth.of(2025, 8))).containsExactly(PUTIN_IN_CHINA);
        assertThat(seeds.byMonth().get(YearMonth.of(2025, 10))).containsExactly(WPK_80);
    }

    @Test
    void equalEventsWithOneIdAreKeptOnce() {
        assertThat(Timeline.of(PARADE_2015, PARADE_2015)).containsExactly(PARADE_2015);
        assertThat(seeds.merge(Timeline.of(PARADE_2015))).isEqualTo(seeds);
    }

    @Test
    void differentEventsWithOneIdConflict() {
        Event renamed = PARADE_2015.withTitle("Parade");
        assertThatThrownBy(() -> seeds.merge(Timeline.of(renamed)))
                .isInstanceOfSatisfying(EventIdConflictException.class, e -> {
                    assertThat(e.id()).isEqualTo(PARADE_2015.id());
                    assertThat(e.existing()).isEqualTo(PARADE_2015);
                    assertThat(e.incoming()).isEqualTo(renamed);
                })
                .hasMessageStartingWith("two different events have id \"victory-day-parade-2015\"");
        assertThatThrownBy(() -> Timeline.of(PARADE_2015, renamed)).isInstanceOf(EventIdConflictException.class);
    }

    @Test
    void mergeWithResolverKeepsItsChoice() {
        Event renamed = PARADE_2015.withTitle("Parade");
        Timeline merged = seeds.merge(Timeline.of(renamed), (mine, theirs) -> theirs);
        assertThat(merged.event(PARADE_2015.id())).contains(renamed);
        assertThat(merged.size()).isEqualTo(5);
    }

    @Test
    void mergeResolverMustKeepTheId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> seeds.merge(Timeline.of(PARADE_2015.withTitle("x")),
                        (mine, theirs) -> theirs.withId("other")))
                .withMessageContaining("must keep the id");
    }

    @Test
    void withEventAddsOrReplacesAndLeavesTheOriginalAlone() {
        Event renamed = PARADE_2015.withTitle("Parade");
        Timeline changed = seeds.withEvent(renamed);
        assertThat(changed.event(PARADE_2015.id())).contains(renamed);
        assertThat(seeds.event(PARADE_2015.id())).contains(PARADE_2015);
        assertThat(Timeline.empty().withEvent(WPK_80)).containsExactly(WPK_80);
    }

    @Test
    void withoutEventRemovesByIdAndIgnoresUnknownIds() {
        assertThat(seeds.withoutEvent(WPK_80.id())).doesNotContain(WPK_80).hasSize(4);
        assertThat(seeds.withoutEvent("nope")).isSameAs(seeds);
    }

    @Test
    void collectsFromAStream() {
        assertThat(Stream.of(WPK_80, PARADE_2015).collect(Timeline.toTimeline()))
                .containsExactly(PARADE_2015, WPK_80);
    }

    @Test
    void queriesRejectAnEmptyRange() {
        LocalDate day = LocalDate.of(2020, 1, 1);
        assertThatIllegalArgumentException().isThrownBy(() -> seeds.overlapping(LocalDateRange.of(day, day)))
                .withMessageContaining("is empty");
    }

    @Test
    void queryResultsAreImmutable() {
        List<Event> result = seeds.overlapping(When.ofYear(2025));
        assertThatThrownBy(() -> result.add(PARADE_2015)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringShowsCountAndEvents() {
        assertThat(Timeline.of(PARADE_2015).toString())
                .isEqualTo("Timeline of 1 event\n  " + PARADE_2015);
    }
}
