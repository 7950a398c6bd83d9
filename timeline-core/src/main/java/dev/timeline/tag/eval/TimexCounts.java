package dev.timeline.tag.eval;

/**
 * The TempEval-3 Task A counts of one document or a collection: timexes on each side and how many gold timexes were
 * matched, matched with the same extent, and matched with the same value and type.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param gold scored gold timexes
 * @param system scored system timexes
 * @param strict pairs with identical extent
 * @param relaxed pairs (overlap matches)
 * @param value pairs with identical {@code value} string
 * @param type pairs with identical {@code type}
 */
public record TimexCounts(int gold, int system, int strict, int relaxed, int value, int type) {
    /** No timexes at all. */
    public static final TimexCounts ZERO = new TimexCounts(0, 0, 0, 0, 0, 0);

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if a count is negative or the matches exceed what the others allow
     */
    public TimexCounts {
        if (gold < 0 || system < 0 || strict < 0 || value < 0 || type < 0) {
            throw new IllegalArgumentException("negative count in " + this);
        }
        if (relaxed > Math.min(gold, system) || strict > relaxed || value > relaxed || type > relaxed) {
            throw new IllegalArgumentException("inconsistent counts " + this);
        }
    }

    /** Returns the element-wise sum of these counts and {@code other}, as micro-averaging needs. */
    public TimexCounts plus(TimexCounts other) {
        return new TimexCounts(gold + other.gold, system + other.system, strict + other.strict,
                relaxed + other.relaxed, value + other.value, type + other.type);
    }
}
