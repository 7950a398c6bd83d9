package dev.timeline.happening;

import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The plan an announcement makes known, told in a title: "Tony Hayward announced in late July that he would step down"
 * is titled <em>Tony Hayward announces he will step down</em>, "The company announced on Tuesday it would cut 500
 * jobs" <em>... announces it will cut 500 jobs</em>. Without it the verb's object is a clause the title cannot hold,
 * and the announcement made no event. Only a clause whose verb a "would" or "will" opens: a happening already done is
 * told by its own clause ({@link ReportedHappenings}). Stateless.
 */
final class AnnouncedPlans {
    /** Verbs that make a plan known as a happening of their own ({@code decision-verbs.txt} holds them too). */
    private static final Set<String> ANNOUNCING = Set.of("announce", "decide");
    private static final Set<String> FUTURE_MODALS = Set.of("would", "will", "'ll");
    /** How many words the plan's subject may have: "he", "the state-owned company". */
    private static final int MAX_SUBJECT = 4;

    private AnnouncedPlans() {
    }

    /**
     * The plan that the verb of lemma {@code lemma} announces, in the clause from token {@code next} ("that he would
     * step down" → "he will step down"), or empty when the verb announces none or the clause is no plan.
     */
    static Optional<String> plan(AnalyzedText text, Sentence s, String lemma, int next, boolean[] covered) {
        if (!ANNOUNCING.contains(lemma.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        List<Token> tokens = text.tokens();
        int start = next < s.endToken() && Phrases.low(tokens.get(next)).equals("that") ? next + 1 : next;
        int modal = start;
        while (modal < s.endToken() && modal - start <= MAX_SUBJECT && !covered[modal]
                && (tokens.get(modal).isNoun() || tokens.get(modal).pos().startsWith("PRP")
                || tokens.get(modal).pos().equals("DT") || tokens.get(modal).pos().startsWith("JJ"))) {
            modal++;
        }
        if (modal == start || modal + 1 >= s.endToken() || !FUTURE_MODALS.contains(Phrases.low(tokens.get(modal)))
                || !tokens.get(modal + 1).pos().equals("VB")) {
            return Optional.empty();
        }
        // read from the verb, so that a particle after it ends the phrase ("will step down")
        int end = Math.max(Phrases.predicateEnd(tokens, s, modal + 1, covered, false), modal + 2);
        return Optional.of(Phrases.words(text, start, modal) + " will "
                + Asides.written(text, s, modal + 1, end, covered));
    }
}
