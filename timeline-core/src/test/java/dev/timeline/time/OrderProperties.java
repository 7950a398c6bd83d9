package dev.timeline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OrderProperties {

    @Provide
    Arbitrary<When> whens() {
        return TimeArbitraries.whens();
    }

    @Provide
    Arbitrary<TimePoint> points() {
        return TimeArbitraries.points();
    }

    @Property(tries = 500)
    void compareIsZeroExactlyForEqualValues(@ForAll("whens") When a, @ForAll("whens") When b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    }

    @Property(tries = 300)
    void equalValuesAreEqualAfterReparsingAndHashAlike(@ForAll("whens") When a) {
        When b = a.timexMod().map(m -> When.parseTimex(a.timexValue(), m)).orElseGet(() -> When.parse(a.timexValue()));
        assertThat(a.compareTo(b)).isZero();
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }

    @Property(tries = 200)
    void compareIsTransitive(@ForAll("whens") When a, @ForAll("whens") When b, @ForAll("whens") When c) {
        List<When> sorted = new ArrayList<>(List.of(a, b, c));
        Collections.sort(sorted);
        assertThat(sorted.get(0).compareTo(sorted.get(2))).isLessThanOrEqualTo(0);
    }

    @Provide
    Arbitrary<List<When>> whenLists() {
        return TimeArbitraries.whens().list().ofMaxSize(20);
    }

    @Property(tries = 100)
    void sortedValuesHaveNonDecreasingEarliestDays(@ForAll("whenLists") List<When> values) {
        // values with instants sort by instant, which may go back a local day (see sortedInstantsAreNonDecreasing)
        List<When> sorted = new ArrayList<>(values);
        sorted.removeIf(w -> w.instants().isPresent());
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i - 1).earliestDay()).isBeforeOrEqualTo(sorted.get(i).earliestDay());
        }
    }

    @Property(tries = 100)
    void sortedInstantsAreNonDecreasing(@ForAll("whenLists") List<When> values) {
        List<When> sorted = new ArrayList<>(values);
        sorted.removeIf(w -> w.instants().isEmpty());
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i - 1).instants().orElseThrow().getStart())
                    .isBeforeOrEqualTo(sorted.get(i).instants().orElseThrow().getStart());
        }
    }

    @Property(tries = 300)
    void pointCompareIsZeroExactlyForEqualPoints(@ForAll("points") TimePoint a, @ForAll("points") TimePoint b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    }

    @Test
    void coarserPrecisionSortsFirstOnTheSameDays() {
        When week = When.parse("2025-W36");
        When range = When.parse("2025-09-01/2025-09-07");
        assertThat(week.coveredDays()).isEqualTo(range.coveredDays());
        assertThat(week).isLessThan(range);
    }

    @Test
    void unmodifiedSortsBeforeModifiedWithTheSameDays() {
        When day = When.parse("2025-09-03");
        When lateDay = When.parseTimex("2025-09-03", "END");
        assertThat(day.coveredDays()).isEqualTo(lateDay.coveredDays());
        assertThat(day).isLessThan(lateDay);
    }

    @Test
    void earlierStartSortsFirst() {
        assertThat(When.parse("2011")).isLessThan(When.parse("2011-03"));
        assertThat(When.parse("2011-03")).isLessThan(When.parseTimex("2011", "END"));
    }
}
