package dev.timeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.time.When;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.threeten.extra.LocalDateRange;

/** Every indexed query returns exactly what a linear scan of the events returns, in timeline order. */
class TimelineQueryProperties {

    @Provide
    Arbitrary<Timeline> timelines() {
        return TimelineArbitraries.timelines();
    }

    @Provide
    Arbitrary<When> whens() {
        return TimelineArbitraries.whens();
    }

    @Property
    void overlappingWhenEqualsScan(@ForAll("timelines") Timeline t, @ForAll("whens") When q) {
        assertThat(t.overlapping(q)).containsExactlyElementsOf(scan(t, e -> overlaps(e.when(), q.earliestDay(),
                q.latestDay())));
    }

    @Property
    void overlappingRangeEqualsScan(@ForAll("timelines") Timeline t, @ForAll("whens") When q) {
        LocalDateRange days = q.coveredDays();
        assertThat(t.overlapping(days)).containsExactlyElementsOf(
                scan(t, e -> e.when().coveredDays().overlaps(days)));
    }

    @Property
    void withinEqualsScan(@ForAll("timelines") Timeline t, @ForAll("whens") When q) {
        assertThat(t.within(q)).containsExactlyElementsOf(scan(t, e -> q.coveredDays().encloses(
                e.when().coveredDays())));
        assertThat(t.within(q.coveredDays())).isEqualTo(t.within(q));
    }

    @Property
    void containingEqualsScan(@ForAll("timelines") Timeline t, @ForAll("whens") When q) {
        assertThat(t.containing(q)).containsExactlyElementsOf(scan(t, e -> e.when().coveredDays().encloses(
                q.coveredDays())));
        assertThat(t.containing(q.coveredDays())).isEqualTo(t.containing(q));
    }

    @Property
    void onDayEqualsScan(@ForAll("timelines") Timeline t, @ForAll("whens") When q) {
        LocalDate day = q.earliestDay().equals(LocalDate.MIN) ? q.latestDay() : q.earliestDay();
        assertThat(t.on(day)).containsExactlyElementsOf(scan(t, e -> overlaps(e.when(), day, day)));
    }

    @Property
    void certainlyBeforeEqualsScan(@ForAll("timelines") Timeline t, @ForAll("whens") When q) {
        assertThat(t.certainlyBefore(q)).containsExactlyElementsOf(scan(t, e -> e.when().isCertainlyBefore(q)));
    }

    @Property
    void possiblyBeforeEqualsScan(@ForAll("timelines") Timeline t, @ForAll("whens") When q) {
        assertThat(t.possiblyBefore(q)).containsExactlyElementsOf(scan(t, e -> e.when().isPossiblyBefore(q)));
    }

    @Property
    void certainlyAfterEqualsScan(@ForAll("timelines") Timeline t, @ForAll("whens") When q) {
        assertThat(t.certainlyAfter(q)).containsExactlyElementsOf(scan(t, e -> e.when().isCertainlyAfter(q)));
    }

    @Property
    void possiblyAfterEqualsScan(@ForAll("timelines") Timeline t, @ForAll("whens") When q) {
        assertThat(t.possiblyAfter(q)).containsExactlyElementsOf(scan(t, e -> e.when().isPossiblyAfter(q)));
    }

    @Property
    void eventsAreSortedByWhenThenId(@ForAll("timelines") Timeline t) {
        for (int i = 1; i < t.size(); i++) {
            Event a = t.events().get(i - 1);
            Event b = t.events().get(i);
            int c = a.when().compareTo(b.when());
            assertThat(c < 0 || (c == 0 && a.id().compareTo(b.id()) < 0)).as("%s before %s", a, b).isTrue();
        }
    }

    @Property
    void eventByIdFindsEveryEventAndNoOther(@ForAll("timelines") Timeline t) {
        for (Event e : t) {
            assertThat(t.event(e.id())).containsSame(e);
        }
        assertThat(t.event("not-an-id")).isEmpty();
    }

    @Property
    void mergeOfDisjointTimelinesHoldsBoth(@ForAll("timelines") Timeline a, @ForAll("timelines") Timeline b) {
        Timeline bOnly = b.filter(e -> !a.containsId(e.id()));
        Timeline merged = a.merge(bOnly);
        assertThat(merged.size()).isEqualTo(a.size() + bOnly.size());
        assertThat(merged.merge(a)).isEqualTo(merged);
    }

    private static boolean overlaps(When w, LocalDate first, LocalDate last) {
        return !w.earliestDay().isAfter(last) && !w.latestDay().isBefore(first);
    }

    private static List<Event> scan(Timeline t, Predicate<Event> p) {
        return t.stream().filter(p).toList();
    }
}
