package dev.timeline.happening;

import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Set;

/**
 * What follows a title's verb and how far its predicate goes: past a date and its preposition ("raised on Thursday its
 * main rate", "met Tuesday with"), whether an agent ("a report carried by the news agency") or another preposition's
 * phrase follows, where a gerund's quoted object ends ("for publishing "state secrets""), whether a predicate ends
 * whole (not before "when ..."), whether it points back to what another sentence named ("used it anyway", "brought
 * him to power"), "here" for the dateline's place, and a subordinate clause whose pronoun is no object ("resigned
 * [after it emerged]").
 */
final class TitlePredicates {
    /** Object pronouns: a predicate whose only object is one points back to a sentence the title does not quote. */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "him", "her", "them", "this", "that", "these",
            "those", "me", "us", "you");
    /** Prepositions that open a verb's complement after a date: "called on Sunday for ...", "met Tuesday with ...". */
    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("for", "with", "against", "on", "over",
            "about", "into", "from", "off", "out", "up", "down");
    /** Object pronouns that stand for a person or people named before: "charged him". */
    static final Set<String> PERSONAL_OBJECTS = Set.of("him", "her", "them");

    private TitlePredicates() {
    }

    /**
     * Whether "here" follows the verb, among the adverbs and the time expression right after it ("arrived here on
     * Tuesday", "were arrested Monday here").
     */
    static boolean hasHere(List<Token> tokens, Sentence s, int from, boolean[] covered) {
        for (int i = from; i < s.endToken() && (covered[i] || tokens.get(i).pos().startsWith("RB")); i++) {
            if (!covered[i] && Phrases.low(tokens.get(i)).equals("here")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a subordinating word at {@code at} opens a clause whose pronoun subject a verb follows: "resigned last
     * October [after it emerged] that ...", "left [before they arrived]"; the pronoun is no object of the verb before.
     */
    static boolean subordinateClauseAt(List<Token> tokens, Sentence s, int at) {
        return SubjectStarts.SUBORDINATORS.contains(Phrases.low(tokens.get(at))) && at + 2 < s.endToken()
                && (tokens.get(at + 2).isVerb() || tokens.get(at + 2).pos().equals("MD"));
    }

    /**
     * Whether a predicate that ends at {@code end} ends whole: not before a clause or a quotation it was cut from
     * ("recalled the moment [when ...]", "declared [that ...]", "to say ["happy holidays"]").
     */
    static boolean endsCleanly(List<Token> tokens, Sentence s, int end, boolean[] covered) {
        if (end >= s.endToken() || covered[end]) {
            return true;
        }
        String next = Phrases.low(tokens.get(end));
        return !Phrases.CLAUSE_WORDS.contains(next) && !Phrases.isQuote(next);
    }

    /**
     * Whether a phrase of a preposition other than a date's follows token {@code at}, after a date maybe: "arrested [in
     * Vallis] on Tuesday", "submitted Monday [to Congress]"; not "created last fall", "made in July", "used mostly".
     */
    static boolean phraseAfter(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        int from = skipDate(tokens, s, at, covered);
        return from + 1 < s.endToken() && (tokens.get(from).pos().equals("IN") || tokens.get(from).pos().equals("TO"))
                && !covered[from + 1] && NounPhrases.isNounPhraseStart(tokens.get(from + 1));
    }

    /**
     * Whether an agent follows the verb at {@code at}, right after it or after a prepositional phrase ("a report
     * carried by the news agency", "an analysis sent to BP by Halliburton"): "by" and a noun phrase that is no number
     * ("rose by 10 percent") and no date.
     */
    static boolean agentAfter(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        int from = skipDate(tokens, s, at + 1, covered); // "delivered in September by the shuttle Atlantis"
        if (from > at + 1) {
            // past a date only "by" itself: "nosedived Monday on heavy selling by foreign investors" is active
            return from + 1 < s.endToken() && Phrases.low(tokens.get(from)).equals("by")
                    && agentAt(tokens.get(from + 1)) && !covered[from + 1];
        }
        for (int i = from; i + 1 < s.endToken() && i <= from + 4 && !covered[i]; i++) {
            Token t = tokens.get(i);
            if (Phrases.low(t).equals("by")) {
                return agentAt(tokens.get(i + 1)) && !covered[i + 1];
            }
            boolean phrase = i == from ? t.pos().equals("IN") || t.pos().equals("TO") : NounPhrases.isNounPhrasePart(t);
            if (!phrase) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether {@code t}, right after "by", may open an agent: a word, no number ("rose by 5 percent") and no mark that
     * ends the clause ("after a police convoy passed by.": a particle).
     */
    private static boolean agentAt(Token t) {
        return !t.pos().equals("CD") && Character.isLetter(t.text().charAt(0));
    }

    /**
     * Whether the predicate's only noun phrase is an object pronoun ("used it anyway", "met with him"), or it opens
     * with "him", "her" or "them" ("brought him to power") or with "it" before a preposition ("secure it over the
     * well"), or is "the same" and its noun: whom or which, another sentence said.
     */
    static boolean pointsBack(List<Token> tokens, int from, int to) {
        if (from < to && PERSONAL_OBJECTS.contains(tokens.get(from).text()) && tokens.get(from).pos().equals("PRP")) {
            return true;
        }
        if (from + 1 < to && tokens.get(from).text().equals("it") && tokens.get(from + 1).pos().equals("IN")) {
            return true; // "the robots will secure it over the broken well": what, the title does not say
        }
        if (from + 3 <= to && tokens.get(from).lowerText().equals("the")
                && tokens.get(from + 1).lowerText().equals("same")
                && tokens.subList(from + 2, to).stream().allMatch(t -> t.isNoun() || t.pos().startsWith("JJ"))) {
            return true; // "will also take the same solution": the one another sentence told
        }
        boolean pronoun = false;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isNoun() || t.pos().equals("CD")) {
                return false;
            }
            pronoun |= OBJECT_PRONOUNS.contains(t.text()) && !t.pos().equals("DT"); // by the word: "Kisangani/PRP"
        }
        return pronoun;
    }

    /**
     * Past a date and its preposition at {@code at} ("on Wednesday", "last week"): the token after it; else
     * {@code at}.
     */
    static int skipDate(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        int i = at;
        // "on Friday", "late on Friday": a preposition before the date, at most two
        while (i + 1 < s.endToken() && i - at < 2 && !covered[i]
                && ClauseSubjects.DATE_PREPOSITIONS.contains(Phrases.low(tokens.get(i)))
                && (covered[i + 1] || ClauseSubjects.DATE_PREPOSITIONS.contains(Phrases.low(tokens.get(i + 1))))) {
            i++;
        }
        if (i >= s.endToken() || !covered[i]) {
            return at;
        }
        while (i < s.endToken() && covered[i]) {
            i++;
        }
        return i;
    }

    /**
     * Whether the noun phrase at {@code at} is the subject of a finite verb right after it: a clause of its own ("when
     * he died in 2009 [Michael Jackson died] in June 2009", a caption run into the text), not an object.
     */
    private static boolean opensClause(List<Token> tokens, Sentence s, int at) {
        int k = at;
        while (k < s.endToken() && NounPhrases.isNounPhrasePart(tokens.get(k))) {
            k++;
        }
        return k > at && k < s.endToken() && Phrases.isFiniteOrModal(tokens.get(k));
    }

    /**
     * Where the object starts when a bare date stands between the verb and it ("Erdogan defended Saturday the
     * author's right", "The bank raised on Thursday its main rate"): past the date; else {@code at}. A passive takes
     * no object: after its date only a preposition goes on with it ("although the deal was signed three years ago the
     * timing is not ideal": "the timing" opens the next clause).
     */
    static int pastDate(List<Token> tokens, Sentence s, int at, boolean[] covered, boolean passive) {
        int adverbs = at;
        while (adverbs < s.endToken() && !covered[adverbs] && tokens.get(adverbs).pos().equals("RB")
                && !Measures.DIRECTIONS.contains(Phrases.low(tokens.get(adverbs)))) { // "ended higher/RB Tuesday"
            adverbs++; // "met officially Wednesday with Al Gore": an adverb before the date goes with it
        }
        int i = skipDate(tokens, s, adverbs, covered);
        if (i == adverbs && !passive && adverbs + 1 < s.endToken() && covered[adverbs + 1]
                && Phrases.low(tokens.get(adverbs)).equals("from")) {
            // "would start from Dec. 6 a five-day European tour": the day it starts, then the object
            i = adverbs + 1;
            while (i < s.endToken() && covered[i]) {
                i++;
            }
            return i < s.endToken() && NounPhrases.isNounPhraseStart(tokens.get(i)) && !opensClause(tokens, s, i)
                    && !Phrases.low(tokens.get(i)).equals("and") ? i : at;
        }
        if (i == adverbs) {
            return at;
        }
        boolean goesOn = i < s.endToken() && (!passive && NounPhrases.isNounPhraseStart(tokens.get(i))
                && !opensClause(tokens, s, i)
                || Phrases.PLACE_PREPOSITIONS.contains(Phrases.low(tokens.get(i)))
                || COMPLEMENT_PREPOSITIONS.contains(Phrases.low(tokens.get(i)))
                || passive && Phrases.low(tokens.get(i)).equals("by")); // "imposed last year by Ken Salazar"
        return goesOn && !Phrases.low(tokens.get(i)).equals("and") ? i : at; // "arrived Monday in Paris" too
    }

    /** The most words a gerund's quoted object may have to stay in a title. */
    private static final int QUOTED_OBJECT = 8;

    /**
     * Where a title that would end on a gerund ends when a quotation is the gerund's object: after the closing mark
     * of a short one ("arrested Tom Berg for publishing "state secrets""), else before the preposition that opens the
     * gerund's phrase, which says nothing without it; {@code end} otherwise.
     */
    static int quotedObjectEnd(List<Token> tokens, Sentence s, int end) {
        if (end - 1 < s.firstToken() || end >= s.endToken() || !isGerund(tokens.get(end - 1))
                || !Phrases.isQuote(tokens.get(end).text())) {
            return end;
        }
        for (int k = end + 2; k < s.endToken() && k <= end + QUOTED_OBJECT + 1; k++) {
            if (Phrases.isQuote(tokens.get(k).text()) && !tokens.get(k - 1).text().equals(",")) {
                return k + 1; // a comma inside the closing mark would end the title on it
            }
        }
        int preposition = end - 2;
        return preposition > s.firstToken() && tokens.get(preposition).pos().equals("IN") ? preposition : end;
    }

    /** Whether {@code t} is a word in "-ing" that the tagger read as a gerund, a participle or an adjective. */
    static boolean isGerund(Token t) {
        return (t.pos().equals("VBG") || t.pos().equals("JJ") || t.pos().equals("NN"))
                && Phrases.low(t).endsWith("ing") && t.text().length() > 5;
    }
}
