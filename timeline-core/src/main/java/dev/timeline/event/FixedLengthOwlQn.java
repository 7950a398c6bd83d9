package dev.timeline.event;

import java.util.Objects;

/**
 * Minimizes a smooth objective plus an L1 penalty by a fixed number of OWL-QN iterations (Andrew and Gao, "Scalable
 * training of L1-regularized log-linear models", 2007): L-BFGS on the pseudo-gradient, the direction kept in the
 * orthant the pseudo-gradient points away from, and a backtracking line search that halves the step until the Armijo
 * condition holds, projecting each trial point back onto that orthant.
 *
 * <p>Why a fixed length: a stopping test on the objective's relative improvement (as OpenNLP's {@code QNMinimizer}
 * has, at 1e-4, with no parameter to set it) stops at an iteration that moves with the data, so that a small change
 * of the training samples gives a visibly different model. Running the same number of iterations every time keeps the
 * distance to the minimum, and so the model, nearly the same when the data is nearly the same. The minimization ends
 * earlier only at an exact stationary point or when the line search cannot lower the objective at all.
 *
 * <p>Deterministic: the same objective and arguments give the same point, bit for bit.
 */
final class FixedLengthOwlQn {
    /** The number of correction pairs L-BFGS keeps. */
    static final int MEMORY = 15;
    /** The sufficient-decrease constant of the Armijo condition. */
    private static final double ARMIJO = 1e-4;
    /** How often the line search halves the step before it gives up. */
    private static final int MAX_HALVINGS = 40;

    private FixedLengthOwlQn() {
    }

    /** A smooth function of a point, with its gradient. */
    interface Smooth {
        /** The number of coordinates. */
        int dimension();

        /** The value at {@code x}. */
        double valueAt(double[] x);

        /** The gradient at {@code x}, a fresh array or one the caller may not keep across calls. */
        double[] gradientAt(double[] x);
    }

    /**
     * The point reached, the objective there (the smooth part plus the L1 penalty) and the number of iterations run.
     */
    record Result(double[] point, double value, int iterations) {
    }

    /**
     * Minimizes {@code f(x) + l1 * |x|_1} from the origin in exactly {@code iterations} iterations, or fewer only at a
     * stationary point or when no step lowers the objective.
     *
     * @throws IllegalArgumentException if {@code l1} is negative or not finite, or {@code iterations} is negative
     */
    static Result minimize(Smooth f, double l1, int iterations) {
        Objects.requireNonNull(f, "f");
        if (!(l1 >= 0) || Double.isInfinite(l1)) {
            throw new IllegalArgumentException("the L1 penalty must be a finite number >= 0, not " + l1);
        }
        if (iterations < 0) {
            throw new IllegalArgumentException("the number of iterations must be >= 0, not " + iterations);
        }
        int n = f.dimension();
        double[] x = new double[n];
        double fx = f.valueAt(x) + l1 * norm1(x);
        double[] g = f.gradientAt(x).clone();
        double[] pg = new double[n];
        pseudoGradient(x, g, l1, pg);
        History history = new History(n);
        double[] d = new double[n];
        double[] orthant = new double[n];
        double[] next = new double[n];
        int k = 0;
        while (k < iterations && norm2(pg) > 0) {
            history.direction(pg, d);
            for (int j = 0; j < n; j++) {
                d[j] = -d[j];
                if (l1 > 0 && d[j] * pg[j] >= 0) {
                    d[j] = 0; // the direction must descend along the pseudo-gradient, coordinate by coordinate
                }
                orthant[j] = x[j] != 0 ? Math.signum(x[j]) : -Math.signum(pg[j]);
            }
            double step = 1;
            double fNext = Double.NaN;
            boolean lowered = false;
            for (int halvings = 0; halvings <= MAX_HALVINGS && !lowered; halvings++, step /= 2) {
                double decrease = 0;
                for (int j = 0; j < n; j++) {
                    double v = x[j] + step * d[j];
                    next[j] = l1 > 0 && Math.signum(v) != orthant[j] ? 0 : v;
                    decrease += pg[j] * (next[j] - x[j]);
                }
                fNext = f.valueAt(next) + l1 * norm1(next);
                lowered = fNext <= fx + ARMIJO * decrease;
            }
            if (!lowered) {
                break;
            }
            double[] gNext = f.gradientAt(next);
            history.add(x, next, g, gNext);
            double[] swap = x;
            x = next;
            next = swap;
            System.arraycopy(gNext, 0, g, 0, n);
            fx = fNext;
            pseudoGradient(x, g, l1, pg);
            k++;
        }
        return new Result(x, fx, k);
    }

