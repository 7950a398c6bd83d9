package dev.timeline.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.tag.Anchor;
import dev.timeline.tag.DocumentKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@PinnedReferenceDate("2025-08-28")
class PinnedReferenceDateTest {
    private static final LocalDate PINNED = LocalDate.of(2025, 8, 28);

    private final LocalDate fromConstructor;

    PinnedReferenceDateTest(@Pinned LocalDate date) {
        this.fromConstructor = date;
    }

    @Test
    void pinnedGivesTheNewsAnchorAndAClockAtNoonUtc() {
        ReferenceDate ref = ReferenceDates.pinned(PINNED);
        assertThat(ref.date()).isEqualTo(PINNED);
        assertThat(ref.anchor()).isEqualTo(Anchor.news(PINNED));
        assertThat(ref.narrativeAnchor()).isEqualTo(Anchor.narrative(PINNED));
        assertThat(ref.clock().instant()).isEqualTo(Instant.parse("2025-08-28T12:00:00Z"));
        assertThat(ref.clock().getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(LocalDate.now(ref.clock())).isEqualTo(PINNED);
    }

    @Test
    void theClockReadsThePinnedDayInZonesOnBothSidesOfUtc() {
        Clock clock = ReferenceDates.pinned(PINNED).clock();
        for (String zone : new String[] {"America/New_York", "America/Los_Angeles", "Europe/Berlin", "Asia/Tokyo"}) {
            assertThat(LocalDate.now(clock.withZone(ZoneId.of(zone)))).as(zone).isEqualTo(PINNED);
        }
    }

    @Test
    void aZoneGivesAClockAtNoonThere() {
        ZoneId newYork = ZoneId.of("America/New_York");
        Clock clock = ReferenceDates.pinned(PINNED, newYork).clock();
        assertThat(clock.getZone()).isEqualTo(newYork);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-08-28T16:00:00Z"));
    }

    @Test
    void pinnedReadsAnIsoDate() {
        assertThat(ReferenceDates.pinned("2025-08-28")).isEqualTo(ReferenceDates.pinned(PINNED));
    }

    @Test
    void classAnnotationInjectsEveryParameterTypeMarkedPinned(@Pinned Anchor anchor, @Pinned Clock clock,
            @Pinned LocalDate date, @Pinned ReferenceDate ref) {
        assertThat(anchor).isEqualTo(Anchor.news(PINNED));
        assertThat(LocalDate.now(clock)).isEqualTo(PINNED);
        assertThat(date).isEqualTo(PINNED);
        assertThat(ref).isEqualTo(ReferenceDates.pinned(PINNED));
    }

    @Test
    void classAnnotationInjectsConstructorParameters() {
        assertThat(fromConstructor).isEqualTo(PINNED);
    }

    /** A class-wide pin must leave the arguments of a parameterized test to its own resolver. */
    @ParameterizedTest
    @ValueSource(strings = {"2025-09-03", "2011-12-31"})
    void parameterizedTestsGetTheirOwnLocalDates(LocalDate argument, @Pinned LocalDate pinned) {
        assertThat(argument).isNotEqualTo(PINNED);
        assertThat(pinned).isEqualTo(PINNED);
    }

    @Test
    @PinnedReferenceDate(value = "2011-12-25", kind = DocumentKind.NARRATIVE)
    void methodAnnotationOverridesTheClassOne(@Pinned Anchor anchor, @Pinned LocalDate date) {
        assertThat(date).isEqualTo(LocalDate.of(2011, 12, 25));
        assertThat(anchor).isEqualTo(Anchor.narrative(LocalDate.of(2011, 12, 25)));
    }

    @Test
    @PinnedReferenceDate(value = "2025-08-28", zone = "Asia/Tokyo")
    void theZoneAttributeSetsTheClocksZone(@Pinned Clock clock, @Pinned ReferenceDate ref) {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(LocalDate.now(clock)).isEqualTo(PINNED);
        assertThat(ref).isEqualTo(ReferenceDates.pinned(PINNED, ZoneId.of("Asia/Tokyo")));
    }

    @Nested
    class Inner {
        @Test
        void nestedTestsSeeTheEnclosingClassAnnotation(@Pinned LocalDate date) {
            assertThat(date).isEqualTo(PINNED);
        }
    }
}
