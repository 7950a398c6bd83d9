package dev.timeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threeten.extra.LocalDateRange;

class AllenRelationTest {

    private static LocalDateRange days(int first, int last) {
        return LocalDateRange.ofClosed(LocalDate.of(2025, 9, first), LocalDate.of(2025, 9, last));
    }

    @ParameterizedTest(name = "[{0},{1}] {4} [{2},{3}]")
    @CsvSource({
        "1, 2, 4, 5, BEFORE",
        "1, 2, 3, 5, MEETS",
        "1, 3, 3, 5, OVERLAPS",
        "1, 3, 1, 5, STARTS",
        "2, 3, 1, 5, DURING",
        "3, 5, 1, 5, FINISHES",
        "1, 5, 1, 5, EQUALS",
        "1, 5, 3, 5, FINISHED_BY",
        "1, 5, 2, 3, CONTAINS",
        "1, 5, 1, 3, STARTED_BY",
        "3, 5, 1, 3, OVERLAPPED_BY",
        "3, 5, 1, 2, MET_BY",
        "4, 5, 1, 2, AFTER",
    })
    void relationOfClosedDayRanges(int a1, int a2, int b1, int b2, AllenRelation expected) {
        assertThat(AllenRelation.between(days(a1, a2), days(b1, b2))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} inverts to {1}")
    @CsvSource({"BEFORE, AFTER", "MEETS, MET_BY", "OVERLAPS, OVERLAPPED_BY", "STARTS, STARTED_BY",
        "DURING, CONTAINS", "FINISHES, FINISHED_BY", "EQUALS, EQUALS"})
    void inversePairsTheRelations(AllenRelation r, AllenRelation inverse) {
        assertThat(r.inverse()).isEqualTo(inverse);
        assertThat(inverse.inverse()).isEqualTo(r);
    }

    @org.junit.jupiter.api.Test
    void emptyRangeHasNoRelation() {
        assertThatThrownBy(() -> AllenRelation.between(LocalDateRange.ofEmpty(LocalDate.of(2025, 1, 1)),
                days(1, 2))).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void unboundedRangesAreRelated() {
        assertThat(AllenRelation.between(LocalDateRange.ofUnboundedStart(LocalDate.of(2025, 1, 1)),
                LocalDateRange.ofUnboundedEnd(LocalDate.of(2025, 1, 1)))).isEqualTo(AllenRelation.MEETS);
    }

    @Provide
    Arbitrary<LocalDateRange> ranges() {
        return Arbitraries.integers().between(0, 12).flatMap(first -> Arbitraries.integers().between(first, 12)
                .map(last -> LocalDateRange.ofClosed(LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last))));
    }

    @Property(tries = 10_000, generation = GenerationMode.EXHAUSTIVE)
    void exactlyOneRelationHoldsBetweenExactIntervals(@ForAll("ranges") LocalDateRange a,
            @ForAll("ranges") LocalDateRange b) {
        long a1 = a.getStart().toEpochDay();
        long a2 = a.getEndInclusive().toEpochDay();
        long b1 = b.getStart().toEpochDay();
        long b2 = b.getEndInclusive().toEpochDay();
        EnumSet<AllenRelation> holding = EnumSet.noneOf(AllenRelation.class);
        // Allen's definitions, written independently of the implementation, on half-open [x1, x2 + 1).
        long ae = a2 + 1;
        long be = b2 + 1;
        if (ae < b1) {
            holding.add(AllenRelation.BEFORE);
        }
        if (ae == b1) {
            holding.add(AllenRelation.MEETS);
        }
        if (a1 < b1 && b1 < ae && ae < be) {
            holding.add(AllenRelation.OVERLAPS);
        }
        if (a1 == b1 && ae < be) {
            holding.add(AllenRelation.STARTS);
        }
        if (b1 < a1 && ae < be) {
            holding.add(AllenRelation.DURING);
        }
        if (ae == be && b1 < a1) {
            holding.add(AllenRelation.FINISHES);
        }
        if (a1 == b1 && ae == be) {
            holding.add(AllenRelation.EQUALS);
        }
        if (ae == be && a1 < b1) {
            holding.add(AllenRelation.FINISHED_BY);
        }
        if (a1 < b1 && be < ae) {
            holding.add(AllenRelation.CONTAINS);
        }
        if (a1 == b1 && be < ae) {
            holding.add(AllenRelation.STARTED_BY);
        }
        if (b1 < a1 && a1 < be && be < ae) {
            holding.add(AllenRelation.OVERLAPPED_BY);
        }
        if (be == a1) {
            holding.add(AllenRelation.MET_BY);
        }
        if (be < a1) {
            holding.add(AllenRelation.AFTER);
        }
        assertThat(holding).containsExactly(AllenRelation.between(a, b));
    }

    @Property(tries = 10_000, generation = GenerationMode.EXHAUSTIVE)
    void swappingTheIntervalsInvertsTheRelation(@ForAll("ranges") LocalDateRange a,
            @ForAll("ranges") LocalDateRange b) {
        assertThat(AllenRelation.between(b, a)).isEqualTo(AllenRelation.between(a, b).inverse());
    }
}
