package dev.timeline.happening;

import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;

/**
 * Where the subject of a clause ends before its verb when something stands between them: a date ("The rescue team on
 * Monday evacuated"), a parenthetical, relative clause or appositive set off by commas ("The judge, who blocked the
 * moratorium, on Tuesday sold", "Andy Inglis, BP's head of exploration, will leave"), or a person in apposition after
 * a description ("BP's new chief executive, Bob Dudley, has ousted"). Stateless; {@link ClauseSubjects} reads the
 * subject from the end these give.
 */
final class SubjectEnds {
    /** Words that open a relative clause set off by commas: "Obama, whose reputation is on the line, scheduled". */
    private static final java.util.Set<String> RELATIVE_OPENERS = java.util.Set.of("who", "whom", "whose", "which",
            "where");

    /** Brackets around an aside, as written or as Penn Treebank text writes them. */
    private static final java.util.Set<String> OPENING_BRACKETS = java.util.Set.of("(", "[", "-LRB-", "-LSB-");
    private static final java.util.Set<String> CLOSING_BRACKETS = java.util.Set.of(")", "]", "-RRB-", "-RSB-");
    /** The most tokens of an aside in brackets between a subject and its verb, the closing bracket included. */
    private static final int MAX_BRACKETED = 12;

    /** Participles that give their noun a name: "the team, called "Ostland 30 years", won". */
    private static final java.util.Set<String> NAMING = java.util.Set.of("called", "named", "dubbed", "nicknamed",
            "codenamed", "titled", "entitled");

    /** An age between commas after a subject: "A US marine, 24, died". */
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("[1-9]\\d?|1[01]\\d");

    private SubjectEnds() {
    }

    /**
     * The end of the subject before {@code end}, past a parenthetical set off by commas between them ("Four
     * explosions, including a car bomb at the square, in the slum of Sadr City, took place"): the first comma of the
     * sentence when a noun phrase of at most {@value ClauseSubjects#MAX_SUBJECT} words opens the sentence before it
     * and a preposition, a participle ("-ing", or a past one before a preposition or an adverb) or a relative word
     * ("who", "whose", "which", "where") opens what follows it;
     * {@code end} otherwise.
     */
    static int beforeParenthetical(List<Token> tokens, Sentence s, int first, int end, boolean[] covered,
            ClauseTitles.Names entities) {
        // the comma that closes the parenthetical ends the subject's span, or is its end once a date after it is
        // skipped ("The judge, who blocked the moratorium, on Tuesday sold")
        boolean closed = end - 1 > first && Phrases.low(tokens.get(end - 1)).equals(",")
                || end < s.endToken() && end - 1 > first && Phrases.low(tokens.get(end)).equals(",");
        if (!closed) {
            return end;
        }
        // "On Monday, Enron, a big company, filed": the subject opens after a fronted date and its comma
        int fronted = frontedDateEnd(tokens, first, end, covered);
        if (fronted < 0) {
            // "Adding to those troubles, Russia, the world's second-largest pork importer, suspended"
            fronted = frontedPhraseEnd(tokens, first, end);
        }
        if (fronted >= 0) {
            first = fronted + 1;
        }
        for (int k = first + 1; k < end - 1 && k - first <= ClauseSubjects.MAX_SUBJECT; k++) {
            Token t = tokens.get(k);
            if (covered[k] || t.isVerb() || t.pos().equals("MD")) {
                return end;
            }
            if (Phrases.low(t).equals(",")) {
                Token opener = tokens.get(k + 1);
                // "YouTube, founded in 2005 by three former PayPal employees, was sold": a participle's clause
                // "six men, armed/JJ with automatic weapons, overran": a participle the tagger called an adjective
                boolean participle = (opener.pos().equals("VBN") || opener.pos().equals("VBD")
                        && opener.mayBePastParticiple() || opener.pos().startsWith("JJ")
                        && opener.lowerText().endsWith("ed")) && k + 2 < end
                        && (tokens.get(k + 2).pos().equals("IN") || tokens.get(k + 2).pos().equals("RB")
                        || tokens.get(k + 2).pos().equals("TO")); // "One marine, assigned to a combat team, died"
                // "The handball team, called "Ostland 30 years", defeated": a participle that names its noun, whatever
                // the name after it
                participle |= NAMING.contains(Phrases.low(opener)) && opener.isVerb() && k + 2 < end;
                // "Samuel Johnson, better known as Dr Johnson, was born": an adverb, then the participle
                participle |= (opener.pos().startsWith("RB") || opener.pos().equals("JJR")) && k + 3 < end
                        && tokens.get(k + 2).pos().equals("VBN") && tokens.get(k + 3).pos().equals("IN");
                // "Nordic ministers, meeting/NN in Oslo on Tuesday, agreed": an "-ing" the tagger called a noun
                participle |= opener.pos().equals("NN") && opener.lowerText().endsWith("ing") && k + 2 < end
                        && tokens.get(k + 2).pos().equals("IN");
                // "A global forum for creative industries, one of a series of events, opened", "Six towns, many of
                // them coastal, joined"
                boolean oneOf = PARTS.contains(Phrases.low(opener)) && k + 2 < end
                        && Phrases.low(tokens.get(k + 2)).equals("of");
                // "A US marine, 24, died Saturday": an age set off by commas
                boolean age = k + 2 == end - 1 && AGE.matcher(opener.text()).matches();
                boolean parenthetical = opener.pos().equals("IN") || opener.pos().equals("VBG") || participle || oneOf
                        || age
                        || RELATIVE_OPENERS.contains(Phrases.low(opener))
                        || appositiveOfAName(tokens, first, k, end);
                if (Phrases.low(tokens.get(end - 1)).equals(",")
                        && SubjectPhrases.placeBeforeItsCountry(tokens, first, k + 1, end - 1) >= 0) {
                    return end - 1; // "Fishermen in Houma, Louisiana, protested": the state names the town's place
                }
                if (!parenthetical && Phrases.low(tokens.get(end - 1)).equals(",")
                        && isActor(tokens, k + 1, end - 1, entities) && NounPhrases.hasNoun(tokens, first, k)) {
                    // "BP's new chief executive, Bob Dudley, has ousted", "The country's biggest bank, HSBC,
                    // collapsed": the person or the organization in apposition ("the court in Surabaya, East Java,
                    // sentenced" names a place)
                    return end - 1;
                }
                return parenthetical && NounPhrases.hasNoun(tokens, first, k)
                        && !closesEarlier(tokens, k, end) ? k : end;
            }
        }
        return end;
    }

