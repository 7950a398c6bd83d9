package dev.timeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/** Times with an offset compare as instants; their day is the day in their own offset. */
class WhenInstantTest {
    /** 23:30 in New York's winter offset is 04:30 UTC on the next day. */
    private static final When NEW_YORK_LATE = When.parse("2025-09-03T23:30-05:00");
    private static final When UTC_EARLY = When.parse("2025-09-04T01:00Z");

    @Test
    void aLaterInstantOnAnEarlierLocalDayIsNotBefore() {
        assertThat(NEW_YORK_LATE.isCertainlyBefore(UTC_EARLY)).isFalse();
        assertThat(NEW_YORK_LATE.isPossiblyBefore(UTC_EARLY)).isFalse();
        assertThat(NEW_YORK_LATE.isCertainlyAfter(UTC_EARLY)).isTrue();
        assertThat(NEW_YORK_LATE.possibleRelationsTo(UTC_EARLY)).containsExactly(AllenRelation.AFTER);
    }

    @Test
    void theSameInstantInTwoOffsetsIsTheSameTime() {
        When berlin = When.parse("2025-09-03T16:30+02:00");
        When utc = When.parse("2025-09-03T14:30Z");
        assertThat(berlin.certainRelationTo(utc)).contains(AllenRelation.EQUALS);
        assertThat(berlin).isNotEqualTo(utc); // different values, written differently
        assertThat(berlin.compareTo(utc)).isNotZero();
    }

    @Test
    void adjacentMinutesMeet() {
        assertThat(When.parse("2025-09-03T14:30Z").certainRelationTo(When.parse("2025-09-03T16:31+02:00")))
                .contains(AllenRelation.MEETS);
    }

    @Test
    void theDayIsTakenInTheValuesOwnOffset() {
        assertThat(NEW_YORK_LATE.earliestDay()).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(NEW_YORK_LATE.latestDay()).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(NEW_YORK_LATE.isCertainlyDuring(When.parse("2025-09-03"))).isTrue();
        assertThat(NEW_YORK_LATE.label()).isEqualTo("3 Sep 2025, 23:30 -05:00");
    }

    @Test
    void aLocalTimeWithoutOffsetComparesByItsDay() {
        When local = When.parse("2025-09-03T23:30");
        assertThat(local.instants()).isEmpty();
        assertThat(local.possibleRelationsTo(UTC_EARLY)).containsExactly(AllenRelation.MEETS);
    }

    @Test
    void valuesWithOffsetsSortByInstant() {
        List<When> values = new ArrayList<>(List.of(NEW_YORK_LATE, UTC_EARLY));
        Collections.sort(values);
        assertThat(values).containsExactly(UTC_EARLY, NEW_YORK_LATE);
        assertThat(UTC_EARLY.start().compareTo(NEW_YORK_LATE.start())).isNegative();
    }

    @Test
    void instantsSpanTheNamedMinute() {
        assertThat(NEW_YORK_LATE.instants()).contains(Interval.of(Instant.parse("2025-09-04T04:30:00Z"),
                Instant.parse("2025-09-04T04:31:00Z")));
        assertThat(When.parse("2025-09-03").instants()).isEmpty();
        assertThat(When.parse("2025-09-03T14Z").withModifier(Modifier.APPROX).instants()).isEmpty();
    }

    @Test
    void instantFactoryGivesTheSecondInUtc() {
        When w = When.of(Instant.parse("2025-09-04T01:00:00.250Z"));
        assertThat(w.timexValue()).isEqualTo("2025-09-04T01:00:00Z");
        assertThat(w.precision()).isEqualTo(Precision.SECOND);
        assertThat(w.instants().orElseThrow().contains(Instant.parse("2025-09-04T01:00:00.250Z"))).isTrue();
    }

    @Test
    void offsetDateTimeFactoryKeepsTheOffsetAndItsDay() {
        When w = When.of(OffsetDateTime.of(2025, 9, 3, 23, 30, 0, 0, ZoneOffset.ofHours(-5)));
        assertThat(w.timexValue()).isEqualTo("2025-09-03T23:30:00-05:00");
        assertThat(w.earliestDay()).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(w.possibleRelationsTo(NEW_YORK_LATE)).containsExactly(AllenRelation.STARTS);
    }

    @Test
    void zonedDateTimeFactoryTakesTheZonesOffsetAtThatTime() {
        ZoneId newYork = ZoneId.of("America/New_York");
        assertThat(When.of(ZonedDateTime.of(2025, 7, 1, 9, 0, 0, 0, newYork)).timexValue())
                .isEqualTo("2025-07-01T09:00:00-04:00");
        assertThat(When.of(ZonedDateTime.of(2025, 12, 1, 9, 0, 0, 0, newYork)).timexValue())
                .isEqualTo("2025-12-01T09:00:00-05:00");
    }

    @Test
    void aRangeBetweenOffsetsIsOrderedByInstantAndCoversBothDays() {
        When range = When.range(UTC_EARLY.start(), NEW_YORK_LATE.start());
        assertThat(range.coveredDays().getStart()).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(range.coveredDays().getEndInclusive()).isEqualTo(LocalDate.of(2025, 9, 4));
        assertThat(range.instants().orElseThrow().getStart()).isEqualTo(Instant.parse("2025-09-04T01:00:00Z"));
        assertThatThrownBy(() -> When.range(NEW_YORK_LATE.start(), UTC_EARLY.start()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("range ends before it starts");
    }
}
