package dev.timeline.happening;

import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a noun phrase may start with and hold: the tags and marks of its words ("the $ 20bn compensation fund", "the
 * force commanders' conference"), an "-ed" participle that opens the sentence as its first adjective ("Suspected
 * separatist insurgents"), words that make a number approximate ("More than 500", "at least three"), "and" between
 * two of its names, counts, modifiers or words of one name ("Russian and Indian troops", "Food & Water Watch"), a name
 * quoted inside it ("BP's "top kill" attempt"), where an object noun phrase ends, whether it names someone ("Talks in
 * Moscow" does not) or points back to what another sentence told ("Those talks", "The two men"), and the words after
 * which it is an object, not a subject.
 */
final class NounPhrases {
    private static final int MAX_OBJECT = 7;

    /** Prepositions of place the tagger may read as adverbs ("aboard/RB the rig"; not "around": "around 20"). */
    private static final Set<String> PREPOSITIONS_READ_AS_ADVERBS = Set.of("aboard", "outside", "inside", "along",
            "behind", "beyond", "underneath", "onto", "into", "across", "through", "throughout");

    /**
     * A noun phrase that points back to a happening or people told elsewhere ("Those talks", "An identical attack",
     * "The other two boys", "Twelve other cabinet ministers", "Others").
     */
    private static final Pattern ANAPHORIC = Pattern.compile(
            "(?i)(this|that|these|those|such|another|the same|(an?|the) (identical|similar)|the other|the rest"
                    + "|the remaining|the latter|a (second|third|fourth|fifth)|[\\w,-]+ others?|others)\\b"
                    + "|(identical|similar)\\s");

    /**
     * "The" and a count before words in lower case, which count what another sentence named: "The two central European
     * states" (Bulgaria and Romania), "The three men"; not "The Two Koreas", "The two-day talks", "The 11 members of
     * OPEC".
     */
    private static final Pattern COUNTED = Pattern.compile(
            "[Tt]he (?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\\d) (?!\\p{Ll}+ of \\p{Lu})\\p{Ll}");

    private NounPhrases() {
    }

    /**
     * Whether a title opens with words that point back to a happening or people told elsewhere ("Those talks end", "A
     * second attempt succeeds", "10 others go missing", "The two men are charged").
     */
    static boolean pointsBack(String title) {
        String t = title.strip();
        return ANAPHORIC.matcher(t).lookingAt() || COUNTED.matcher(t).lookingAt();
    }

    /**
     * Whether token {@code i} is a quotation mark around a name inside the predicate ("yanked away the "top hat"
     * containment cap"): an opening one after a determiner or adjective with its closing one within four words, or
     * that closing one.
     */
    static boolean isQuotedName(List<Token> tokens, Sentence s, int i, int from) {
        if (!Phrases.isQuote(tokens.get(i).text())) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(from, i - 5); k--) {
            if (Phrases.isQuote(tokens.get(k).text())) {
                return k > from && opensName(tokens, s, k - 1, i); // the closing mark of an opened name
            }
        }
        if (i == from) {
            return false;
        }
        for (int k = i + 2; k < Math.min(s.endToken(), i + 6); k++) {
            if (Phrases.isQuote(tokens.get(k).text())) {
                return opensName(tokens, s, i - 1, k);
            }
        }
        return false;
    }

    /**
     * Whether token {@code before} opens a name quoted up to the closing mark at {@code close}: a determiner,
     * adjective or possessive; or a noun or number that modifies it, with a noun after the closing mark ("the 100-ton
     * "box" containment system", "a glossy/NN "Lessons Learned" document").
     */
    private static boolean opensName(List<Token> tokens, Sentence s, int before, int close) {
        Token b = tokens.get(before);
        return opensName(b) || (b.pos().startsWith("NN") || b.pos().equals("CD")) && close + 1 < s.endToken()
                && tokens.get(close + 1).pos().startsWith("NN");
    }

    private static boolean opensName(Token before) {
        return before.pos().equals("DT") || before.pos().startsWith("JJ") || before.pos().equals("PRP$")
                || before.pos().equals("POS"); // "BP's "top kill" attempt"
    }

    /** Whether {@code t} is an adjective or a participle, maybe tagged as a noun ("his scheduled/NN trip"). */
    static boolean modifiesLikeAnAdjective(Token t) {
        return t.pos().startsWith("JJ") || t.pos().equals("VBN")
                // not "speed", "seed"
                || t.pos().equals("NN") && Phrases.low(t).endsWith("ed") && Phrases.low(t).length() > 5;
    }

    /** Whether token {@code at} follows a determiner, a possessive "'s" or a possessive pronoun of its sentence. */
    static boolean afterDeterminer(List<Token> tokens, Sentence s, int at) {
        if (at - 1 < s.firstToken()) {
            return false;
        }
        String pos = tokens.get(at - 1).pos();
        return pos.equals("DT") || pos.equals("POS") || pos.equals("PRP$");
    }

    /** The end of an object noun phrase starting at {@code from}, with at most one "of" or place phrase inside. */
    static int objectEnd(List<Token> tokens, Sentence s, int from, boolean[] covered) {
        int i = from;
        int lastNoun = from;
        boolean preposition = false;
        int quotes = 0; // quotation marks, which count as no words of the phrase
        while (i < s.endToken() && i - from - quotes < MAX_OBJECT && !covered[i]) {
            Token t = tokens.get(i);
            String low = Phrases.low(t);
            quotes += Phrases.isQuote(t.text()) ? 1 : 0;
            boolean participle = (t.pos().equals("VBG") || t.pos().equals("VBN")) && i + 1 < s.endToken()
                    && tokens.get(i + 1).isNoun() && i > from - 1;
            // "the Deepwater Horizon drilling rig/JJ", "its damaged oil well/RB": a site after a noun, whatever its tag
            boolean site = i > from && tokens.get(i - 1).isNoun() && NounTitles.isSite(t);
            // "BP's "top kill" attempt": a name quoted inside the phrase
            if (isNounPhrasePart(t) && !t.pos().equals("PRP") || participle || site
                    || isQuotedName(tokens, s, i, from)) {
                i++;
                if (t.isNoun() || t.pos().equals("CD") || site) {
                    lastNoun = i;
                }
            } else if (!preposition && (low.equals("of") || Phrases.PLACE_PREPOSITIONS.contains(low))
                    && i + 1 < s.endToken() && !covered[i + 1] && isNounPhraseStart(tokens.get(i + 1))
                    && lastNoun > from) {
                preposition = true;
                i++;
            } else {
                break;
            }
        }
        return lastNoun;
    }

    /** Whether token {@code i} is the "at" of "at least" or "at most", which opens a number, not a phrase of place. */
    static boolean opensQuantifier(List<Token> tokens, Sentence s, int i) {
        if (i < s.firstToken() || i + 1 >= s.endToken() || !Phrases.low(tokens.get(i)).equals("at")) {
            return false;
        }
        String next = Phrases.low(tokens.get(i + 1));
        return next.equals("least") || next.equals("most");
    }

    /** Words that make the number after them approximate, at most three: "more than", "up to", "as many as". */
    static final List<String> APPROXIMATORS = List.of("as many as", "as much as", "more than", "less than",
            "fewer than", "up to", "nearly", "almost", "about", "around", "roughly", "approximately", "some", "over");
    /** {@link #APPROXIMATORS}, each as its words. */
    private static final List<List<String>> APPROXIMATOR_WORDS = APPROXIMATORS.stream()
            .map(phrase -> List.of(phrase.split(" "))).toList();

    /**
     * Where the words that make the number at {@code at} approximate begin ("[More than] 500 schoolchildren", "[Up
     * to] 1 million tons of methane gas", "[As many as] 508 schoolchildren"), or -1 when no such words stand right
     * before it in sentence {@code s}.
     */
    static int approximatorStart(List<Token> tokens, Sentence s, int at) {
        if (at >= s.endToken() || !tokens.get(at).pos().equals("CD")) {
            return -1;
        }
        for (List<String> words : APPROXIMATOR_WORDS) {
            int start = at - words.size();
            boolean matches = start >= s.firstToken();
            for (int k = 0; matches && k < words.size(); k++) {
                matches = Phrases.low(tokens.get(start + k)).equals(words.get(k));
            }
            if (matches) {
                return start;
            }
        }
        return -1;
    }

    static boolean isNounPhrasePart(Token t) {
        String pos = t.pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("POS")
                || pos.equals("PRP$") || pos.equals("DT") && !Phrases.low(t).equals("that") || t.text().equals("-")
                || pos.equals("FW") && Character.isUpperCase(t.text().charAt(0)) // "the Chilean/FW government"
                || CURRENCY_SIGNS.contains(t.text()) // "the $/SYM 20bn compensation fund"
                || t.text().equals("'") || t.text().equals("\u2019"); // "the force commanders['] conference"
    }

    /**
     * Whether token {@code at} is an "-ed" participle that opens its sentence (first token {@code first}) before a
     * noun phrase: "Suspected/VBD separatist insurgents shot dead four men" tells of the insurgents; at a sentence's
     * start a past tense has no subject.
     */
    static boolean isParticipleAsFirstAdjective(List<Token> tokens, int first, int at) {
        Token t = tokens.get(at);
        return at == first && at + 1 < tokens.size() && (t.pos().equals("VBD") || t.pos().equals("VBN"))
                && Phrases.low(t).endsWith("ed") && isNounPhrasePart(tokens.get(at + 1));
    }

    /** Signs of a currency before a number, which open an amount inside a noun phrase. */
    static final Set<String> CURRENCY_SIGNS = Set.of("$", "£", "€", "¥", "US$");

    static boolean isNounPhraseStart(Token t) {
        return isNounPhrasePart(t) && !t.pos().equals("POS") && !t.text().equals("-") && !t.text().equals("'")
                && !t.text().equals("\u2019");
    }

    /** Whether tokens {@code from} to {@code end} are a name and nothing else: proper nouns, at least one. */
    static boolean isName(List<Token> tokens, int from, int end) {
        for (int i = from; i < end; i++) {
            if (!tokens.get(i).pos().startsWith("NNP")) {
                return false;
            }
        }
        return end > from;
    }

    /**
     * Whether "and" at {@code i} joins two names or nouns of a subject: a noun on each side, or a name's parenthesized
     * acronym before it ("the Northern Union (NU) and Lornia").
     */
    static boolean isConjunctionOfNames(List<Token> tokens, Sentence s, int i) {
        // i may lie before the sentence: the word before a subject that opens it
        return i - 1 >= s.firstToken() && i + 1 < s.endToken() && tokens.get(i).text().equals("and")
                && (tokens.get(i - 1).isNoun() || SubjectParts.acronymBefore(tokens, s, i) >= 0)
                && isNounPhraseStart(tokens.get(i + 1));
    }

    /**
     * Whether the "and" at {@code i} joins a noun phrase to a count that words make approximate or bound ("About 40
     * seal pups and [more than 300] adults", "Some 11 Palestinians and [at least three] police officers"), which
     * {@link #isConjunctionOfNames} does not read as a noun phrase's start.
     */
    static boolean isConjunctionOfCounts(List<Token> tokens, Sentence s, int i) {
        if (i - 1 < s.firstToken() || i + 2 >= s.endToken() || !tokens.get(i).text().equals("and")
                || !tokens.get(i - 1).isNoun()) {
            return false;
        }
        if (opensQuantifier(tokens, s, i + 1)) {
            return true; // "and at least three police officers"
        }
        for (int at = i + 2; at < Math.min(s.endToken(), i + 5); at++) {
            if (approximatorStart(tokens, s, at) == i + 1) {
                return true; // "and more than 300 adults"
            }
        }
        return false;
    }

    /**
     * Whether the "and" or "or" at {@code i} joins two modifiers of one noun after them: an adjective and a noun or
     * adjective, both in lower case but at the sentence's start ("his economic and trade delegation", "Political or
     * military leaders"), or two capitalized adjectives ("Russian and Indian troops").
     */
    static boolean isConjunctionOfModifiers(List<Token> tokens, Sentence s, int i) {
        String low = Phrases.low(tokens.get(i));
        if (!(low.equals("and") || low.equals("or")) || i - 1 < s.firstToken() || i + 2 >= s.endToken()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        Token after = tokens.get(i + 1);
        // "Chinese/JJ and Senegalese/JJ health experts": adjectives of nations, capitalized, both tagged so
        boolean nations = before.pos().startsWith("JJ") && after.pos().startsWith("JJ")
                && Character.isUpperCase(before.text().charAt(0)) && Character.isUpperCase(after.text().charAt(0));
        return before.pos().startsWith("JJ")
                && (Character.isLowerCase(before.text().charAt(0)) || i - 1 == s.firstToken() || nations)
                && (after.pos().equals("NN") || after.pos().startsWith("JJ"))
                && (Character.isLowerCase(after.text().charAt(0)) || nations) && tokens.get(i + 2).isNoun();
    }

    /**
     * Whether the "and" at {@code i} joins two capitalized words inside a name after "of" or "for": "the Department of
     * Veterinary/JJ and Livestock Development" (the adjective's capital says it is the name's).
     */
    static boolean isAndInsideAName(List<Token> tokens, Sentence s, int i) {
        if (!tokens.get(i).text().equals("and") || i - 2 <= s.firstToken() || i + 1 >= s.endToken()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        Token after = tokens.get(i + 1);
        String opener = Phrases.low(tokens.get(i - 2));
        return (before.pos().startsWith("JJ") || before.pos().startsWith("NNP")) && after.pos().startsWith("NNP")
                && Character.isUpperCase(before.text().charAt(0)) && Character.isUpperCase(after.text().charAt(0))
                && (opener.equals("of") || opener.equals("for"));
    }

    /** Whether token {@code i} is an "&" between capitalized words, inside a name ("Food & Water Watch"). */
    static boolean isAmpersandInAName(List<Token> tokens, Sentence s, int i) {
        return tokens.get(i).text().equals("&") && i - 1 >= s.firstToken() && i + 1 < s.endToken()
                && Character.isUpperCase(tokens.get(i - 1).text().charAt(0))
                && Character.isUpperCase(tokens.get(i + 1).text().charAt(0));
    }

    /** Whether a noun phrase names who or what: a proper noun in it, not only in a phrase of place. */
    static boolean namesSomeone(List<Token> tokens, int from, int to) {
        boolean place = false;
        for (int i = from; i < to; i++) {
            String low = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (low.equals("in") || low.equals("at") || low.equals("near")) {
                place = true; // "Talks in Moscow": a place says where, not who
            } else if (tokens.get(i).pos().startsWith("NNP") && !place) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word after which a noun phrase is an object, not a subject: a preposition or a verb, or a preposition of place
     * the tagger took for an adverb ("the men who died aboard/RB the rig are flying": the rig is not flying).
     */
    static boolean isGoverning(Token t) {
        return t.pos().equals("IN") || t.pos().equals("TO") || t.isVerb()
                || PREPOSITIONS_READ_AS_ADVERBS.contains(Phrases.low(t));
    }

    static boolean hasNoun(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isNoun()) {
                return true;
            }
        }
        return false;
    }
}
