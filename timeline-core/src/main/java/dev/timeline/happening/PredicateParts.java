package dev.timeline.happening;

import dev.timeline.event.CommonNouns;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Set;

/**
 * What a predicate may hold as {@link PredicateEnds} reads it rightwards, and what stops it: a date inside a noun
 * phrase ("the Sunday morning news shows", "[14 months] of absolute rule", "a five-year policy"), a list past a comma
 * ("in air, land and sea"), a name's acronym or a person's age ("Alliance (SPA)", "Tom Berg, 31,"), a comma between
 * adjectives ("a new, tighter-fitting cap"), a noun the tagger read as a modifier ("daily crude oil output/RB"), an
 * object pronoun ("test everyone with a fever"), "before" a body ("testified before Congress"); not a clause of its own
 * after "and" ("and their People's Democratic Party came to power"), an absolute "with" clause ("with a vote set to
 * follow") or a byline run on after a headline ("By Aaron Blake").
 */
final class PredicateParts {
    /** How many adjectives may stand between a determiner and a date that modifies the noun after them. */
    private static final int MAX_MODIFIERS = 3;
    /** Bodies one appears or testifies before: "before the committee on Tuesday" tells before whom, not when. */
    private static final Set<String> BODIES = Set.of("committee", "subcommittee", "court", "judge", "panel",
            "parliament", "congress", "senate", "house", "commission", "tribunal", "jury", "council", "assembly",
            "lawmakers", "legislators", "senators", "inquiry", "board", "cameras", "reporters", "crowd");

    private PredicateParts() {
    }

    /**
     * Whether token {@code i}, read as an adverb or as an adjective that ends its phrase, is the head noun of that
     * phrase: a common noun of news ({@link CommonNouns}) after a common noun (or an adjective, for an adverb), no
     * "-ly" word and no date's ("cut the cartel's daily crude oil output/RB by 1.2 million barrels", "the position of
     * chief executive/JJ to be replaced").
     */
    static boolean isNounReadAsModifier(List<Token> tokens, int i, boolean[] covered) {
        Token t = tokens.get(i);
        boolean adverb = t.pos().equals("RB");
        boolean adjective = t.pos().equals("JJ") && (i + 1 >= tokens.size()
                || !(tokens.get(i + 1).isNoun() || tokens.get(i + 1).pos().startsWith("JJ")));
        if (!(adverb || adjective) || i == 0 || covered[i] || Phrases.low(t).endsWith("ly")
                || Phrases.PARTICLES.contains(Phrases.low(t))) {
            return false;
        }
        String before = tokens.get(i - 1).pos();
        return (before.equals("NN") || before.equals("NNS") || adverb && before.startsWith("JJ")) && !covered[i - 1]
                && CommonNouns.contains(Phrases.low(t));
    }

    /** Pronouns that say whom or what by themselves, as a noun phrase does: "to test anyone with a fever". */
    private static final Set<String> INDEFINITE_PRONOUNS = Set.of("anyone", "everyone", "someone", "anybody",
            "everybody", "somebody", "anything", "everything", "something");

    /**
     * Whether the word at {@code i} is an {@link #INDEFINITE_PRONOUNS indefinite pronoun} that a verb takes as its
     * object: a verb before it, no verb after it ("test everyone with", not "said everyone was safe").
     */
    static boolean indefiniteObject(List<Token> tokens, Sentence s, int i) {
        return INDEFINITE_PRONOUNS.contains(Phrases.low(tokens.get(i))) && i - 1 >= s.firstToken()
                && tokens.get(i - 1).isVerb() && (i + 1 >= s.endToken() || !tokens.get(i + 1).isVerb()
                && !tokens.get(i + 1).pos().equals("MD"));
    }

    /** Whether only adverbs stand between token {@code at} and the verb right before token {@code from}. */
    static boolean afterItsVerb(List<Token> tokens, Sentence s, int from, int at) {
        for (int k = from; k < at; k++) {
            if (!tokens.get(k).pos().equals("RB")) {
                return false;
            }
        }
        return from - 1 >= s.firstToken() && tokens.get(from - 1).isVerb();
    }

    /** How many items a list read on past a comma may have, and how many words each. */
    private static final int LIST_ITEMS = 4;
    private static final int LIST_ITEM_WORDS = 3;

