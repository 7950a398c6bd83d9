package dev.timeline.tag.eval;

/**
 * Precision, recall and their harmonic mean F1, each a fraction in [0, 1] (not a percentage).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param precision matches / system items
 * @param recall matches / gold items
 * @param f1 2PR / (P + R), or 0 when both are 0
 */
public record PrecisionRecall(double precision, double recall, double f1) {
    /** Perfect scores, as TempEval-3 reports for an empty gold and system. */
    public static final PrecisionRecall PERFECT = new PrecisionRecall(1, 1, 1);

    /**
     * Checks the fractions.
     *
     * @throws IllegalArgumentException if one lies outside [0, 1]
     */
    public PrecisionRecall {
        if (!(precision >= 0 && precision <= 1 && recall >= 0 && recall <= 1 && f1 >= 0 && f1 <= 1)) {
            throw new IllegalArgumentException("not fractions in [0, 1]: " + precision + ", " + recall + ", " + f1);
        }
    }

    /**
     * Returns P, R and F1 for {@code matches} among {@code system} system items and {@code gold} gold items; a ratio
     * with a zero denominator is 0, as in TempEval-3.
     */
    public static PrecisionRecall of(int matches, int system, int gold) {
        double p = system == 0 ? 0 : (double) matches / system;
        double r = gold == 0 ? 0 : (double) matches / gold;
        return new PrecisionRecall(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /** Returns these scores each multiplied by {@code factor} in [0, 1], as TempEval-3 derives attribute F1s. */
    public PrecisionRecall times(double factor) {
        return new PrecisionRecall(precision * factor, recall * factor, f1 * factor);
    }
}
