package dev.timeline.happening;

import dev.timeline.event.EventMention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Set;

/**
 * A rate that a verb's predicate gives: "was siphoning 5,000 barrels per day", "pumps two million barrels a day",
 * "grew at 16 percent per year". It tells how fast something goes on, a statistic, not what happened on a day. A
 * number, then "per", "a", "an", "each" or "every" and a unit of time, in the verb's clause after it; not a change by
 * a rate ("cut production by 500,000 barrels per day"), which someone decided. Stateless.
 */
final class Rates {
    /** Words between an amount and its unit of time: "per day", "a day", "every hour". */
    private static final Set<String> PER = Set.of("per", "a", "an", "each", "every");
    /** Units of time a rate is counted in. */
    private static final Set<String> UNITS = Set.of("second", "minute", "hour", "day", "week", "month", "year",
            "annum");
    /** How many words after the verb the rate may stand. */
    private static final int REACH = 10;

    private Rates() {
    }

    /** Whether the predicate of verb {@code e} gives a rate ({@link Rates}). */
    static boolean isRate(AnalyzedText text, EventMention e) {
        if (!e.token().isVerb()) {
            return false;
        }
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int end = Math.min(s.endToken() - 1, e.token().index() + 1 + REACH);
        boolean amount = false;
        for (int i = e.token().index() + 1; i < end; i++) {
            Token t = tokens.get(i);
            String low = Phrases.low(t);
            if (t.text().equals(",") || Phrases.CLAUSE_WORDS.contains(low) || Phrases.isFiniteOrModal(t)) {
                return false; // another clause's rate
            }
            if (low.equals("by") && !amount) {
                return false; // "cut production by 500,000 barrels per day": a change by a rate is a decision's
            }
            amount |= t.pos().equals("CD");
            if (amount && PER.contains(low) && UNITS.contains(Phrases.low(tokens.get(i + 1)))) {
                return true;
            }
        }
        return false;
    }
}
