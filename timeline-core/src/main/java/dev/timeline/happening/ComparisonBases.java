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
}
