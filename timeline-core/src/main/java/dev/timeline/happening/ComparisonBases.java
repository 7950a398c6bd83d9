package dev.timeline.happening;

import dev.timeline.tag.Mention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Dates that are the base of a comparison, not the time of what their clause tells: "a 49 percent rise over 2005",
 * "up 5 percent from a year ago", "higher than in 2005", "compared with last year". An event they anchor has no date
 * of its own there. Stateless.
 */
final class ComparisonBases {
    /** Words of a change or an amount before "over" or "from" that make the date after it a base. */
    private static final Set<String> CHANGE_WORDS = Set.of("percent", "%", "rise", "rises", "increase", "increases",
            "growth", "gain", "gains", "jump", "drop", "drops", "fall", "decline", "decrease", "up", "down",
            "higher", "lower", "more", "less", "fewer", "points");
    /** Words before "than" that make it a deadline ("no later than Friday"), not a comparison. */
    private static final Set<String> DEADLINES = Set.of("later", "earlier", "sooner", "before");
    /** How many words before "over" or "from" a change word may stand: "a 49 percent rise over 2005". */
    private static final int REACH = 4;

    private ComparisonBases() {
    }

    /** Whether {@code timex} is the base of a comparison in its sentence. */
    static boolean isBase(AnalyzedText text, Mention timex) {
        List<Token> covered = text.tokensIn(timex.start(), timex.end());
        if (covered.isEmpty()) {
            return false;
        }
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(covered.get(0));
        int at = covered.get(0).index() - 1;
        if (at > s.firstToken() && tokens.get(at).lowerText().equals("in")) {
            at--; // "than in 2005"
        }
        if (at - 1 < s.firstToken()) {
            return false;
        }
        String before = tokens.get(at).lowerText();
        if (before.equals("on") || before.equals("of")) {
            at = baseNounBefore(tokens, s, at); // "has risen 63 percent from its low of $27.02 on June 25"
            if (at - 1 < s.firstToken()) {
                return false;
            }
            before = tokens.get(at).lowerText();
        }
        if (before.equals("than")) {
            return !DEADLINES.contains(tokens.get(at - 1).lowerText());
        }
        if (before.equals("with") || before.equals("to")) {
            return tokens.get(at - 1).lowerText().equals("compared"); // "compared with last year"
        }
        if (before.equals("over") || before.equals("from")) {
            for (int k = at - 1; k >= Math.max(s.firstToken(), at - REACH); k--) {
                if (CHANGE_WORDS.contains(tokens.get(k).lowerText())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many words a base's noun phrase ("its low of $27.02") may hold between "from" and its date. */
    private static final int BASE_WORDS = 6;

    /**
     * The index of "from" or "over" that opens the noun phrase whose date "on" or "of" at {@code at} gives ("from its
     * low of $27.02 on June 25", "from a peak of 1,000 in March"), no verb or comma between; else {@code at}.
     */
    private static int baseNounBefore(List<Token> tokens, Sentence s, int at) {
        for (int k = at - 1; k >= Math.max(s.firstToken(), at - BASE_WORDS); k--) {
            Token t = tokens.get(k);
            if (t.lowerText().equals("from") || t.lowerText().equals("over")) {
                return k;
            }
            if (t.isVerb() || t.text().equals(",")) {
                break;
            }
        }
        return at;
    }
}
