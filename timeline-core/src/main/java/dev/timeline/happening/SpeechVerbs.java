package dev.timeline.happening;

import dev.timeline.event.CommonNouns;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Verbs of saying and of ruling in a title: whether a verb is one of saying or showing ({@code speech-verbs.txt}), so
 * that a title without an object of its own only says that someone spoke ("Bush declares in New York"), "made clear"
 * is one; whether such a verb's object is a clause the title cannot quote ("an investigation found some employees
 * had taken drugs"); and the clause that a verb of ruling or testimony decides ("a district court ruled on March 3
 * that Petric could attend party meetings").
 */
final class SpeechVerbs {
    /** Verbs of saying: without an object of their own the title says only that someone spoke. */
    static final Set<String> SPEECH = Lexicons.firstColumn("speech-verbs.txt");
    /** Words after "make" that make it a verb of saying: "made clear", "made plain", "made known". */
    static final Set<String> STATED = Set.of("clear", "plain", "known");

    private SpeechVerbs() {
    }

    /**
     * Whether the object of a verb of saying from token {@code from} on is a clause: a finite verb right after a noun
     * or a pronoun, up to {@code end} or right after it, or after the noun phrases that go on past it ("found some
     * MMS employees had taken drugs", "suggested an oil spill was unlikely"); a past form that may be a participle,
     * but of "be" and "have", is the noun's modifier ("complaints filed by 20 nationals", "the bodies of two women
     * stabbed to death", "a rate cut to 11 percent").
     */
    static boolean reportsAClause(List<Token> tokens, Sentence s, int from, int end) {
        for (int k = from + 1; k < s.endToken(); k++) {
            Token t = tokens.get(k);
            Token before = tokens.get(k - 1);
            if (k > end && !(NounPhrases.isNounPhrasePart(before) || Phrases.low(before).equals("and"))) {
                break; // "suggested the injury cases and death claims were good candidates": past the title's cut
            }
            boolean participle = t.pos().equals("VBD") && t.mayBePastParticiple() && !t.lemma().equals("be")
                    && !t.lemma().equals("have");
            // "a one-percent interest rate cut/VBP to 11 percent": a noun of a compound read as a verb
            boolean compound = (t.pos().equals("VBP") || t.pos().equals("VBZ")) && before.pos().equals("NN")
                    && CommonNouns.contains(Phrases.low(t));
            if ((before.isNoun() || before.pos().equals("PRP")) && !participle && !compound
                    && Phrases.isFiniteOrModal(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Verbs of a ruling or a testimony, whose "that" clause is what was decided or told: "the court ruled that ...",
     * "the banker testified that ...".
     */
    static final Set<String> RULINGS = Set.of("rule", "decide", "testify");
    /** Pronouns of persons that may open a testimony's clause: "testified that he arranged the loans". */
    private static final Set<String> PERSONAL_SUBJECTS = Set.of("he", "she", "they");
    /** The most words of a ruling's clause a title takes. */
    private static final int MAX_RULING = 14;

    /**
     * The end of the clause that "that" at {@code that} opens after a verb of ruling: a noun phrase or a person's
     * pronoun, its verb group and the predicate after it ("that Petric could attend party meetings"), up to a comma or
     * a semicolon; -1 when no such clause follows or it runs past {@value #MAX_RULING} words.
     */
    static int rulingEnd(List<Token> tokens, Sentence s, int that, boolean[] covered) {
        if (that + 2 >= s.endToken() || !Phrases.low(tokens.get(that)).equals("that")
                || !NounPhrases.isNounPhraseStart(tokens.get(that + 1))
                && !PERSONAL_SUBJECTS.contains(Phrases.low(tokens.get(that + 1)))) {
            return -1;
        }
        int v = that + 1;
        while (v < s.endToken() && v - that <= MAX_RULING && !tokens.get(v).isVerb()) {
            if (tokens.get(v).pos().equals(",") || tokens.get(v).pos().equals(":")) {
                return -1;
            }
            v++;
        }
        while (v + 1 < s.endToken() && (tokens.get(v + 1).isVerb() || tokens.get(v + 1).pos().startsWith("RB"))) {
            v++; // "could attend", "would not close"
        }
        if (v >= s.endToken() || !tokens.get(v).isVerb() || ClauseSubjects.isReportingVerb(tokens.get(v))) {
            return -1; // "testified that Dr Murray told her only that ...": a saying within, too long for a title
        }
        int end = Math.max(v + 1, PredicateEnds.predicateEnd(tokens, s, v + 1, covered, false));
        return end - that <= MAX_RULING ? end : -1;
    }

    /** Whether {@code t} is a verb of saying or showing ({@code speech-verbs.txt}). */
    static boolean isSpeech(Token t) {
        return t.isVerb() && SPEECH.contains(t.lemma().toLowerCase(Locale.ROOT));
    }
}