    /**
     * Where a list of short noun phrases ends that the comma at {@code i} continues after a noun, up to its last item
     * after "and" or "or": "in air[, land and sea]", "in Paris[, Lyon and Marseille]"; -1 when what follows is no
     * such list, its last item is the subject of a verb ("in Paris, Lyon and Marseille fell") or longer than an item.
     */
    static int listEnd(List<Token> tokens, Sentence s, int i, boolean[] covered) {
        if (!tokens.get(i).text().equals(",") || i - 1 < s.firstToken() || !tokens.get(i - 1).isNoun()) {
            return -1;
        }
        int k = i;
        for (int items = 0; items < LIST_ITEMS && k < s.endToken(); items++) {
            boolean last = isAndOr(tokens.get(k));
            int j = k + 1;
            if (!last && j < s.endToken() && isAndOr(tokens.get(j))) {
                if (items == 0) {
                    return -1; // "sealed off the building, and Tshisekedi's car was": a clause after ", and"
                }
                last = true; // "air, land, and sea"
                j++;
            }
            int start = itemStart(tokens, s, j, covered);
            // "visited Xi'an[, a historical city and capital of ...]", "the anti-graft agency[, the Economic and
            // Financial Crimes Commission]": a determined phrase after a name that names nothing, or naming something
            // after a common noun, is an apposition, not the next item ("in Russia, the ROK and Japan" is a list)
            if (start > j && start < s.endToken()
                    && isCapitalized(tokens.get(i - 1)) != isCapitalized(tokens.get(start))) {
                return -1;
            }
            j = start;
            while (j < s.endToken() && j - start < LIST_ITEM_WORDS && !covered[j]
                    && (tokens.get(j).isNoun() || tokens.get(j).pos().startsWith("JJ"))) {
                j++;
            }
            // "the energy, interior and homeland security secretaries": an adjective may end an item before the last,
            // whose noun all of them modify
            if (j == start || !tokens.get(j - 1).isNoun() && (last || !tokens.get(j - 1).pos().startsWith("JJ"))) {
                return -1;
            }
            if (last) {
                // "in Fort Dix, New Jersey, and worried U.S. health officials ordered": a last item that goes on past
                // its words is a noun phrase of its own
                return j < s.endToken() && (tokens.get(j).isVerb() || tokens.get(j).pos().equals("MD")
                        || tokens.get(j).pos().equals("POS")
                        || j - start == LIST_ITEM_WORDS && tokens.get(j).isNoun() && !covered[j]) ? -1 : j;
            }
            if (j >= s.endToken() || !(tokens.get(j).text().equals(",") || isAndOr(tokens.get(j)))) {
                return -1;
            }
            k = j;
        }
        return -1;
    }

    /** Parts of speech that open a list item before its words: "a", "its", "two". */
    private static final Set<String> ITEM_DETERMINERS = Set.of("DT", "PRP$", "CD");

    /**
     * Where the words of a list item start after its determiner, possessive or number, which do not count as words:
     * "a soldier", "its port terminals", "two civilians", "the three men".
     */
    private static int itemStart(List<Token> tokens, Sentence s, int j, boolean[] covered) {
        int k = j;
        while (k < s.endToken() && k - j < 2 && !covered[k] && ITEM_DETERMINERS.contains(tokens.get(k).pos())) {
            k++;
        }
        return k;
    }

    private static boolean isCapitalized(Token t) {
        return Character.isUpperCase(t.text().charAt(0));
    }

    private static boolean isAndOr(Token t) {
        return Phrases.low(t).equals("and") || Phrases.low(t).equals("or");
    }

    /** Whether token {@code i} opens a name's acronym in brackets right after the name: "Alliance (SPA)". */
    static boolean isAcronymAfterName(List<Token> tokens, Sentence s, int i) {
        if (i + 2 >= s.endToken() || !tokens.get(i).text().equals("(") || !tokens.get(i + 2).text().equals(")")
                || !(tokens.get(i - 1).pos().startsWith("NNP") || tokens.get(i - 1).isNoun()
                && Character.isUpperCase(tokens.get(i - 1).text().charAt(0)))) { // "a European Union/NN (EU)-wide"
            return false;
        }
        String inside = tokens.get(i + 1).text();
        return inside.length() >= 2 && inside.length() <= 8 && inside.chars().allMatch(Character::isUpperCase);
    }

    /** Whether token {@code i} opens a person's age set off by commas after a name: "Tom Berg[, 31,] guilty". */
    static boolean isAgeAfterName(List<Token> tokens, Sentence s, int i) {
        if (i + 3 >= s.endToken() || !tokens.get(i).text().equals(",") || !tokens.get(i + 2).text().equals(",")
                || !tokens.get(i - 1).pos().startsWith("NNP")) {
            return false;
        }
        String age = tokens.get(i + 1).text();
        return age.length() <= 3 && age.chars().allMatch(Character::isDigit);
    }

