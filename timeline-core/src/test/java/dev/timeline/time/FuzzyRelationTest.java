package dev.timeline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class FuzzyRelationTest {

    private static When when(String value) {
        return When.parse(value);
    }

    private static When when(String value, Modifier mod) {
        return When.parse(value, mod);
    }

    @Test
    void dayIsCertainlyDuringItsYear() {
        assertThat(when("2025-09-03").certainRelationTo(when("2025"))).contains(AllenRelation.DURING);
        assertThat(when("2025-09-03").isCertainlyDuring(when("2025"))).isTrue();
    }

    @Test
    void lateYearPossiblyOverlapsItsDecemberButIsNotCertainlyBeforeIt() {
        When late2011 = when("2011", Modifier.END);
        When december = when("2011-12");
        assertThat(late2011.possiblyOverlaps(december)).isTrue();
        assertThat(late2011.isCertainlyBefore(december)).isFalse();
        assertThat(late2011.isPossiblyBefore(december)).isTrue();
        assertThat(late2011.certainlyOverlaps(december)).isFalse();
        assertThat(late2011.certainRelationTo(december)).isEmpty();
    }

    @Test
    void lateYearIsWithinTheYearButMayFinishIt() {
        assertThat(when("2011", Modifier.END).possibleRelationsTo(when("2011")))
                .containsExactlyInAnyOrder(AllenRelation.DURING, AllenRelation.FINISHES);
        assertThat(when("2011", Modifier.END).isCertainlyDuring(when("2011"))).isTrue();
    }

    @Test
    void earlyYearIsCertainlyBeforeLateYear() {
        assertThat(when("2011", Modifier.START).certainRelationTo(when("2011", Modifier.END)))
                .contains(AllenRelation.BEFORE);
    }

    @Test
    void consecutiveYearsMeet() {
        assertThat(when("2018").certainRelationTo(when("2019"))).contains(AllenRelation.MEETS);
        assertThat(when("2018").isCertainlyBefore(when("2019"))).isTrue();
        assertThat(when("2019").isCertainlyAfter(when("2018"))).isTrue();
    }

    @Test
    void rangeIsExact() {
        assertThat(when("2018/2019").certainRelationTo(when("2019"))).contains(AllenRelation.FINISHED_BY);
    }

    @Test
    void beforeAYearIsCertainlyBeforeItButMayMeetIt() {
        When before = when("2011", Modifier.BEFORE);
        assertThat(before.possibleRelationsTo(when("2011")))
                .containsExactlyInAnyOrder(AllenRelation.BEFORE, AllenRelation.MEETS);
        assertThat(before.isCertainlyBefore(when("2011"))).isTrue();
    }

    @Test
    void aboutAYearMayOverlapTheNextYear() {
        assertThat(when("2011", Modifier.APPROX).possiblyOverlaps(when("2012"))).isTrue();
        assertThat(when("2011", Modifier.APPROX).isPossiblyAfter(when("2009"))).isTrue();
        assertThat(when("2011", Modifier.APPROX).isCertainlyAfter(when("2009"))).isTrue();
    }

    @Test
    void sameDayAtDifferentTimesIsEqualInDays() {
        assertThat(when("2025-09-03T10:00").certainRelationTo(when("2025-09-03T14:00")))
                .contains(AllenRelation.EQUALS);
    }

    /** Every relation of every choice of sub-intervals, by enumeration. */
    private static EnumSet<AllenRelation> bruteForce(int aLo, int aHi, boolean aExact, int bLo, int bHi,
            boolean bExact) {
        EnumSet<AllenRelation> result = EnumSet.noneOf(AllenRelation.class);
        for (int a1 = aLo; a1 <= aHi; a1++) {
            for (int a2 = a1; a2 <= aHi; a2++) {
                if (aExact && (a1 != aLo || a2 != aHi)) {
                    continue;
                }
                for (int b1 = bLo; b1 <= bHi; b1++) {
                    for (int b2 = b1; b2 <= bHi; b2++) {
                        if (bExact && (b1 != bLo || b2 != bHi)) {
                            continue;
                        }
                        result.add(AllenRelation.between(a1, a2, b1, b2));
                    }
                }
            }
        }
        return result;
    }

    @Property(tries = 10_000, generation = GenerationMode.EXHAUSTIVE)
    void possibleRelationsMatchEnumerationOfSubIntervals(@ForAll @IntRange(max = 8) int a, @ForAll @IntRange(max = 4)
            int aLength, @ForAll boolean aExact, @ForAll @IntRange(max = 8) int b, @ForAll @IntRange(max = 4)
            int bLength, @ForAll boolean bExact) {
        assertThat(FuzzyRelations.possible(a, a + aLength, aExact, b, b + bLength, bExact))
                .isEqualTo(bruteForce(a, a + aLength, aExact, b, b + bLength, bExact));
    }

    @Provide
    Arbitrary<When> smallWhens() {
        LocalDate base = LocalDate.of(2025, 9, 1);
        Arbitrary<TimePoint> days = Arbitraries.integers().between(0, 13).map(d -> TimePoint.ofDay(base.plusDays(d)));
        Arbitrary<When> exact = Arbitraries.oneOf(days.map(When::of),
                Combinators.combine(days, days).as(TimeArbitraries::rangeOrPoint),
                Arbitraries.of(When.parse("2025-W36"), When.parse("2025-W37")));
        Arbitrary<Modifier> mods = Arbitraries.of(Modifier.START, Modifier.MID, Modifier.END, Modifier.APPROX);
        return Arbitraries.oneOf(exact, Combinators.combine(exact, mods).as(When::withModifier)).withoutEdgeCases();
    }

    @Property(tries = 200)
    void whenRelationsMatchEnumerationOfCoveredDays(@ForAll("smallWhens") When a, @ForAll("smallWhens") When b) {
        int base = (int) LocalDate.of(2025, 8, 1).toEpochDay();
        EnumSet<AllenRelation> expected = bruteForce((int) a.earliestDay().toEpochDay() - base,
                (int) a.latestDay().toEpochDay() - base, a.isExact(), (int) b.earliestDay().toEpochDay() - base,
                (int) b.latestDay().toEpochDay() - base, b.isExact());
        assertThat(a.possibleRelationsTo(b)).isEqualTo(expected);
    }

    @Property(tries = 300)
    void exactValuesHaveTheRelationOfTheirCoveredDays(@ForAll("exactWhens") When a, @ForAll("exactWhens") When b) {
        LocalDateRange x = a.coveredDays();
        LocalDateRange y = b.coveredDays();
        assertThat(a.certainRelationTo(b)).contains(AllenRelation.between(x, y));
    }

    /**
     * Exact values whose ends are days or coarser: a time of day covers only part of its day, so two instants a day
     * apart ("1 Jan 1970, 00:00" and "2 Jan 1970, 00:00") are BEFORE each other while their days MEET (the sample jqwik
     * found).
     */
    @Provide
    Arbitrary<When> exactWhens() {
        return TimeArbitraries.whens().map(When::withoutModifier)
                .filter(w -> w.start().precision().compareTo(Precision.DAY) <= 0
                        && w.end().precision().compareTo(Precision.DAY) <= 0);
    }

    @Property(tries = 300)
    void possibleRelationsInvertWhenSwapped(@ForAll("whens") When a, @ForAll("whens") When b) {
        EnumSet<AllenRelation> inverted = EnumSet.noneOf(AllenRelation.class);
        a.possibleRelationsTo(b).forEach(r -> inverted.add(r.inverse()));
        assertThat(b.possibleRelationsTo(a)).isEqualTo(inverted);
        assertThat(inverted).isNotEmpty();
    }

    @Provide
    Arbitrary<When> whens() {
        return TimeArbitraries.whens();
    }
}
