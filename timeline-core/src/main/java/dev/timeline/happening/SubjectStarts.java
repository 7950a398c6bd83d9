package dev.timeline.happening;

import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a subject may start as {@link ClauseSubjects} reads it leftwards: after a word that opens a subordinate clause
 * ("when the rig, leased by BP, exploded", "scored twice as Chelsea beat Arsenal on Saturday"), after a verb of saying
 * or its "that" ("Police said a bomb exploded", "said on Monday that"), where a clause may open ("but more than 100
 * monks were picked up"), or before the "including" of a list that the subject ends ("eight people, including four
 * men, one woman and three children were killed"). Where it ends is {@link SubjectEnds}'.
 */
final class SubjectStarts {
    /** Conjunctions that open a subordinate clause with a subject of its own ("since Obama took office"). */
    static final Set<String> SUBORDINATORS = Set.of("since", "although", "though", "after", "before", "when",
            "while", "because", "once", "until", "whereas");

    private SubjectStarts() {
    }

    /**
     * The last subordinating word of {@link #SUBORDINATORS} between {@code floor} and {@code end}, a noun phrase after
     * it, no verb after it up to the first comma and no comma before it: the word that opens the clause whose subject
     * ends at {@code end} ("when the rig, leased by BP, exploded"); -1 if none.
     */
    static int subordinatorBefore(List<Token> tokens, int floor, int end, boolean[] covered) {
        for (int i = end - 1; i >= floor; i--) {
            if (opensASubordinateClause(tokens, i, end)) {
                if (i + 1 >= end || covered[i + 1] || !NounPhrases.isNounPhraseStart(tokens.get(i + 1))
                        && !participleBeforeNoun(tokens, i + 1, end)) {
                    return -1; // "since 1996", "after reaching": no subject of its own
                }
                for (int k = i + 1; k < end && !tokens.get(k).text().equals(","); k++) {
                    if (tokens.get(k).isVerb() && !participleBeforeNoun(tokens, k, end)) {
                        return -1; // "when masked/VBN men stormed": a participle before its noun is the phrase's
                    }
                }
                for (int k = floor; k < i; k++) {
                    if (tokens.get(k).text().equals(",")) {
                        return -1; // "Mugabe, who has led his country since its independence, completes": an aside's
                    }
                }
                return i;
            }
        }
        return -1;
    }

    /** Whether token {@code k}, before {@code end}, is a participle before a noun: "masked/VBN men". */
    private static boolean participleBeforeNoun(List<Token> tokens, int k, int end) {
        return tokens.get(k).pos().equals("VBN") && k + 1 < end && tokens.get(k + 1).isNoun();
    }

    /** Words before "as" that make it no conjunction: "such as", "as well as", "known as", "the same as". */
    private static final Set<String> AS_NO_CONJUNCTION = Set.of("such", "well", "so", "same", "just", "known",
            "as", "soon", "far", "long", "much", "many");

    /**
     * Whether the word at {@code at} opens a subordinate clause whose subject runs up to {@code end}: a word of {@link
     * #SUBORDINATORS}, or "as" before a noun phrase that names someone, with no preposition and no comma in it
     * ("scored twice as Chelsea beat Arsenal on Saturday"), not a role ("ousted as party chairwoman by a faction"), a
     * cause ("as a result of shortages caused by drought") or a market's mood ("opened higher as the rally
     * returned", "as investors hunted for bargains": the background of a quote, no happening of its own).
     */
    static boolean opensASubordinateClause(List<Token> tokens, int at, int end) {
        String word = Phrases.low(tokens.get(at));
        if (SUBORDINATORS.contains(word)) {
            return true;
        }
        if (!word.equals("as") || at > 0 && AS_NO_CONJUNCTION.contains(Phrases.low(tokens.get(at - 1)))) {
            return false;
        }
        boolean named = false;
        for (int k = at + 1; k < end; k++) {
            String pos = tokens.get(k).pos();
            if (pos.equals("IN") || pos.equals("TO") || tokens.get(k).text().equals(",")) {
                return false;
            }
            named |= Character.isUpperCase(tokens.get(k).text().charAt(0));
        }
        return named;
    }

    /** Marks that may close what comes before a clause: "On Thursday, more than 63 kilograms ... was located". */
    private static final Set<String> CLAUSE_OPENING_MARKS = Set.of(",", ";", ":", "--");

    /**
     * Whether a clause may open at token {@code at}: the sentence's first word, or a word after a comma, a semicolon,
     * a colon, a dash, "but" or a subordinator ("but more than 100 monks were picked up"); not inside a predicate ("the
     * flow rate was actually up to 60,000 bpd and internal documents released") nor after "and", which may join the
     * noun phrases of one subject ("Nearly 60 pelican chicks and more than 600 adults were brought").
     */
    static boolean opensAClause(List<Token> tokens, Sentence s, int at) {
        if (at == s.firstToken()) {
            return true;
        }
        String before = Phrases.low(tokens.get(at - 1));
        return CLAUSE_OPENING_MARKS.contains(before) || before.equals("but") || SUBORDINATORS.contains(before);
    }

    /** How far before a subject the "including" of a list it ends may stand, in tokens. */
    private static final int INCLUDING_REACH = 12;

    /**
     * The index of "including" after a comma that opens a list which the subject at {@code start} ends or opens
     * ("eight people, including four men, one woman and three children were killed"): the subject is the noun phrase
     * before the comma. -1 when no such "including" stands within {@value #INCLUDING_REACH} tokens before, with only
     * noun phrases, commas and "and" between.
     */
    static int includingBefore(List<Token> tokens, Sentence s, int start) {
        for (int k = start; k >= Math.max(s.firstToken() + 1, start - INCLUDING_REACH); k--) {
            Token t = tokens.get(k);
            if (Phrases.low(t).equals("including")) {
                return tokens.get(k - 1).text().equals(",") ? k : -1;
            }
            if (!(NounPhrases.isNounPhrasePart(t) || t.text().equals(",") || Phrases.low(t).equals("and"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether token {@code at} opens a reported clause whose subject follows: a reporting verb ("Police said a bomb
     * exploded") or "that" after one ("officials said that a bomb exploded", "said on Monday that", "told reporters
     * that", "said in a statement that").
     */
    static boolean opensReportedClause(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        Token t = tokens.get(at);
        if (Phrases.low(t).equals("that") && at - 1 >= s.firstToken()) {
            int j = at - 1;
            while (j > s.firstToken() && covered[j]) {
                j--; // "said on Monday that": past the report's date
            }
            if (j < at - 1 && j > s.firstToken()
                    && ClauseSubjects.DATE_PREPOSITIONS.contains(Phrases.low(tokens.get(j)))) {
                j--;
            }
            t = tokens.get(j);
            if ((t.isNoun() || t.pos().equals("PRP")) && j - 1 >= s.firstToken()
                    && ClauseSubjects.isReportingVerb(tokens.get(j - 1))) {
                t = tokens.get(j - 1); // "told reporters on Monday that": past the one-word hearer
            } else if (j - 3 >= s.firstToken() && ReportedHappenings.inATalk(tokens, j - 2)
                    && ClauseSubjects.isReportingVerb(tokens.get(j - 3))) {
                t = tokens.get(j - 3); // "said in a statement that": past the talk it was said in
            }
        }
        return t.isVerb() && ClauseSubjects.REPORTING.contains(t.lemma().toLowerCase(Locale.ROOT));
    }
}
