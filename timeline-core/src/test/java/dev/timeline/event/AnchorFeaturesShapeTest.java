package dev.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.event.AnchorFeatures.TimexSpot;
import org.junit.jupiter.api.Test;

/** The precision of an expression's value, which a time expression reads once and every candidate pair shares. */
class AnchorFeaturesShapeTest {
    @Test
    void aValueHasTheShapeOfItsPrecision() {
        String[][] cases = {{"DATE", "1998-02-13", "day"}, {"TIME", "1998-02-13T09:00", "time"},
            {"DATE", "1998-W07", "week"}, {"DATE", "1998-02", "month"}, {"DATE", "1998-Q1", "part"},
            {"DATE", "1998", "year"}, {"DATE", "PAST_REF", "ref"}, {"DURATION", "P2W", "duration"},
            {"SET", "P1D", "set"}, {"DATE", "199X", "other"}};
        for (String[] c : cases) {
            assertThat(AnchorFeatures.shape(c[0], c[1])).as(c[1]).isEqualTo(c[2]);
        }
    }

    @Test
    void anExpressionKeepsTheShapeOfItsTypeAndValue() {
        TimexSpot t = new TimexSpot(3, 5, "DATE", "2013-03-04");
        assertThat(AnchorFeatures.shape(t)).isEqualTo(AnchorFeatures.shape("DATE", "2013-03-04")).isEqualTo("day");
        assertThat(t).isEqualTo(new TimexSpot(3, 5, "DATE", "2013-03-04"));
    }
}
