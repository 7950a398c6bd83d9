package dev.timeline.happening;

import dev.timeline.event.EventMention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Set;

/**
 * An event noun for what is feared, hoped or asked for: in the phrase of a noun of a mood or a chance ("concern of a
 * US rate cut early next year", "fears of a strike in May", "the risk of a default in March"; the nouns of {@code
 * mood-nouns.txt}, as {@link Measures} reads them, and of a chance), or the object of a verb of asking or refusing ("demanding the sacking of president
 * Luis Ortega", "called for the dismissal of the minister on Tuesday", "threatened a strike"). What is wished, feared
 * or refused has not happened, whatever its date. Stateless.
 */
final class WishedNouns {
    /** Nouns of a chance that something happens. */
    private static final Set<String> CHANCES = Set.of("threat", "risk", "prospect", "possibility", "danger",
            "likelihood", "chance", "chances", "spectre", "specter");
    /** Prepositions that open what a mood or a chance is of. */
    private static final Set<String> OF = Set.of("of", "about", "over", "for");
    /** Verbs of asking, proposing or refusing whose object has not happened: "demanded the resignation". */
    private static final Set<String> ASKING = Set.of("demand", "seek", "urge", "request", "propose", "want",
            "oppose", "reject", "threaten", "recommend");
    /** Verbs that ask with "for": "called for the dismissal", "pressed for talks". */
    private static final Set<String> ASKING_FOR = Set.of("call", "press", "push", "appeal", "ask", "lobby", "clamor",
            "clamour");

    private WishedNouns() {
    }

    /**
     * Whether the event noun {@code e} heads the phrase after a noun of a mood or a chance and its preposition, or the
     * object of a verb of asking or refusing.
     */
    static boolean isWished(AnalyzedText text, EventMention e) {
        if (!e.token().isNoun()) {
            return false;
        }
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int i = GovernedNouns.beforeItsPhrase(tokens, s, e.token().index());
        if (i < s.firstToken()) {
            return false;
        }
        Token at = tokens.get(i);
        if (at.isVerb() && ASKING.contains(at.lowerLemma())) {
            return true; // "demanding the sacking of president Luis Ortega"
        }
        if (i - 1 < s.firstToken() || !OF.contains(at.lowerText())) {
            return false;
        }
        Token before = tokens.get(i - 1);
        String lemma = before.lowerLemma();
        return before.isNoun() && (Measures.MOODS.contains(lemma) || CHANCES.contains(lemma))
                || at.lowerText().equals("for") && before.isVerb() && ASKING_FOR.contains(lemma);
    }
}
