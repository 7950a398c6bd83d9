package dev.timeline.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.tag.Anchor;
import dev.timeline.tag.DocumentKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@PinnedReferenceDate("2025-08-28")
class PinnedReferenceDateTest {
    private static final LocalDate PINNED = LocalDate.of(2025, 8, 28);

    private final LocalDate fromConstructor;

    PinnedReferenceDateTest(LocalDate date) {
        this.fromConstructor = date;
    }

    @Test
    void pinnedGivesTheNewsAnchorAndAClockAtTheStartOfTheDayInUtc() {
        ReferenceDate ref = ReferenceDates.pinned(PINNED);
        assertThat(ref.date()).isEqualTo(PINNED);
        assertThat(ref.anchor()).isEqualTo(Anchor.news(PINNED));
        assertThat(ref.narrativeAnchor()).isEqualTo(Anchor.narrative(PINNED));
        assertThat(ref.clock().instant()).isEqualTo(Instant.parse("2025-08-28T00:00:00Z"));
        assertThat(ref.clock().getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(LocalDate.now(ref.clock())).isEqualTo(PINNED);
    }

    @Test
    void pinnedReadsAnIsoDate() {
        assertThat(ReferenceDates.pinned("2025-08-28")).isEqualTo(ReferenceDates.pinned(PINNED));
    }

    @Test
    void classAnnotationInjectsEveryParameterType(Anchor anchor, Clock clock, LocalDate date, ReferenceDate ref) {
        assertThat(anchor).isEqualTo(Anchor.news(PINNED));
        assertThat(LocalDate.now(clock)).isEqualTo(PINNED);
        assertThat(date).isEqualTo(PINNED);
        assertThat(ref).isEqualTo(ReferenceDates.pinned(PINNED));
    }

    @Test
    void classAnnotationInjectsConstructorParameters() {
        assertThat(fromConstructor).isEqualTo(PINNED);
    }

    @Test
    @PinnedReferenceDate(value = "2011-12-25", kind = DocumentKind.NARRATIVE)
    void methodAnnotationOverridesTheClassOne(Anchor anchor, LocalDate date) {
        assertThat(date).isEqualTo(LocalDate.of(2011, 12, 25));
        assertThat(anchor).isEqualTo(Anchor.narrative(LocalDate.of(2011, 12, 25)));
    }

    @Nested
    class Inner {
        @Test
        void nestedTestsSeeTheEnclosingClassAnnotation(LocalDate date) {
            assertThat(date).isEqualTo(PINNED);
        }
    }
}
