package dev.timeline.happening;

import dev.timeline.event.EventMention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An event noun in the phrase of a noun of fear, hope or risk: "concern of a US rate cut early next year", "fears of
 * a strike in May", "the risk of a default in March". What is feared or hoped for has not happened, whatever its
 * date. The nouns are those of a mood ({@code mood-nouns.txt}) and of a chance. Stateless.
 */
final class FearedNouns {
    /** Nouns of a mood or an opinion: "fear", "concern", "hope", "speculation". */
    private static final Set<String> MOODS = Lexicons.firstColumn("mood-nouns.txt");
    /** Nouns of a chance that something happens. */
    private static final Set<String> CHANCES = Set.of("threat", "risk", "prospect", "possibility", "danger",
            "likelihood", "chance", "chances", "spectre", "specter");
    /** Prepositions that open what a mood or a chance is of. */
    private static final Set<String> OF = Set.of("of", "about", "over", "for");
    /** Tags of the words a noun phrase may hold before its head: "a US rate", "a third straight". */
    private static final Set<String> BEFORE_THE_HEAD = Set.of("DT", "PRP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS",
            "NNP", "NNPS", "POS");
    /** The most such words between the preposition and the event noun. */
    private static final int MAX_BETWEEN = 4;

    private FearedNouns() {
    }

    /** Whether the event noun {@code e} heads the phrase after a noun of a mood or a chance and its preposition. */
    static boolean isFeared(AnalyzedText text, EventMention e) {
        if (!e.token().isNoun()) {
            return false;
        }
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int i = e.token().index() - 1;
        int between = 0;
        while (i >= s.firstToken() && between < MAX_BETWEEN && BEFORE_THE_HEAD.contains(tokens.get(i).pos())) {
            i--;
            between++;
        }
        if (i - 1 < s.firstToken() || !OF.contains(tokens.get(i).lowerText())) {
            return false;
        }
        Token noun = tokens.get(i - 1);
        String lemma = noun.lemma().toLowerCase(Locale.ROOT);
        return noun.isNoun() && (MOODS.contains(lemma) || CHANCES.contains(lemma));
    }
}
