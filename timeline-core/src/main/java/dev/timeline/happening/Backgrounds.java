package dev.timeline.happening;

import dev.timeline.event.Aspect;
import dev.timeline.event.EventMention;
import dev.timeline.event.Tense;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The scene of another happening: a verb in the past progressive in a clause opened by "where", "when", "while" or
 * "as" ("The explosion took place on Wednesday in the Xinpo Coal Mine, where 17 miners were working underground",
 * "He was arrested on Monday as he was trying to board a plane"). What was going on, not what happened. Stateless.
 */
final class Backgrounds {
    /** Words that open a clause of time or place. */
    private static final Set<String> OPENERS = Set.of("where", "when", "while", "as", "whilst");
    /** How many words before the verb the clause's opener may stand: "where [17 miners were] working". */
    private static final int REACH = 8;

    private Backgrounds() {
    }

    /** Whether verb {@code e} is in the past progressive in a clause of time or place, within its sentence. */
    static boolean isScene(AnalyzedText text, EventMention e) {
        if (!e.token().isVerb() || e.tense() != Tense.PAST || e.aspect() != Aspect.PROGRESSIVE) {
            return false;
        }
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        for (int k = e.token().index() - 1; k >= s.firstToken() && e.token().index() - k <= REACH; k--) {
            Token t = tokens.get(k);
            if (OPENERS.contains(Phrases.low(t))) {
                // "as he was trying", not "as early as February": "as" opens a clause with its subject
                return !Phrases.low(t).equals("as") || k + 1 < s.endToken() && opensASubject(tokens.get(k + 1));
            }
            boolean end = t.text().equals(",") || t.text().equals(";") || t.text().equals(":");
            if (end || t.isVerb() && !t.lemma().equals("be") && k < e.token().index() - 1) {
                return false; // another clause's verb, or an end: "As early as February, Halliburton was getting"
            }
        }
        return false;
    }

    /** Whether a clause's subject may start with {@code t}: a pronoun, a determiner, a number or a noun. */
    private static boolean opensASubject(Token t) {
        return t.pos().equals("PRP") || t.pos().equals("DT") || t.pos().equals("CD") || t.isNoun();
    }
}
