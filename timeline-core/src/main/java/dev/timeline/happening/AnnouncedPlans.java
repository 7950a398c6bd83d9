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
    /** Pronouns by which a sayer commits itself: "BP said it would pay", "the minister said he would resign". */
    private static final Set<String> SELVES = Set.of("it", "they", "he", "she");
    /**
     * Verbs that a sayer's "would" or "will" may take and still commit it to no act: a state, an effort, a wish or a
     * help ("said it would continue to cooperate", "said they would consider the offer", "said it would take time").
     */
    private static final Set<String> NO_ACT = Lexicons.firstColumn("no-act-verbs.txt");

    private AnnouncedPlans() {
    }

    /** How far after a saying verb its pronoun may stand, a date between: "said [on Wednesday] it would". */
    private static final int SELF_REACH = 5;

    /**
     * Whether the saying verb at {@code verb} may commit its subject ({@link #commits}), by its words alone: a pronoun,
     * "would" or "will" and a verb of an act within {@value #SELF_REACH} words, no verb or comma before them. For the
     * filters, which know no dates; the title checks the dates.
     */
    static boolean mayCommit(AnalyzedText text, int verb) {
        List<Token> tokens = text.tokens();
        if (!tokens.get(verb).lemma().equalsIgnoreCase("say")) {
            return false;
        }
        int end = text.sentenceOf(tokens.get(verb)).endToken();
        for (int k = verb + 1; k + 2 < end && k <= verb + SELF_REACH; k++) {
            Token t = tokens.get(k);
            if (SELVES.contains(Phrases.low(t))) {
                return actAfter(tokens, k);
            }
            if (t.isVerb() || t.text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** Whether "would" or "will" and the base form of a verb of an act follow the pronoun at {@code self}. */
    private static boolean actAfter(List<Token> tokens, int self) {
        return FUTURE_MODALS.contains(Phrases.low(tokens.get(self + 1))) && tokens.get(self + 2).pos().equals("VB")
                && !NO_ACT.contains(tokens.get(self + 2).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the saying verb at {@code verb} commits its own subject to an act, the clause right after it (a date
     * between) being a pronoun, "would" or "will", and a verb of an act ("BP said on Wednesday it would pay for six
     * sand barriers"): the decision is the news, told on the day it was said. No date may follow in the sentence: a
     * plan with its own day ("said he would visit China next week") is told on that day; nor a condition ("if",
     * "unless": {@link Plans#WOULD_CONDITIONS}), which makes it no decision.
     */
    static boolean commits(AnalyzedText text, int verb, boolean[] covered) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(tokens.get(verb));
        if (!tokens.get(verb).lemma().equalsIgnoreCase("say")) {
            return false;
        }
        int k = verb + 1;
        while (k < s.endToken() && (covered[k] || k + 1 < s.endToken() && covered[k + 1]
                && ClauseSubjects.DATE_PREPOSITIONS.contains(Phrases.low(tokens.get(k))))) {
            k++; // "said on Wednesday"
        }
        k += k < s.endToken() && Phrases.low(tokens.get(k)).equals("that") ? 1 : 0;
        if (k + 2 >= s.endToken() || !SELVES.contains(Phrases.low(tokens.get(k))) || !actAfter(tokens, k)) {
            return false;
        }
        for (int i = k + 3; i < s.endToken(); i++) {
            if (covered[i] || Plans.WOULD_CONDITIONS.contains(Phrases.low(tokens.get(i)))) {
                return false; // "said he would call a special session if the dispute was not settled": a condition
            }
        }
        return true;
    }

    /**
     * The plan that the verb at {@code verb}, of lemma {@code lemma}, announces, in the clause from token {@code next}
     * ("that he would step down" → "he will step down"), or empty when the verb announces none or the clause is no
     * plan; a saying only when it {@link #commits} its subject.
     */
    static Optional<String> plan(AnalyzedText text, Sentence s, String lemma, int verb, int next, boolean[] covered) {
        boolean says = lemma.equalsIgnoreCase("say") && commits(text, verb, covered);
        if (!ANNOUNCING.contains(lemma.toLowerCase(Locale.ROOT)) && !says) {
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
        int end = Math.max(PredicateEnds.predicateEnd(tokens, s, modal + 1, covered, false), modal + 2);
        return Optional.of(Phrases.words(text, start, modal) + " will "
                + Asides.written(text, s, modal + 1, end, covered));
    }
}