    /** Whether {@code t} heads a phrase that names a body or someone: "Congress", "the energy committee". */
    static boolean isBody(Token t) {
        // "before congressional panels": the plural of a body is bodies
        return t.pos().startsWith("NNP") || BODIES.contains(Phrases.low(t)) || t.pos().equals("NNS")
                && BODIES.contains(t.lowerLemma());
    }

    /**
     * Whether "with" at {@code at} opens a clause of its own, a noun phrase and what is due of it, at most five words
     * to the noun, no date between: "[with] opening arguments due to begin on 27 September", "[with] a vote set to
     * follow": another happening, not the object of the verb before ("met with leaders expected to join" is one).
     */
    static boolean opensAbsoluteClause(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        int k = at + 1;
        boolean noun = false;
        while (k < Math.min(s.endToken(), at + 6) && !covered[k]
                && !Plans.SCHEDULED.contains(Phrases.low(tokens.get(k)))
                && (tokens.get(k).isNoun()
                || tokens.get(k).pos().equals("DT") || tokens.get(k).pos().startsWith("JJ")
                || tokens.get(k).pos().equals("CD") || tokens.get(k).pos().equals("VBG") && !noun)) {
            noun |= tokens.get(k).isNoun();
            k++;
        }
        return noun && k + 1 < s.endToken() && Plans.SCHEDULED.contains(Phrases.low(tokens.get(k)))
                && Phrases.low(tokens.get(k + 1)).equals("to");
    }

    /**
     * Whether "before" at {@code at} opens a phrase of a body or someone, at most five words to its head, no verb
     * and no date ({@code covered}) in it: "appeared [before] the House energy committee", "testified [before]
     * Congress", not "hit the region before dawn Thursday".
     */
    static boolean beforeABody(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        int head = -1;
        for (int k = at + 1; k < Math.min(s.endToken(), at + 6) && !covered[k]; k++) {
            Token t = tokens.get(k);
            if (t.isNoun()) {
                head = k;
            } else if (!(t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().equals("POS"))) {
                break;
            }
        }
        return head > 0 && isBody(tokens.get(head));
    }

