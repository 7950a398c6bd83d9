package dev.timeline.happening;

import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a clause's finite verb stands around a phrase: where the phrase a token opens ends, at a clause word,
 * punctuation, a conjunction or a finite verb past a bracketed gloss ("launched by the Democratic People's Republic of
 * Korea (DPRK) underscored"), not one inside a phrase ("in clashes/VBZ") unless after a year or a name's Roman numeral
 * ("Kestrel II had"); the finite verb after a participle's phrase, past a second participle set off by commas ("An
 * outbreak first detected in Hong Kong, and caused by a strain known as H3N2, killed"); the finite verb before a noun
 * phrase in its clause, and whether a verb is a relative clause's ("Divisions that dissipated voters' ballots").
 */
final class FiniteVerbs {
    private FiniteVerbs() {
    }

    /**
     * Where the phrase that token {@code at} opens ends: at the first clause word, clause-closing punctuation,
     * conjunction or finite verb after it, else at the sentence's end.
     */
    static int phraseEnd(List<Token> tokens, Sentence s, int at) {
        for (int i = at + 1; i < s.endToken(); i++) {
            int close = tokens.get(i).text().equals("(") ? bracketClose(tokens, s, i) : -1;
            if (close > 0) {
                i = close; // "launched by the Democratic People's Republic of Korea (DPRK) underscored": a gloss
                continue;
            }
            if (Phrases.endsClause(tokens.get(i)) || Phrases.isFiniteOrModal(tokens.get(i))
                    && (!INSIDE_A_PHRASE.contains(tokens.get(i - 1).pos()) || endsAName(tokens, i - 1)
                    || YEAR_NUMBER.matcher(tokens.get(i - 1).text()).matches() || dayOfAMonth(tokens, i - 1))) {
                // "adopted in 1977 designated", "arrested on December 14 were": a year or a month's day counts no
                // noun after it, the verb is the clause's
                return i;
            }
        }
        return s.endToken();
    }

    /** A year written as four digits: "1977". */
    private static final Pattern YEAR_NUMBER = Pattern.compile("1[5-9]\\d\\d|20\\d\\d");
    /** A day of a month written as a number: "14" in "December 14". */
    private static final Pattern DAY_NUMBER = Pattern.compile("[1-9]|[12]\\d|3[01]");

    /** Whether the number at {@code i} is a day after its month's name: "December 14", "Dec. 14". */
    private static boolean dayOfAMonth(List<Token> tokens, int i) {
        return i - 1 >= 0 && DAY_NUMBER.matcher(tokens.get(i).text()).matches()
                && DatedLists.isMonth(Phrases.low(tokens.get(i - 1)));
    }

    /** A Roman numeral of two letters or more: the end of a name ("Kestrel II", "World War II"). */
    private static final Pattern ROMAN = Pattern.compile("(?=[IVX]{2,5}$)X{0,3}(?:IX|IV|V?I{0,3})");

    /**
     * Whether the number at {@code i} is a Roman numeral that ends a capitalized name ("an oil well named Kestrel II
     * had a blowout"): a verb after it is no word inside a phrase, as one after "the 1,000" may be.
     */
    private static boolean endsAName(List<Token> tokens, int i) {
        return i - 1 >= 0 && ROMAN.matcher(tokens.get(i).text()).matches()
                && Character.isUpperCase(tokens.get(i - 1).text().charAt(0));
    }

    /** The ")" that closes, within a few words and with no verb inside, the "(" at {@code open}; -1 if none. */
    private static int bracketClose(List<Token> tokens, Sentence s, int open) {
        for (int i = open + 1; i < s.endToken() && i - open <= MAX_GLOSS; i++) {
            if (tokens.get(i).text().equals(")")) {
                return i > open + 1 ? i : -1;
            }
            if (tokens.get(i).isVerb() || tokens.get(i).text().equals("(")) {
                return -1;
            }
        }
        return -1;
    }

    /** The most words a gloss between brackets holds: "(DPRK)", "(the International Atomic Energy Agency)". */
    private static final int MAX_GLOSS = 7;

    /**
     * Tags after which a word tagged a finite verb is a noun of a phrase: "in clashes/VBZ", "the urgent need/VBP", "a
     * suspected/VBD killer".
     */
    private static final Set<String> INSIDE_A_PHRASE = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "IN", "PRP$", "POS",
            "CD");

    /**
     * The finite verb of the clause before token {@code start}, the last before it with no clause's end, relative
     * word or conjunction between; -1 if none.
     */
    static int finiteVerbBefore(List<Token> tokens, Sentence s, int start) {
        for (int i = start - 1; i >= s.firstToken(); i--) {
            Token t = tokens.get(i);
            String low = Phrases.low(t);
            if (Phrases.CLAUSE_ENDS.contains(low) || Phrases.CLAUSE_WORDS.contains(low) || low.equals("and")
                    || low.equals("but")) {
                return -1;
            }
            if (Phrases.FINITE.contains(t.pos())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the verb at {@code verb} is that of a relative clause ("Divisions that dissipated voters' ballots
     * [resulted in]"): a relative pronoun before it in its clause.
     */
    static boolean inRelative(List<Token> tokens, Sentence s, int verb) {
        for (int i = verb - 1; i >= s.firstToken(); i--) {
            String low = Phrases.low(tokens.get(i));
            if (Phrases.RELATIVE_PRONOUNS.contains(low)) {
                return true;
            }
            if (Phrases.CLAUSE_ENDS.contains(low) || Phrases.CLAUSE_WORDS.contains(low)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a finite verb follows token {@code at} in its clause: then a participle before it modifies a noun. */
    static boolean finiteVerbAfter(List<Token> tokens, Sentence s, int at) {
        return finiteVerbAfterAt(tokens, s, at) >= 0;
    }

    /** The index of the finite verb that follows token {@code at} in its clause, or -1. */
    static int finiteVerbAfterAt(List<Token> tokens, Sentence s, int at) {
        int stop = phraseEnd(tokens, s, at);
        int close = secondParticipleEnd(tokens, s, stop);
        if (close > 0) {
            // "An outbreak first detected in Hong Kong, and caused by a strain known as H3N2, killed": a second
            // participle set off by commas goes on with the first
            stop = phraseEnd(tokens, s, close);
        }
        // "The dollar firmed on Wednesday, dealers said": a verb after the clause's end is another clause's
        return stop < s.endToken() && !Phrases.endsClause(tokens.get(stop)) ? stop : -1;
    }

    /**
     * The comma that closes a second participle opened at {@code at} by a comma, "and" and a participle (", and caused
     * by a strain,"), or -1.
     */
    private static int secondParticipleEnd(List<Token> tokens, Sentence s, int at) {
        if (at + 2 >= s.endToken() || !tokens.get(at).text().equals(",")
                || !Phrases.low(tokens.get(at + 1)).equals("and")
                || !tokens.get(at + 2).pos().equals("VBN") && !tokens.get(at + 2).pos().equals("VBD")) {
            return -1;
        }
        for (int i = at + 3; i < s.endToken(); i++) {
            if (tokens.get(i).text().equals(",")) {
                return i;
            }
            String pos = tokens.get(i).pos();
            if (Phrases.CLAUSE_ENDS.contains(Phrases.low(tokens.get(i))) || pos.equals("VBZ") || pos.equals("VBP")
                    || pos.equals("MD")) {
                return -1;
            }
        }
        return -1;
    }
}