    /**
     * The comma that closes a date fronted at {@code first}, before {@code end} ("On 15 September 2008, Lehman
     * Brothers, one of the oldest banks, filed"; "Earlier this week, Svanberg, ..."): words with no verb, one of them a
     * time expression, at most {@value ClauseSubjects#MAX_SUBJECT} of them; -1 if none.
     */
    private static int frontedDateEnd(List<Token> tokens, int first, int end, boolean[] covered) {
        boolean dated = false;
        for (int k = first; k < end - 1 && k - first <= ClauseSubjects.MAX_SUBJECT; k++) {
            Token t = tokens.get(k);
            if (t.text().equals(",")) {
                return dated ? k : -1;
            }
            if (t.isVerb() || t.pos().equals("MD")) {
                return -1;
            }
            dated |= covered[k];
        }
        return -1;
    }

    /**
     * The comma that closes a phrase fronted at {@code first} before {@code end}, a preposition's or a participle's
     * with no verb in a tense ("In a blow to farmers, Ostland, the world's largest importer, suspended"; "Adding to
     * those troubles, Russia, ..."): at most {@value ClauseSubjects#MAX_SUBJECT} words; -1 if none.
     */
    private static int frontedPhraseEnd(List<Token> tokens, int first, int end) {
        String opener = tokens.get(first).pos();
        if (!opener.equals("IN") && !opener.equals("VBG")) {
            return -1; // "After the talks," opens a phrase; "After he left," a clause, whose verb the loop meets
        }
        for (int k = first + 1; k < end - 1 && k - first <= ClauseSubjects.MAX_SUBJECT; k++) {
            Token t = tokens.get(k);
            if (t.text().equals(",")) {
                return k;
            }
            if (Phrases.isFiniteOrModal(t)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether tokens {@code from} to {@code end} are exactly the name of a person or an organization of the document,
     * or a name the document found no entity in at all that is no place of the gazetteer ("The mine's operator,
     * Veltron, filed"); not a place's ("the court in Surabaya, East Java, sentenced").
     */
    private static boolean isActor(List<Token> tokens, int from, int end, ClauseTitles.Names entities) {
        if (!NounPhrases.isName(tokens, from, end)) {
            return false;
        }
        int start = tokens.get(from).start();
        int stop = tokens.get(end - 1).end();
        boolean overlapped = false;
        for (Entities.Entity p : entities.byStart()) {
            if (p.start() == start && p.end() == stop && p.kind() != Entities.Kind.PLACE) {
                return true;
            }
            overlapped |= p.start() < stop && p.end() > start;
        }
        StringBuilder name = new StringBuilder();
        for (int i = from; i < end; i++) {
            name.append(i > from ? " " : "").append(tokens.get(i).text());
        }
        return !overlapped && Gazetteer.place(name.toString()).isEmpty()
                && Gazetteer.region(name.toString()).isEmpty();
    }

    /**
     * Whether a name (proper nouns only, from {@code from} to the comma at {@code comma}), or a noun phrase before
     * one that an article opens, is followed by a noun phrase in apposition that runs to the comma before
     * {@code end}, with no verb of its own outside a relative clause: "Andy Inglis, BP's head of global exploration
     * and production, will leave", "SARS, or severe acute respiratory syndrome, killed", "Tanzania's general
     * elections, the third multi-party polls, will be held".
     */
    private static boolean appositiveOfAName(List<Token> tokens, int from, int comma, int end) {
        int open = comma + 1;
        if (open + 1 < end - 1 && Phrases.low(tokens.get(open)).equals("or")) {
            open++; // "SARS, or severe acute respiratory syndrome, killed": the name spelt out
        }
        // or a noun phrase with its own noun, then one that "the" or "a" opens: "Tanzania's general elections, the
        // third multi-party polls, will be held"
        boolean described = tokens.get(open).pos().equals("DT") && NounPhrases.hasNoun(tokens, from, comma)
                && !Phrases.low(tokens.get(open)).equals("this") && !Phrases.low(tokens.get(open)).equals("that");
        if (!(NounPhrases.isName(tokens, from, comma) || described)
                || !NounPhrases.isNounPhraseStart(tokens.get(open))) {
            return false;
        }
        for (int i = open; i < end - 1; i++) {
            Token t = tokens.get(i);
            if (ClauseSubjects.RELATIVES.contains(Phrases.low(t))) {
                return true; // "Dudley, an American who formally takes over the company Friday, also said"
            }
            // "Tom Dunmore, a lawyer hired/VBD by the firm, left": a past before its agent is the noun's participle
            boolean participle = i > open && ClauseBoundaries.participleAfterItsNoun(tokens, i);
            if (t.isVerb() && !t.pos().equals("VBN") && !t.pos().equals("VBG") && !participle
                    || t.pos().equals("MD")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the parenthetical opened by the comma at {@code open} closed before {@code end}: a finite verb follows an
     * odd number of commas after it, so that it is a clause of the sentence's own ("The whole process, which is
     * closely watched, has had a slow beginning on October 19, followed by"); a pair of commas inside is another
     * parenthetical ("Litvinenko, who, according to his wife, became a citizen").
     */
    private static boolean closesEarlier(List<Token> tokens, int open, int end) {
        int commas = 0;
        for (int i = open + 1; i < end - 1; i++) {
            Token t = tokens.get(i);
            if (Phrases.low(t).equals(",")) {
                commas++;
            } else if (commas % 2 == 1 && Phrases.isFiniteOrModal(t)) {
                return true;
            }
        }
        return false;
    }

    /** Words that open an aside telling a part of the subject: "one of a series", "many of them". */
    private static final java.util.Set<String> PARTS = java.util.Set.of("one", "many", "most", "some", "all",
            "several", "few", "both", "half", "none", "two", "three", "four", "five");

    /** A lawmaker's party and state in brackets after the name, as US news gives them: "D-Ohio", "R-Tex.". */
    private static final java.util.regex.Pattern PARTY_AND_STATE = java.util.regex.Pattern.compile(
            "[DRI]-\\p{Lu}[\\p{L}.]*");

    /**
     * The end of the subject before a verb at {@code at}, past an aside in brackets between them with a word in lower
     * case and no finite verb ("Chevron and Rosneft (owned by the Russian government) will begin"; an acronym in
     * brackets is the name's) or a lawmaker's party and state ("Senator Ann Kell (D-Ohio) introduced"); {@code at}
     * otherwise.
     */
    static int beforeBrackets(List<Token> tokens, Sentence s, int at) {
        if (at - 1 <= s.firstToken() || !CLOSING_BRACKETS.contains(tokens.get(at - 1).text())) {
            return at;
        }
        boolean lower = false;
        StringBuilder inside = new StringBuilder();
        for (int k = at - 2; k > s.firstToken() && at - k <= MAX_BRACKETED; k--) {
            Token t = tokens.get(k);
            if (OPENING_BRACKETS.contains(t.text())) {
                return lower || PARTY_AND_STATE.matcher(inside).matches() ? k : at;
            }
            inside.insert(0, t.text());
            if (CLOSING_BRACKETS.contains(t.text()) || t.pos().equals("VBZ") || t.pos().equals("VBP")
                    || t.pos().equals("MD")) {
                return at;
            }
            lower |= Character.isLowerCase(t.text().charAt(0));
        }
        return at;
    }

    /**
     * The end of the subject before a verb at {@code at}, past a date between them: "The rescue team Monday
     * evacuated", "The rescue team on Monday evacuated", "The attack on November 6, 2004 killed", "The team, on
     * Monday, evacuated".
     */
    static int beforeDate(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        int end = at;
        boolean commaAfter = end - 1 >= s.firstToken() && Phrases.low(tokens.get(end - 1)).equals(",");
        if (commaAfter) {
            end--;
        }
        int date = end;
        while (date - 1 >= s.firstToken() && covered[date - 1]) {
            date--;
        }
        if (date == end) {
            return at;
        }
        if (date - 1 >= s.firstToken()
                && ClauseSubjects.DATE_PREPOSITIONS.contains(Phrases.low(tokens.get(date - 1)))) {
            date--;
        }
        if (!commaAfter && date - 2 >= s.firstToken() && Phrases.low(tokens.get(date - 1)).equals("here")) {
            date--; // "APEC ministers here Thursday endorsed": the dateline's place, then the day
        }
        boolean commaBefore = date - 1 >= s.firstToken() && Phrases.low(tokens.get(date - 1)).equals(",");
        if (commaAfter && !commaBefore) {
            return at; // "Mr Smith, who had led the company since 1990, resigned": the date ends a relative clause
        }
        return commaBefore ? date - 1 : date;
    }
}
