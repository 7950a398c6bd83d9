package dev.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The minimizer reaches known minima, with and without the L1 penalty, and always runs the iterations it is given. */
class FixedLengthOwlQnTest {
    /** {@code sum a_i (x_i - c_i)^2}, ill-conditioned by the spread of {@code a}. */
    private record Quadratic(double[] a, double[] c) implements FixedLengthOwlQn.Smooth {
        @Override
        public int dimension() {
            return a.length;
        }

        @Override
        public double valueAt(double[] x) {
            double v = 0;
            for (int i = 0; i < x.length; i++) {
                v += a[i] * (x[i] - c[i]) * (x[i] - c[i]);
            }
            return v;
        }

        @Override
        public double[] gradientAt(double[] x) {
            double[] g = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                g[i] = 2 * a[i] * (x[i] - c[i]);
            }
            return g;
        }
    }

    /** Rosenbrock's valley {@code (1 - x)^2 + 100 (y - x^2)^2}, minimum at (1, 1): curved, not quadratic. */
    private static final FixedLengthOwlQn.Smooth ROSENBROCK = new FixedLengthOwlQn.Smooth() {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double valueAt(double[] p) {
            return (1 - p[0]) * (1 - p[0]) + 100 * (p[1] - p[0] * p[0]) * (p[1] - p[0] * p[0]);
        }

        @Override
        public double[] gradientAt(double[] p) {
            return new double[] {-2 * (1 - p[0]) - 400 * p[0] * (p[1] - p[0] * p[0]), 200 * (p[1] - p[0] * p[0])};
        }
    };

    private static Quadratic quadratic() {
        return new Quadratic(new double[] {1, 10, 100, 0.5, 3}, new double[] {2, -1, 0.3, -4, 0.05});
    }

    @Test
    void withoutAnL1PenaltyItFindsTheMinimumOfAnIllConditionedQuadratic() {
        Quadratic q = quadratic();
        FixedLengthOwlQn.Result r = FixedLengthOwlQn.minimize(q, 0, 60);
        for (int i = 0; i < q.c().length; i++) {
            assertThat(r.point()[i]).as("x%d", i).isCloseTo(q.c()[i], within(1e-6));
        }
    }

    @Test
    void itFollowsACurvedValleyToItsMinimum() {
        FixedLengthOwlQn.Result r = FixedLengthOwlQn.minimize(ROSENBROCK, 0, 150);
        assertThat(r.point()[0]).isCloseTo(1, within(1e-4));
        assertThat(r.point()[1]).isCloseTo(1, within(1e-4));
    }

    @Test
    void anL1PenaltySoftThresholdsAndLeavesSmallCoordinatesExactlyZero() {
        // the minimum of a (x - c)^2 + l1 |x| is c - sign(c) l1 / (2a) when |c| > l1 / (2a), else exactly 0
        Quadratic q = quadratic();
        double l1 = 1.0;
        FixedLengthOwlQn.Result r = FixedLengthOwlQn.minimize(q, l1, 100);
        for (int i = 0; i < q.c().length; i++) {
            double threshold = l1 / (2 * q.a()[i]);
            double c = q.c()[i];
            double expected = Math.abs(c) > threshold ? c - Math.signum(c) * threshold : 0;
            if (expected == 0) {
                assertThat(r.point()[i]).as("x%d", i).isZero();
            } else {
                assertThat(r.point()[i]).as("x%d", i).isCloseTo(expected, within(1e-6));
            }
        }
        assertThat(r.point()[4]).as("0.05 lies inside its threshold of 1/6").isZero();
    }

    @Test
    void itRunsEveryIterationItIsGivenWhileTheObjectiveStillFalls() {
        for (int n : new int[] {1, 7, 25}) {
            assertThat(FixedLengthOwlQn.minimize(ROSENBROCK, 0, n).iterations()).isEqualTo(n);
        }
    }

    @Test
    void itStopsEarlyOnlyWhereNothingIsLeftToGain() {
        FixedLengthOwlQn.Result atOrigin = FixedLengthOwlQn.minimize(
                new Quadratic(new double[] {1, 2}, new double[] {0, 0}), 0, 50);
        assertThat(atOrigin.iterations()).as("the start is the minimum").isZero();
    }

    @Test
    void theObjectiveNeverRisesFromOneIterationToTheNext() {
        double last = Double.POSITIVE_INFINITY;
        for (int n = 0; n <= 30; n++) {
            double v = FixedLengthOwlQn.minimize(quadratic(), 0.5, n).value();
            assertThat(v).as("after %d iterations", n).isLessThanOrEqualTo(last);
            last = v;
        }
    }

    @Test
    void theSameProblemGivesTheSamePointBitForBit() {
        double[] a = FixedLengthOwlQn.minimize(quadratic(), 0.3, 40).point();
        double[] b = FixedLengthOwlQn.minimize(quadratic(), 0.3, 40).point();
        assertThat(Arrays.equals(a, b)).isTrue();
    }

    @Test
    void aNegativePenaltyOrIterationCountIsRefused() {
        assertThatThrownBy(() -> FixedLengthOwlQn.minimize(quadratic(), -0.1, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("L1 penalty");
        assertThatThrownBy(() -> FixedLengthOwlQn.minimize(quadratic(), Double.NaN, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("L1 penalty");
        assertThatThrownBy(() -> FixedLengthOwlQn.minimize(quadratic(), 0, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iterations");
    }
}
