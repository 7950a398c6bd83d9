package dev.timeline.tag;

/**
 * Vague references fixed by idiom rather than by a calendar word: "the near term", "these days", "as soon as possible",
 * "at a later date". Each rule reads at most four tokens around its first word. Stateless.
 *
 * <p>"for a while" is left untagged: TimeML writes it {@code PXX}, a length with no unit, which the time model
 * ({@link dev.timeline.time.TimeSpan}) cannot read.
 */
final class LexicalRules {
    private LexicalRules() {
    }

    /**
     * The idiom whose first word (after an optional "the") is at {@code i}, or null. {@code Engine.word} asks only at
     * these first words.
     */
    static Match at(Scan s, int i) {
        switch (s.t(i).low) {
            case "near": case "short": case "long": return term(s, i);
            case "these": return theseDays(s, i);
            case "a": return laterDate(s, i);
            case "as": return asSoonAsPossible(s, i);
            default: return null;
        }
    }

    /**
     * "in the near term", "over the short term", "for the long term": the future. Reads the preposition and "the"
     * before, "term" after; the hyphenated adjective ("the long-term partnership") is left alone.
     */
    private static Match term(Scan s, int i) {
        boolean phrase = s.w(i - 1, "the") && s.any(i - 2, "in", "over", "for", "during", "of", "through", "into",
                "beyond", "throughout") && s.w(i + 1, "term") && !s.glued(i + 1);
        if (!phrase || s.cat(i + 2) == Cat.DASH && s.glued(i + 2)) {
            return null;
        }
        return Match.date(i, i + 2, "FUTURE_REF");
    }

    /** "these days": the present. Reads the word before, so that "one of these days" is left alone. */
    private static Match theseDays(Scan s, int i) {
        if (!s.w(i + 1, "days") || s.w(i - 1, "of") || s.cat(i + 2) == Cat.DASH && s.glued(i + 2)) {
            return null;
        }
        return Match.date(i, i + 2, "PRESENT_REF");
    }

    /** "a later date" and "a future date" after "at": the future ("financing will be arranged at a later date"). */
    private static Match laterDate(Scan s, int i) {
        return s.w(i - 1, "at") && s.any(i + 1, "later", "future") && s.w(i + 2, "date")
                ? Match.date(i, i + 3, "FUTURE_REF") : null;
    }

    /** "as soon as possible" (or "practicable"): the future. */
    private static Match asSoonAsPossible(Scan s, int i) {
        return s.w(i + 1, "soon") && s.w(i + 2, "as") && s.any(i + 3, "possible", "practicable")
                ? Match.date(i, i + 4, "FUTURE_REF") : null;
    }
}
