package dev.timeline.time;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RoundTripProperties {

    @Provide
    Arbitrary<When> whens() {
        return TimeArbitraries.whens();
    }

    @Provide
    Arbitrary<TimePoint> points() {
        return TimeArbitraries.points();
    }

    @Provide
    Arbitrary<TimeSpan> spans() {
        return TimeArbitraries.spans();
    }

    @Provide
    Arbitrary<PartialDate> partialDates() {
        return TimeArbitraries.partialDates();
    }

    private static When parseTimex(String value, java.util.Optional<String> mod) {
        return mod.map(m -> When.parseTimex(value, m)).orElseGet(() -> When.parse(value));
    }

    @Property(tries = 500)
    void parseInvertsTimexFormat(@ForAll("whens") When w) {
        assertThat(parseTimex(w.timexValue(), w.timexMod())).isEqualTo(w);
    }

    @Property(tries = 300)
    void timePointParseInvertsTimexFormat(@ForAll("points") TimePoint p) {
        assertThat(TimePoint.parse(p.timexValue())).isEqualTo(p);
    }

    @Property(tries = 300)
    void timexValueParseDispatchesAndInvertsFormat(@ForAll("whens") When w) {
        TimexValue parsed = w.timexMod().map(m -> TimexValue.parse(w.timexValue(), m))
                .orElseGet(() -> TimexValue.parse(w.timexValue()));
        assertThat(parsed).isEqualTo(w);
    }

    @Property(tries = 300)
    void edtfParsesBackToTheSameCoveredDays(@ForAll("whens") When w) {
        When back = When.parse(w.edtf());
        assertThat(back.coveredDays()).isEqualTo(w.coveredDays());
    }

    /** EDTF is lossless except for hours and minutes (written to the second) and modifiers it has no words for. */
    @Property(tries = 300)
    void edtfRoundTripsWhereItCanSayTheValue(@ForAll("whens") When w) {
        boolean lossless = !w.start().precision().hasTimeOfDay() || w.start().precision() == Precision.SECOND;
        lossless &= !w.end().precision().hasTimeOfDay() || w.end().precision() == Precision.SECOND;
        Modifier m = w.modifier().orElse(null);
        lossless &= m == null || m == Modifier.APPROX
                || (m == Modifier.ON_OR_BEFORE || m == Modifier.ON_OR_AFTER) && !w.isRange()
                || m.isPart() && !w.isRange() && w.precision() == Precision.YEAR;
        if (lossless) {
            assertThat(When.parse(w.edtf())).isEqualTo(w);
        }
    }

    @Property(tries = 300)
    void timeSpanParseInvertsFormat(@ForAll("spans") TimeSpan s) {
        TimexValue parsed = s.timexMod().map(m -> TimexValue.parse(s.timexValue(), m))
                .orElseGet(() -> TimexValue.parse(s.timexValue()));
        assertThat(parsed).isEqualTo(s);
    }

    @Property(tries = 300)
    void partialDateParseInvertsFormat(@ForAll("partialDates") PartialDate p) {
        TimexValue parsed = p.timexMod().map(m -> TimexValue.parse(p.timexValue(), m))
                .orElseGet(() -> TimexValue.parse(p.timexValue()));
        assertThat(parsed).isEqualTo(p);
    }
}
