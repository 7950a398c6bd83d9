package dev.timeline.tag;

/**
 * A word or phrase that may open a temporal expression without being one: "the", "early", "the end of", "about",
 * "more than". {@code mod} is the TIMEX3 modifier it contributes (null for none); {@code amountOnly} prefixes only
 * qualify durations and clock times, {@code dateOnly} ones only dates and times.
 */
record Prefix(int next, String mod, boolean amountOnly, boolean dateOnly) {

    /** The prefix at token {@code i}, or null. */
    static Prefix at(Scan s, int i) {
        Token k = s.t(i);
        switch (k.low) {
            case "the": return new Prefix(i + 1, null, false, false);
            case "early": return dash(s, i, "START");
            case "late": return dash(s, i, "END");
            case "mid": return dash(s, i, "MID");
            case "earlier": case "later":
                // TimeML keeps "earlier" in "earlier this month" (16 of 26) but not in "Earlier Friday" (5 of 6)
                return s.any(i + 1, "this", "that", "today", "yesterday", "tomorrow", "tonight")
                        ? new Prefix(i + 1, null, false, true) : null;
            case "end": case "close": case "turn":
                return s.w(i + 1, "of") ? new Prefix(i + 2, "END", false, true) : null;
            case "beginning": case "start": case "dawn":
                return s.w(i + 1, "of") ? new Prefix(i + 2, "START", false, true) : null;
            case "middle":
                return s.w(i + 1, "of") ? new Prefix(i + 2, "MID", false, true) : null;
            case "about": case "around": case "approximately": case "roughly": case "some":
                return new Prefix(i + 1, "APPROX", true, false);
            case "nearly": case "almost": case "under":
                return new Prefix(i + 1, "LESS_THAN", true, false);
            case "over": return new Prefix(i + 1, "MORE_THAN", true, false);
            case "more": return s.w(i + 1, "than") ? new Prefix(i + 2, "MORE_THAN", true, false) : null;
            case "less": case "fewer":
                return s.w(i + 1, "than") ? new Prefix(i + 2, "LESS_THAN", true, false) : null;
            case "at":
                if (s.w(i + 1, "least")) {
                    return new Prefix(i + 2, "EQUAL_OR_MORE", true, false);
                }
                return s.w(i + 1, "most") ? new Prefix(i + 2, "EQUAL_OR_LESS", true, false) : null;
            case "up": return s.w(i + 1, "to") ? new Prefix(i + 2, "EQUAL_OR_LESS", true, false) : null;
            case "no": return s.w(i + 1, "more") && s.w(i + 2, "than")
                    ? new Prefix(i + 3, "EQUAL_OR_LESS", true, false) : null;
            default: return null;
        }
    }

    private static Prefix dash(Scan s, int i, String mod) {
        int j = s.cat(i + 1) == Cat.DASH && s.glued(i + 1) ? i + 2 : i + 1;
        return new Prefix(j, mod, false, true);
    }
}
