package dev.timeline.happening;

import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Whether the noun phrase before a participle stands after its clause's verb, so that the participle modifies it and
 * is no verb of its own: an appositive ("propofol, an anesthetic [administered in hospitals]", "the dalek, a currency
 * [introduced in 1993]"), or a phrase after a finite verb of its clause that reports no clause ("replaces a credit
 * line [created last fall]"; not "said the plant [closed]"), surely so for a past that may be a simple past
 * ("questioned three men [arrested] in Vallis"; not "a team led/VBD by Rijal [met]", nor a toll's count).
 */
final class GovernedPhrases {
    /** Nouns that count what their "of" phrase names: "the number of soldiers killed". */
    private static final Set<String> COUNTS = Set.of("number", "toll", "total", "tally");

    private GovernedPhrases() {
    }

    /**
     * Whether the noun phrase that ends before token {@code end} stands after its clause's verb, so that a participle
     * after it cannot be that verb: an appositive ("propofol, an anesthetic [administered in hospitals]"), or a
     * phrase after a finite verb of its clause that reports no clause ("replaces a credit line [created last fall]",
     * "approved funds for the dam [damaged in May]"; not "said the plant [closed]", not "Farmers in Egypt
     * [clashed]").
     */
    static boolean governedNounPhrase(List<Token> tokens, Sentence s, int end) {
        int start = nounPhraseStart(tokens, s, end);
        if (start < 0) {
            return false;
        }
        if (Phrases.low(tokens.get(start - 1)).equals(",")) {
            return appositive(tokens, s, end);
        }
        int i = FiniteVerbs.finiteVerbBefore(tokens, s, start);
        return i >= 0 && !ClauseSubjects.isReportingVerb(tokens.get(i)) && !SpeechVerbs.isSpeech(tokens.get(i))
                && !FiniteVerbs.inRelative(tokens, s, i);
    }

    /**
     * Whether a past form at token {@code end}, which may be a simple past or a participle, is a participle after the
     * object of its clause's verb ("questioned three men [arrested] in Vallis", "are testing the stack [installed] on
     * Monday"): the noun phrase before it, set off by no comma, follows a finite verb of its clause that reports no
     * clause, and that verb has an object of its own rather than a preposition after it, so that it is no participle
     * of the subject's phrase itself ("a team led/VBD by Rijal [met]", "the measures agreed/VBD on [...] the cabinet
     * [voted]") and no adjective ("boxes of bottled/VBD mineral water [arrived]").
     */
    static boolean surelyGovernedNounPhrase(List<Token> tokens, Sentence s, int end) {
        int start = nounPhraseStart(tokens, s, end);
        if (start < 0 || Phrases.low(tokens.get(start - 1)).equals(",")) {
            return false;
        }
        if (relativeWithoutPronoun(tokens, s, start, end)) {
            return false;
        }
        int i = FiniteVerbs.finiteVerbBefore(tokens, s, start);
        if (i < 0) {
            return false;
        }
        Token t = tokens.get(i);
        int subject = i - 1;
        while (subject >= s.firstToken() && tokens.get(subject).pos().equals("RB")) {
            subject--; // "Police also arrested"
        }
        // "for remarks/VBZ the captain made": no subject, no verb
        boolean afterSubject = subject >= s.firstToken()
                && (tokens.get(subject).isNoun() || tokens.get(subject).pos().equals("PRP"));
        boolean maybeParticiple = t.pos().equals("VBD") && t.mayBePastParticiple()
                && i + 1 < s.endToken() && tokens.get(i + 1).pos().equals("IN");
        return afterSubject && !maybeParticiple && !ClauseSubjects.isReportingVerb(t)
                && !SpeechVerbs.isSpeech(t) && !FiniteVerbs.inRelative(tokens, s, i);
    }

    /**
     * Prepositions whose object a past right after it modifies as a participle: "were among 140 members [arrested] on
     * December 14", "recovering from a knee injury [suffered] against Aston Villa on November 11". Not those that
     * also open a clause ("after police arrested"), nor "in" or "at" ("said in Cairo police arrested"), nor those whose
     * phrase a participle after it may leave to the noun before ("the meeting of the committee [held] on Friday",
     * "the offensive against ethnic minorities [carried] out earlier this year").
     */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("among", "including", "with", "between", "for",
            "from");

    /**
     * Whether the noun phrase that ends before token {@code end} is the object of one of {@link #OBJECT_PREPOSITIONS}
     * after a finite verb of its clause that reports nothing, so that a past right after the phrase is its
     * participle, a preposition's object being no clause's subject: "who were among 140 Brotherhood members
     * [arrested] on December 14" (not "among the men [police] arrested": a relative without its pronoun). Where the
     * verb before is a relative clause's, the main clause's verb must follow the past, which else may be that verb
     * itself ("Fears that currents were spreading oil from the spill [flared] on Tuesday").
     */
    static boolean prepositionsObject(List<Token> tokens, Sentence s, int end) {
        int start = nounPhraseStart(tokens, s, end);
        if (start < 0 || !OBJECT_PREPOSITIONS.contains(Phrases.low(tokens.get(start - 1)))
                || relativeWithoutPronoun(tokens, s, start, end)) {
            return false;
        }
        int i = FiniteVerbs.finiteVerbBefore(tokens, s, start - 1);
        return i >= 0 && !ClauseSubjects.isReportingVerb(tokens.get(i)) && !SpeechVerbs.isSpeech(tokens.get(i))
                && (!FiniteVerbs.inRelative(tokens, s, i) || FiniteVerbs.finiteVerbAfter(tokens, s, end));
    }

    /**
     * Whether the noun phrase from {@code start} to {@code end}, with the two words before it, holds a relative clause
     * without its pronoun ("remarks [the captain made]", "the deal [BP reached]") or a toll's count ("brought the
     * number of soldiers killed on Tuesday to seven"): a past after it is no participle of the phrase.
     */
    private static boolean relativeWithoutPronoun(List<Token> tokens, Sentence s, int start, int end) {
        for (int k = Math.max(s.firstToken(), start - 2); k + 1 < end; k++) {
            Token t = tokens.get(k);
            Token next = tokens.get(k + 1);
            if (t.isNoun() && (next.pos().equals("DT") || next.isNoun() && Character.isLowerCase(t.text().charAt(0))
                    && Character.isUpperCase(next.text().charAt(0)))) {
                return true;
            }
            if (COUNTS.contains(Phrases.low(t)) && Phrases.low(next).equals("of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the noun phrase that ends before token {@code end} is an appositive: "a" or "an" after a comma after a
     * noun ("propofol, an anesthetic", "Kardun town, an area").
     */
    static boolean appositive(List<Token> tokens, Sentence s, int end) {
        return appositiveHead(tokens, s, end) >= 0;
    }

    /**
     * The noun that the appositive ending before token {@code end} describes ("Kardun" of "the Kardun, a currency"),
     * or -1 if that phrase is no appositive ({@link #appositive}).
     */
    static int appositiveHead(List<Token> tokens, Sentence s, int end) {
        int start = nounPhraseStart(tokens, s, end);
        if (start < 0 || !Phrases.low(tokens.get(start - 1)).equals(",")) {
            return -1;
        }
        String article = Phrases.low(tokens.get(start));
        return (article.equals("a") || article.equals("an")) && start - 2 >= s.firstToken()
                && tokens.get(start - 2).isNoun() && !inAnOpeningPhrase(tokens, s, start - 2) ? start - 2 : -1;
    }

    /**
     * Whether the noun at {@code noun} ends a prepositional phrase that opens the sentence ("In a much more severe
     * case, a NATO air strike killed": the comma closes the phrase, and no appositive follows it).
     */
    private static boolean inAnOpeningPhrase(List<Token> tokens, Sentence s, int noun) {
        int k = noun;
        while (k - 1 > s.firstToken() && NounPhrases.isNounPhrasePart(tokens.get(k - 1))) {
            k--;
        }
        return k - 1 == s.firstToken() && tokens.get(k - 1).pos().equals("IN");
    }

    /**
     * The first token of the noun phrase that ends before token {@code end}, with a token of its sentence before it;
     * -1 if none, or if the phrase ends on a form of "be" ("a report to be/NN delivered": a verb taken for a noun).
     */
    private static int nounPhraseStart(List<Token> tokens, Sentence s, int end) {
        int start = end;
        while (start - 1 >= s.firstToken() && NounPhrases.isNounPhrasePart(tokens.get(start - 1))) {
            start--;
        }
        return start == end || start - 1 < s.firstToken() || tokens.get(end - 1).lemma().equals("be") ? -1 : start;
    }
}
