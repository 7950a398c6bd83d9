package dev.timeline.happening;

import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Whether a title's participle modifies a noun rather than heading a clause of its own: inside an aside set off by
 * dashes or a bracket ("The airline -- a company founded in 1998 by two brothers -- collapsed"), between commas with
 * a date of its own ("YouTube, founded in 2005 by three former PayPal employees, was sold"), or as an appositive's
 * participle before a preposition ("the dalek, a currency introduced in 1993"; not ", a spokesman announced
 * Sunday").
 */
final class ModifyingParticiples {
    /** The most words a participle's clause between commas runs: "founded in 2005 by three former PayPal employees". */
    private static final int PARENTHETICAL = 12;

    private ModifyingParticiples() {
    }

    /**
     * Where the clause of the participle at {@code at} ends at a comma within {@value #PARENTHETICAL} words, with a
     * preposition or adverb right after the participle, a date inside and no other verb: the comma's index; -1 for
     * none ("The minister, criticized by the press, resigned on Monday" has its date in the main clause).
     */
    static int datedParentheticalEnd(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        if (at + 1 >= s.endToken() || !(tokens.get(at + 1).pos().equals("IN") || tokens.get(at + 1).pos().equals("RB")
                || covered[at + 1])) {
            return -1;
        }
        boolean dated = false;
        for (int i = at + 1; i < s.endToken() && i - at <= PARENTHETICAL; i++) {
            Token t = tokens.get(i);
            if (t.text().equals(",")) {
                // the clause's own verb follows ("..., was sold") or came before ("cited Sweden's aviation law,
                // enacted in 1998, as a model"); "Hanbo, the country's 14th largest conglomerate, collapsed in January
                // under debts, prompting" has its verb in the commas' place
                return dated && (FiniteVerbs.finiteVerbAfter(tokens, s, i) || governingVerbBefore(tokens, s, at - 1))
                        ? i : -1;
            }
            if (t.isVerb() || t.pos().equals("MD") || Phrases.isClauseWord(t)) {
                return -1;
            }
            dated |= covered[i];
        }
        return -1;
    }

    /**
     * Whether the noun phrase before the comma at {@code comma} follows a finite verb of the sentence's own clause,
     * with no comma between ("The ministry [cited] Sweden's aviation law,"): a verb of no aside ("The procedure,
     * likened to threading a needle,") and of no relative clause ("whose members produce ... supplies,").
     */
    private static boolean governingVerbBefore(List<Token> tokens, Sentence s, int comma) {
        int v = comma - 1;
        while (v >= s.firstToken() && !tokens.get(v).text().equals(",") && !Phrases.isFiniteOrModal(tokens.get(v))) {
            v--;
        }
        if (v < s.firstToken() || tokens.get(v).text().equals(",")
                || v - 1 >= s.firstToken() && tokens.get(v - 1).text().equals(",")) {
            return false;
        }
        for (int i = v - 1; i >= s.firstToken() && !tokens.get(i).text().equals(","); i--) {
            if (Phrases.RELATIVE_PRONOUNS.contains(Phrases.low(tokens.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the aside closes that the dash or bracket at {@code opener} opens, when no finite verb stands between the
     * participle at {@code participle} and the closing mark ("-- a title awarded to him in the Thirties --"); -1
     * otherwise.
     */
    static int asideClose(List<Token> tokens, Sentence s, int opener, int participle) {
        String closer = tokens.get(opener).text().equals("(") ? ")" : tokens.get(opener).text();
        for (int i = participle + 1; i < s.endToken() && i - participle <= MAX_ASIDE_PHRASE * 3; i++) {
            if (tokens.get(i).text().equals(closer)) {
                return i;
            }
            if (Phrases.isFiniteOrModal(tokens.get(i))) {
                return -1;
            }
        }
        return -1;
    }

    /** The dash or bracket right before the noun phrase that ends at {@code g}, or -1. */
    static int asideOpener(List<Token> tokens, Sentence s, int g) {
        int k = g - 1;
        while (k - 1 >= s.firstToken() && g - k < MAX_ASIDE_PHRASE && NounPhrases.isNounPhrasePart(tokens.get(k - 1))) {
            k--;
        }
        return k - 1 >= s.firstToken() && ASIDE_OPENERS.contains(tokens.get(k - 1).text()) ? k - 1 : -1;
    }

    /** Marks that open an aside: dashes and a bracket. */
    private static final Set<String> ASIDE_OPENERS = Set.of("--", "\u2014", "\u2013", "(");
    /** The most words of the noun phrase an aside's participle describes. */
    private static final int MAX_ASIDE_PHRASE = 6;

    /**
     * Whether the past at {@code word}, its verb group opening at {@code g}, is the participle of an appositive before
     * a preposition of its own, a date's maybe: ", a militia loosely affiliated with the party,", ", a currency
     * introduced in 1993" (not ", a spokesman announced Sunday", nor ", a minister announced on Tuesday": a report's
     * verb, or speech before a date's preposition).
     */
    static boolean appositiveParticiple(List<Token> tokens, Sentence s, int g, int word, boolean[] covered) {
        return word + 2 < s.endToken() && tokens.get(word + 1).pos().equals("IN")
                && !(covered[word + 2] && SpeechVerbs.isSpeech(tokens.get(word)))
                && !ClauseSubjects.isReportingVerb(tokens.get(word)) && GovernedPhrases.appositive(tokens, s, g);
    }
}
