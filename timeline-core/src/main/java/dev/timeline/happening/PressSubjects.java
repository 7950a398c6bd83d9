package dev.timeline.happening;

import dev.timeline.event.EventMention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Clauses whose subject is the press ({@code press-nouns.txt}): "Newspapers named the couple on Tuesday", "A Velo
 * newspaper revealed the plan", "The Pioneer and Hindustan newspapers ran headlines". What the press printed or said
 * is a publication, no happening of a chronology. Stateless.
 */
final class PressSubjects {
    private static final Set<String> NOUNS = Lexicons.firstColumn("press-nouns.txt");

    private PressSubjects() {
    }

    /**
     * Whether the word right before the verb group of {@code e} (past adverbs and auxiliaries) is a noun of the press
     * that ends its subject: "Newspapers [barely] named", "The Tarn paper [has] published".
     */
    static boolean isPress(AnalyzedText text, EventMention e) {
        if (!e.token().isVerb()) {
            return false;
        }
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int k = e.token().index() - 1;
        while (k >= s.firstToken() && (tokens.get(k).pos().startsWith("RB") || tokens.get(k).pos().equals("MD")
                || tokens.get(k).isVerb() && ReportedHappenings.AUXILIARIES.contains(tokens.get(k).lowerLemma()))) {
            k--;
        }
        if (k < s.firstToken() || !tokens.get(k).isNoun() || tokens.get(k).pos().startsWith("NNP")) {
            return false;
        }
        return NOUNS.contains(tokens.get(k).lowerLemma()) || NOUNS.contains(tokens.get(k).lowerText());
    }
}
