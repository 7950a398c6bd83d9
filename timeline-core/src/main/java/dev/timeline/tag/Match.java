package dev.timeline.tag;

/**
 * A rule's finding: tokens {@code [first, last)} and the normalized TIMEX3 attributes. {@code mod}, {@code quant} and
 * {@code freq} are null when absent. Immutable.
 */
record Match(int first, int last, TimexType type, String value, String mod, String quant, String freq) {

    static Match of(int first, int last, TimexType type, String value) {
        return new Match(first, last, type, value, null, null, null);
    }

    static Match date(int first, int last, String value) {
        return new Match(first, last, TimexType.DATE, value, null, null, null);
    }

    /**
     * Tokens {@code [first, last)} that look like a date but name none, such as "February 30, 2025": the engine tags
     * nothing there and goes on after them, so that no part of them ("2025") is tagged on its own.
     */
    static Match impossible(int first, int last) {
        return new Match(first, last, TimexType.DATE, "", null, null, null);
    }

    /** Whether this is an {@link #impossible} date. */
    boolean isImpossible() {
        return value != null && value.isEmpty();
    }

    static Match duration(int first, int last, String value) {
        return new Match(first, last, TimexType.DURATION, value, null, null, null);
    }

    Match from(int newFirst) {
        return new Match(newFirst, last, type, value, mod, quant, freq);
    }

    Match to(int newLast) {
        return new Match(first, newLast, type, value, mod, quant, freq);
    }

    Match withMod(String m) {
        return new Match(first, last, type, value, m, quant, freq);
    }

    Match withValue(String v) {
        return new Match(first, last, type, v, mod, quant, freq);
    }

    Match withType(TimexType t) {
        return new Match(first, last, t, value, mod, quant, freq);
    }

    Match asSet(String quantity, String frequency) {
        return new Match(first, last, TimexType.SET, value, mod, quantity, frequency);
    }

    int length() {
        return last - first;
    }
}
