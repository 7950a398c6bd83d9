package dev.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

/** A maximum-entropy model fitted by the project's minimizer predicts what its samples teach, reproducibly. */
class MaxentFittingTest {
    /**
     * "red" mostly means STOP, "green" mostly GO; "noise" comes with 6 of the STOPs and 5 of the GOs, next to nothing
     * beside red and green; "rare" is seen once.
     */
    private static List<Event> samples() {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(new Event("STOP", i < 6 ? new String[] {"red", "noise"} : new String[] {"red"}));
            out.add(new Event("GO", i < 5 ? new String[] {"green", "noise"} : new String[] {"green"}));
        }
        out.add(new Event("GO", new String[] {"red"}));
        out.add(new Event("STOP", new String[] {"green"}));
        out.add(new Event("STOP", new String[] {"rare"}));
        return out;
    }

    private static final MaxentFitting.Settings SETTINGS = new MaxentFitting.Settings(2, 0.1, 0.3, 50);

    private static double probability(MaxentModel m, String outcome, String... features) {
        return m.eval(features)[m.getIndex(outcome)];
    }

    @Test
    void theModelPredictsWhatTheSamplesTeach() {
        MaxentModel m = MaxentFitting.fit(samples(), SETTINGS);
        assertThat(m.getBestOutcome(m.eval(new String[] {"red"}))).isEqualTo("STOP");
        assertThat(m.getBestOutcome(m.eval(new String[] {"green"}))).isEqualTo("GO");
        assertThat(probability(m, "STOP", "red")).isBetween(0.7, 0.99);
    }

    @Test
    void aFeatureThatTellsNextToNothingGetsNoWeightUnderTheL1Penalty() {
        MaxentModel m = MaxentFitting.fit(samples(), new MaxentFitting.Settings(2, 1.0, 0.3, 50));
        assertThat(probability(m, "STOP", "noise")).isEqualTo(0.5);
    }

    @Test
    void aFeatureBelowTheCutOffIsDropped() {
        MaxentModel m = MaxentFitting.fit(samples(), SETTINGS);
        assertThat(probability(m, "STOP", "rare")).isCloseTo(probability(m, "STOP"), within(1e-12));
    }

    @Test
    void theSameSamplesGiveTheSameModelBytes() throws IOException {
        assertThat(Models.bytes(MaxentFitting.fit(samples(), SETTINGS)))
                .isEqualTo(Models.bytes(MaxentFitting.fit(samples(), SETTINGS)));
    }

    @Test
    void settingsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> new MaxentFitting.Settings(-1, 0.1, 0.3, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> new MaxentFitting.Settings(1, 0.1, Double.POSITIVE_INFINITY, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Infinity");
    }
}
