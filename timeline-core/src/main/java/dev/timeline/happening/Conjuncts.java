package dev.timeline.happening;

import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Set;

/**
 * What "and" after a title's verb goes on with: a second verb of the same tense that shares the predicate's date
 * ("killed nine Afghans [and injured] over 20 others", not "[and was expected to meet]"), a passive conjunct whose
 * "be" is gapped ("were killed [and seven others wounded]") or repeated with "others" ("and at least four others were
 * injured"), and a participle whose "be" the first passive's clause holds ("Nine people were killed and nine others
 * injured").
 */
final class Conjuncts {
    /** Lemmas of the verbs that are auxiliaries as often as not: "was expected to", "had to". */
    private static final Set<String> AUXILIARY_LEMMAS = Set.of("be", "have");

    private Conjuncts() {
    }

    /**
     * Where the participle of a passive conjunct whose subject is "others" stands when "and" at {@code at} opens it:
     * "were killed [and at least four others were injured]"; -1 if none.
     */
    static int othersConjunct(List<Token> tokens, Sentence s, int at) {
        if (at >= s.endToken() || !Phrases.low(tokens.get(at)).equals("and")) {
            return -1;
        }
        int start = at + 1;
        if (start + 1 < s.endToken() && Phrases.low(tokens.get(start)).equals("at")
                && BOUNDS_OF_A_COUNT.contains(Phrases.low(tokens.get(start + 1)))) {
            start += 2; // "and at least four others were injured"
        }
        int k = start;
        while (k < s.endToken() && k - start < GAPPED_SUBJECT && NounPhrases.isNounPhrasePart(tokens.get(k))) {
            k++;
        }
        boolean be = k + 1 < s.endToken() && BE_PASTS.contains(Phrases.low(tokens.get(k)))
                && (tokens.get(k + 1).pos().equals("VBN") || tokens.get(k + 1).pos().equals("VBD"));
        return k > start && Phrases.low(tokens.get(k - 1)).equals("others") && be ? k + 1 : -1;
    }

    /** The words after "at" that bound a count: "at least four others". */
    private static final Set<String> BOUNDS_OF_A_COUNT = Set.of("least", "most");
    /** The pasts of "be" that a passive conjunct after "and" repeats: "and four others were injured". */
    private static final Set<String> BE_PASTS = Set.of("was", "were");

    /** How many words the subject of a gapped passive conjunct may have: "and [seven others] wounded". */
    private static final int GAPPED_SUBJECT = 4;

    /**
     * Where the participle of a passive conjunct whose "be" is gapped stands when "and" at {@code at} opens it: "were
     * killed [and seven others wounded]"; -1 if none.
     */
    static int gappedConjunct(List<Token> tokens, Sentence s, int at) {
        if (at >= s.endToken() || !Phrases.low(tokens.get(at)).equals("and")) {
            return -1;
        }
        int k = at + 1;
        while (k < s.endToken() && k - at <= GAPPED_SUBJECT && NounPhrases.isNounPhrasePart(tokens.get(k))) {
            k++;
        }
        boolean participle = k < s.endToken()
                && (tokens.get(k).pos().equals("VBN") || tokens.get(k).pos().equals("VBD"));
        return k > at + 1 && participle ? k : -1;
    }

    /**
     * The verb after the "and" at {@code at} that goes on with the predicate of {@code verb}: a finite verb of the same
     * tense right after the conjunction ("killed nine Afghans [and injured] over 20 others", "emigrated [and settled]
     * in California"); -1 if none.
     */
    static int secondConjunct(List<Token> tokens, Sentence s, Token verb, int at) {
        return at + 1 < s.endToken() && Phrases.low(tokens.get(at)).equals("and")
                && (tokens.get(at + 1).pos().equals(verb.pos())
                || verb.pos().equals("VBD") && Phrases.pastTakenForAdjective(tokens, s, at + 1))
                && Phrases.isFiniteOrModal(verb) ? at + 1 : -1;
    }

    /** How many words after a second conjunct's verb {@link #datedApart} looks for its own date. */
    private static final int OWN_DATE_REACH = 8;

    /**
     * Whether the verbs at {@code first} and {@code second} ("and" before it) each have a date of their own: one
     * between them, and one, or a length counted "later" or "earlier", within {@value #OWN_DATE_REACH} words after
     * the second ("exploded on 20 April and sank two days later"); or a length counted "later" or "earlier" after
     * the second alone, which counts from the first's time ("In 1998 Kwan won silver and fell to bronze four years
     * later"): two happenings, not one title.
     */
    static boolean datedApart(List<Token> tokens, Sentence s, int first, int second, boolean[] covered) {
        boolean between = false;
        for (int i = first + 1; i < second && !between; i++) {
            between = covered[i];
        }
        for (int i = second + 1; between && i < s.endToken() && i <= second + OWN_DATE_REACH; i++) {
            if (covered[i] || LaterDates.countsFromBefore(Phrases.low(tokens.get(i)))) {
                return true;
            }
        }
        // the second's clause, up to a comma, a clause word or another verb, counts its own length from the first's
        for (int i = second + 1; i < s.endToken() && goesOnWithTheClause(tokens.get(i)); i++) {
            if (covered[i - 1] && LaterDates.countsFromBefore(Phrases.low(tokens.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t} may stand inside a conjunct's clause: no comma, clause word or verb in a tense. */
    private static boolean goesOnWithTheClause(Token t) {
        return !t.text().equals(",") && !Phrases.CLAUSE_WORDS.contains(Phrases.low(t)) && !Phrases.isFiniteOrModal(t);
    }

    /**
     * Whether the verb at {@code at} is a "be" or "have" whose group goes on to an infinitive: "was expected to meet",
     * "is likely to", "had to leave".
     */
    static boolean beforeInfinitive(List<Token> tokens, Sentence s, int at) {
        if (!AUXILIARY_LEMMAS.contains(tokens.get(at).lemma())) {
            return false;
        }
        int k = at + 1;
        while (k < s.endToken() && tokens.get(k).pos().equals("RB")) {
            k++;
        }
        if (k < s.endToken() && !Phrases.low(tokens.get(k)).equals("to")) {
            k++; // "expected", "likely", "due"
        }
        return k + 1 < s.endToken() && Phrases.low(tokens.get(k)).equals("to") && tokens.get(k + 1).pos().equals("VB");
    }

    /**
     * Whether the participle at {@code g} follows a short noun phrase after "and" that a passive ("were killed")
     * comes before: the auxiliary of the first clause is left out of the second ("and nine others injured").
     */
    static boolean gappedPassive(List<Token> tokens, Sentence s, int g, boolean[] covered) {
        int k = g - 1;
        while (k >= s.firstToken() && g - k <= 4 && NounPhrases.isNounPhrasePart(tokens.get(k))) {
            k--;
        }
        if (k == g - 1 || k - 2 < s.firstToken() || !Phrases.low(tokens.get(k)).equals("and")) {
            return false;
        }
        int p = k - 1;
        if (covered[p]) {
            // "The spill was halted [in July] and the well permanently capped": the first passive's date between
            while (p > s.firstToken() && covered[p]) {
                p--;
            }
            if (ClauseSubjects.DATE_PREPOSITIONS.contains(Phrases.low(tokens.get(p))) && p > s.firstToken()) {
                p--;
            }
        }
        if (p - 1 < s.firstToken()) {
            return false;
        }
        Token participle = tokens.get(p);
        Token be = tokens.get(p - 1);
        return (participle.pos().equals("VBN") || participle.pos().equals("VBD")) && be.isVerb()
                && be.lemma().equals("be");
    }
}