    /**
     * Whether token {@code i} is the capital "By" of a byline run on after a headline ("... to retract apology to BP
     * By Aaron Blake and Paul Kane"): two capitalized words follow it, the first a proper noun, not a determiner
     * ("Released By An Otherwise Reputable Artist").
     */
    static boolean isByline(List<Token> tokens, Sentence s, int i) {
        if (!tokens.get(i).text().equals("By") || i + 2 >= s.endToken()) {
            return false;
        }
        for (int k = i + 1; k <= i + 2; k++) {
            String w = tokens.get(k).text();
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(1))) {
                return false;
            }
        }
        return tokens.get(i + 1).pos().equals("NNP"); // a first name; the tagger may take the surname for a noun
    }

    /** How many words a noun phrase after "and" may have and still be the subject of a clause of its own. */
    private static final int CONJOINED_SUBJECT = 8;

    /**
     * Whether a noun phrase at {@code from} is the subject of a clause of its own, a finite verb or a modal right
     * after it: "was murdered by the communists [and their People's Democratic Party came to power]", "were diagnosed
     * with flu [and Velo and Orvo refused]".
     */
    static boolean subjectAfter(List<Token> tokens, Sentence s, int from) {
        int k = from;
        while (k < s.endToken() && k - from < CONJOINED_SUBJECT && (NounPhrases.isNounPhrasePart(tokens.get(k))
                || Phrases.low(tokens.get(k)).equals("of") && k > from
                || k > from && NounPhrases.isConjunctionOfNames(tokens, s, k))) { // "and Velo and Orvo refused"
            k++;
        }
        if (k > from && k + 3 < s.endToken() && tokens.get(k).text().equals("(")
                && tokens.get(k + 2).text().equals(")")) {
            k += 3; // "their People's Democratic Party of Afghanistan (PDPA) came to power": an acronym in brackets
        }
        boolean noun = k > from && (tokens.get(k - 1).isNoun() || tokens.get(k - 1).text().equals(")"));
        if (!noun || k >= s.endToken()) {
            return false;
        }
        Token verb = tokens.get(k);
        // "attacked BP and the other companies involved/VBD in the drilling": a participle that modifies the noun
        // "230 parties and entities set/VBD to run": a schedule's participle too
        boolean participle = verb.pos().equals("VBD") && verb.mayBePastParticiple() && k + 1 < s.endToken()
                && (tokens.get(k + 1).pos().equals("IN") || tokens.get(k + 1).pos().equals("TO")
                && Plans.SCHEDULED.contains(Phrases.low(verb)))
                && !Phrases.PARTICLES.contains(Phrases.low(tokens.get(k + 1)));
        return !participle && (Phrases.FINITE.contains(verb.pos()) || verb.pos().equals("MD"));
    }

    /** Prepositions of a place whose name a comma and a larger place's name go on: "in Doha, Qatar". */
    private static final Set<String> PLACE_OPENERS = Set.of("in", "at", "near", "from", "to", "outside");
    /** Prepositions of a way that go on past a larger place's closing comma: "from Vallis, Fla., [to] Dorn". */
    private static final Set<String> DIRECTIONS = Set.of("to", "from", "into", "toward", "towards");
    /** The most words of a place's name before the comma: "in [Quebec City], Canada". */
    private static final int PLACE_WORDS = 5;
    /** The most words of the larger place's name after the comma: "in Busan, [South Korea]". */
    private static final int LARGER_PLACE = 3;
    /** Words after the larger place that make the two names items of a list: "to France, Slovakia, the ...". */
    private static final Set<String> LIST_GOES_ON = Set.of(",", "and", "or", "(", ".", "'s", "\u2019s");

    /**
     * Whether the comma at {@code i} parts a place's name from the larger place it lies in, after a preposition of
     * place ("decided at a meeting in Doha, Qatar to cut output", "won four years ago in Busan, South Korea"), or
     * closes the larger place before a preposition of a way ("flew from Vallis, Fla., to Dorn"); not a
     * list ("to Florida, Alabama and Mississippi"), a person ("in Beijing, Konrad Seitz,"), a subject after its object
     * ("met Obama, Clinton said") or a description ("in Lubumbashi, Zaire's second city").
     */
    static boolean betweenPlaceNames(List<Token> tokens, Sentence s, int i, int from, boolean[] covered) {
        if (!tokens.get(i).text().equals(",") || i - 1 <= from || i + 2 >= s.endToken()
                || !Phrases.isProperName(tokens.get(i - 1))) {
            return false;
        }
        int j = i - 1;
        while (j - 1 > from && i - j < PLACE_WORDS && Phrases.isProperName(tokens.get(j - 1))) {
            j--;
        }
        if (!Phrases.isProperName(tokens.get(i + 1))) {
            return j - 1 > from && tokens.get(j - 1).text().equals(",")
                    && betweenPlaceNames(tokens, s, j - 1, from, covered)
                    && DIRECTIONS.contains(Phrases.low(tokens.get(i + 1))) && opensAPhrase(tokens, i + 1)
                    && !covered[i + 1] && !covered[i + 2];
        }
        int k = i + 1;
        while (k < s.endToken() && k - i - 1 <= LARGER_PLACE && Phrases.isProperName(tokens.get(k))) {
            k++;
        }
        if (!PLACE_OPENERS.contains(Phrases.low(tokens.get(j - 1))) || k - i - 1 > LARGER_PLACE) {
            return false;
        }
        if (k == s.endToken()) {
            return true;
        }
        Token next = tokens.get(k);
        // "at Quebec City, Canada, in April 2001", "at Santiago, Chile.": the larger place closed
        boolean closes = next.text().equals(",") && k + 1 < s.endToken()
                && (opensAPhrase(tokens, k + 1) || covered[k + 1])
                || next.text().equals(".") && k + 1 == s.endToken() && !abbreviation(tokens.get(k - 1));
        return closes || !(next.isVerb() || next.pos().equals("MD") || next.pos().equals("POS")
                || LIST_GOES_ON.contains(Phrases.low(next)));
    }

    /** Whether {@code t} is a short capitalized word that a full stop abbreviates: "La", "Ala" (of "Houma, La."). */
    private static boolean abbreviation(Token t) {
        return t.text().length() <= 3 && Character.isUpperCase(t.text().charAt(0))
                && t.text().substring(1).chars().allMatch(Character::isLowerCase);
    }

    /** Whether token {@code at} opens a prepositional phrase: a preposition, or "to" before no verb. */
    private static boolean opensAPhrase(List<Token> tokens, int at) {
        return tokens.get(at).pos().equals("IN") || tokens.get(at).pos().equals("TO") && at + 1 < tokens.size()
                && !tokens.get(at + 1).pos().startsWith("VB");
    }

    /**
     * Whether the comma at {@code i} stands between two adjectives of one noun ("a new, tighter-fitting cap"), the
     * second maybe a measure ("the primary, 18,000-foot relief well").
     */
    static boolean betweenAdjectives(List<Token> tokens, Sentence s, int i, int from) {
        // "18,000-foot": a number, a hyphen and a unit
        boolean measure = i + 4 < s.endToken() && tokens.get(i + 1).pos().equals("CD")
                && tokens.get(i + 2).text().equals("-") && tokens.get(i + 3).pos().equals("NN");
        if (!(tokens.get(i).text().equals(",") && i > from && i + 2 < s.endToken()
                && tokens.get(i - 1).pos().startsWith("JJ") && (measure || tokens.get(i + 1).pos().startsWith("JJ")
                && Character.isLowerCase(tokens.get(i + 1).text().charAt(0))))) {
            return false;
        }
        int k = measure ? i + 4 : i + 2; // "a vulnerable, unprepared [human] population": more adjectives before it
        while (k + 1 < s.endToken() && k < i + 4 && tokens.get(k).pos().startsWith("JJ")
                && Character.isLowerCase(tokens.get(k).text().charAt(0))) {
            k++;
        }
        return tokens.get(k).isNoun();
    }

    /** Units of a length that may count a noun after "of": "14 months of absolute rule", "two years of fighting". */
    static final Set<String> LENGTH_UNITS = Set.of("days", "weeks", "months", "years", "decades", "hours");

    /**
     * Where a date that modifies a noun inside a noun phrase ends ("the Sunday morning news shows", "the 2004
     * presidential race", "the weakest eight-year span"): after a determiner or a possessive and adjectives, before a
     * noun; -1 for a date of its own.
     */
    static int dateInsidePhrase(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        int j = at; // the first token after the date
        while (j < s.endToken() && covered[j]) {
            j++;
        }
        if (j + 1 < s.endToken() && (at == s.firstToken() || !covered[at - 1]) && tokens.get(at).pos().equals("CD")
                && LENGTH_UNITS.contains(Phrases.low(tokens.get(j - 1))) && Phrases.low(tokens.get(j)).equals("of")
                && (tokens.get(j + 1).isNoun() || tokens.get(j + 1).pos().startsWith("JJ")
                || tokens.get(j + 1).pos().equals("VBG"))) {
            return j; // "to abandon [14 months] of absolute rule": a length that counts the noun after "of"
        }
        if (j < s.endToken() && (tokens.get(j).isNoun() || tokens.get(j).pos().startsWith("JJ"))
                && hyphenatedLength(tokens, at, j)) {
            return j; // "ended its unorthodox/NN [five-year] policy": a length in one word describes the noun after it
        }
        int opening = at;
        while (opening - 1 > s.firstToken() && at - opening < MAX_MODIFIERS
                && NounPhrases.modifiesLikeAnAdjective(tokens.get(opening - 1))) {
            opening--; // "the weakest [eight-year] span", "his scheduled/NN [Christmas] trip": modifiers before it
        }
        if (!NounPhrases.afterDeterminer(tokens, s, opening)) {
            return -1;
        }
        boolean noun = j < s.endToken() && (tokens.get(j).isNoun() || tokens.get(j).pos().startsWith("JJ"));
        return noun ? j : -1;
    }

    /** The units of a length written in one word before a noun: "a five-year policy", "a 10-day visit". */
    private static final Set<String> LENGTH_UNIT_WORDS = Set.of("day", "week", "month", "year", "decade", "hour",
            "minute", "century");

    /**
     * Whether tokens {@code [from, to)} are one hyphenated word, no space between them, that ends in a unit of time
     * ("five-year", "10 - day" as the tokenizer splits "10-day").
     */
    private static boolean hyphenatedLength(List<Token> tokens, int from, int to) {
        boolean hyphen = false;
        for (int k = from; k < to; k++) {
            hyphen |= tokens.get(k).text().indexOf('-') >= 0;
            if (k + 1 < to && tokens.get(k).end() != tokens.get(k + 1).start()) {
                return false;
            }
        }
        String last = Phrases.low(tokens.get(to - 1));
        int dash = last.lastIndexOf('-');
        return hyphen && LENGTH_UNIT_WORDS.contains(dash >= 0 ? last.substring(dash + 1) : last);
    }
}
