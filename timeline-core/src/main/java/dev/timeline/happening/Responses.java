package dev.timeline.happening;

import dev.timeline.event.EventMention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Answers to what others say: a verb of {@code response-verbs.txt} whose object is headed by a noun of {@code
 * talk-nouns.txt} ("Temasek dismissed talk of a bid", "The Daily Mail raised the possibility of an engagement") tells
 * of speech, which a chronology does not list. Stateless.
 */
final class Responses {
    private static final Set<String> RESPONSE_VERBS = Lexicons.firstColumn("response-verbs.txt");
    private static final Set<String> TALK_NOUNS = Lexicons.firstColumn("talk-nouns.txt");
    /** How many words after the verb its object's head may come: "played down [Indian news] reports". */
    private static final int OBJECT_REACH = 5;

    private Responses() {
    }

    /** Whether {@code t} is a noun of {@code talk-nouns.txt}: "reports", "allegations", "the idea". */
    static boolean isTalkNoun(Token t) {
        return t.isNoun() && TALK_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether verb {@code e} answers or stirs talk: the head of its object's first common noun compound is one of
     * {@code talk-nouns.txt}.
     */
    static boolean answersTalk(AnalyzedText text, EventMention e) {
        Token verb = e.token();
        if (!verb.isVerb() || !RESPONSE_VERBS.contains(e.verbLemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(verb);
        int i = verb.index() + 1;
        if (i < s.endToken() && (Phrases.PARTICLES.contains(Phrases.low(tokens.get(i)))
                || Phrases.low(tokens.get(i)).equals("aside"))) {
            i++; // "played down", "brushed aside"
        }
        if (i < s.endToken() && tokens.get(i).isVerb() && (TALK_NOUNS.contains(Phrases.low(tokens.get(i)))
                || TALK_NOUNS.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT)))) {
            return true; // "dismissed talk/VBP it had held", "made remarks/VBZ": a noun after the verb, tagged a verb
        }
        for (int k = i; k < Math.min(s.endToken(), i + OBJECT_REACH); k++) {
            Token t = tokens.get(k);
            if (t.pos().equals("NN") || t.pos().equals("NNS")) {
                int head = k;
                while (head + 1 < s.endToken() && tokens.get(head + 1).pos().startsWith("NN")) {
                    head++; // "news reports": the compound's last noun heads it
                }
                return isTalkNoun(tokens.get(head));
            }
            if (!Phrases.isNounPhrasePart(t)) {
                return false;
            }
        }
        return false;
    }
}