    /**
     * The pseudo-gradient of {@code f + l1 * |x|_1}: the gradient of the side the penalty is differentiable on, and 0
     * where neither side descends.
     */
    static void pseudoGradient(double[] x, double[] g, double l1, double[] out) {
        for (int i = 0; i < x.length; i++) {
            if (l1 == 0 || x[i] != 0) {
                out[i] = g[i] + l1 * Math.signum(x[i]);
            } else if (g[i] < -l1) {
                out[i] = g[i] + l1;
            } else if (g[i] > l1) {
                out[i] = g[i] - l1;
            } else {
                out[i] = 0;
            }
        }
    }

    private static double norm1(double[] x) {
        double s = 0;
        for (double v : x) {
            s += Math.abs(v);
        }
        return s;
    }

    private static double norm2(double[] x) {
        return Math.sqrt(dot(x, x));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The last {@link #MEMORY} steps and gradient changes, in a ring, oldest first from {@code first}. */
    private static final class History {
        private final double[][] steps = new double[MEMORY][];
        private final double[][] changes = new double[MEMORY][];
        private final double[] rho = new double[MEMORY];
        private final double[] alpha = new double[MEMORY];
        private final int n;
        private double[] step;
        private double[] change;
        private int first;
        private int size;

        History(int n) {
            this.n = n;
            this.step = new double[n];
            this.change = new double[n];
        }

        /** Keeps the step from {@code x} to {@code xNext} and the gradient's change when its curvature is positive. */
        void add(double[] x, double[] xNext, double[] g, double[] gNext) {
            for (int j = 0; j < n; j++) {
                step[j] = xNext[j] - x[j];
                change[j] = gNext[j] - g[j];
            }
            double sy = dot(step, change);
            if (sy <= 1e-12) {
                return; // no positive curvature: the pair would break the approximation
            }
            int slot;
            if (size == MEMORY) {
                slot = first;
                first = (first + 1) % MEMORY;
            } else {
                slot = (first + size) % MEMORY;
                size++;
            }
            double[] freeStep = steps[slot] == null ? new double[n] : steps[slot];
            double[] freeChange = changes[slot] == null ? new double[n] : changes[slot];
            steps[slot] = step;
            changes[slot] = change;
            rho[slot] = 1 / sy;
            step = freeStep;
            change = freeChange;
        }

        /** Writes the inverse-Hessian approximation times {@code v} into {@code out} (the two-loop recursion). */
        void direction(double[] v, double[] out) {
            System.arraycopy(v, 0, out, 0, n);
            for (int i = size - 1; i >= 0; i--) {
                int slot = (first + i) % MEMORY;
                alpha[slot] = rho[slot] * dot(steps[slot], out);
                axpy(-alpha[slot], changes[slot], out);
            }
            double gamma;
            if (size == 0) {
                gamma = 1 / norm2(v); // the first step has length 1
            } else {
                int last = (first + size - 1) % MEMORY;
                gamma = dot(steps[last], changes[last]) / dot(changes[last], changes[last]);
            }
            for (int j = 0; j < n; j++) {
                out[j] *= gamma;
            }
            for (int i = 0; i < size; i++) {
                int slot = (first + i) % MEMORY;
                double beta = rho[slot] * dot(changes[slot], out);
                axpy(alpha[slot] - beta, steps[slot], out);
            }
        }

        private void axpy(double a, double[] x, double[] y) {
            for (int j = 0; j < n; j++) {
                y[j] += a * x[j];
            }
        }
    }
}
