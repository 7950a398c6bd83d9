package dev.timeline.text;

import java.util.Set;

/**
 * Words at the end of a noun phrase that the part-of-speech model misread. Head nouns taken for verbs: a plural in
 * "-s" that ends a phrase after a preposition, inside a clause whose verb came before ("began a service for millions
 * of university graduates/VERB,", "were killed in two bomb blasts/VERB in Karachi"), and a noun in "-ing" after a name
 * that a determiner opens ("to reopen the Rafah crossing/VERB under European supervision", "since the Bali
 * bombing/VERB in 2002"); read as verbs, they cut the noun phrase and the title built from it ("for millions of
 * university"). And a noun that names where "to" takes someone, read as an infinitive ("took the board to court/VERB
 * after": {@code bare-goal-nouns.txt}), and a base form after a possessive and a singular noun ("its growth
 * forecast/VERB for"), and a plural right after a simple past ("denied claims/VERB that"). Stateless.
 */
final class PhraseHeads {
    /** How many words back the verb of the clause may stand from the preposition. */
    private static final int CLAUSE = 25;
    /** Words that open a clause of their own: a verb before them is not the verb of the phrase's clause. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "which", "who", "whose", "whom", "where", "when",
            "while", "because", "as", "if", "although", "though", "after", "before", "since", "until");
    /** Nouns that name, with no article, where "to" takes someone ({@code bare-goal-nouns.txt}): "to court". */
    private static final Set<String> BARE_GOALS = Lemmas.words("bare-goal-nouns.txt");
    /** Nouns of many people without a plural "-s", after which a verb in its base form agrees: "their people vote". */
    private static final Set<String> COLLECTIVES = Set.of("people", "police", "public", "military", "staff",
            "personnel", "clergy", "cattle", "youth", "media");
    /** Tags of the words of a noun phrase between its preposition and its last noun. */
    private static final Set<String> PHRASE_TAGS = Set.of("NOUN", "ADJ", "NUM", "DET", "PROPN", "ADV");

    private PhraseHeads() {
    }

    /** Retags, in {@code upos} (changed in place), each head noun of {@code words} that was read as a verb. */
    static void mend(String[] words, String[] lows, String[] upos) {
        for (int i = 2; i < words.length; i++) {
            if (isPluralAfterPreposition(words, lows, upos, i) || isNounInIngAfterName(words, upos, i)
                    || isBareGoal(lows, upos, i) || isBaseAfterSingular(words, lows, upos, i)
                    || isPluralAfterPast(words, lows, upos, i)) {
                upos[i] = "NOUN";
            }
        }
    }

    /**
     * Whether word {@code i}, a verb in "-s", is the plural head of a phrase that a preposition opens, before a
     * preposition, a conjunction, punctuation or the end, in a clause whose verb came before the preposition ("for
     * millions of university graduates,"); "The price of oil rises in Asia" has no verb before "of" and keeps its verb.
     */
    private static boolean isPluralAfterPreposition(String[] words, String[] lows, String[] upos, int i) {
        String low = lows[i];
        return upos[i].equals("VERB") && Lemmas.endsLikeAPlural(low) && words[i].equals(low)
                && upos[i - 1].equals("NOUN") && words[i - 1].equals(lows[i - 1])
                && endsPhrase(upos, i + 1) && inPhraseAfterVerb(words, lows, upos, i - 1);
    }

    /**
     * Whether the noun at {@code noun} ends a noun phrase that a preposition opens (nouns, adjectives, numbers,
     * adverbs and a determiner between), in a clause whose verb stands before the preposition, at most
     * {@value #CLAUSE} words back, with no word that opens a clause between and no punctuation but commas.
     */
    private static boolean inPhraseAfterVerb(String[] words, String[] lows, String[] upos, int noun) {
        int k = phraseStart(upos, noun);
        if (k == 0 || !upos[k - 1].equals("ADP")) {
            return false;
        }
        for (int j = k - 2; j >= Math.max(0, k - 1 - CLAUSE); j--) {
            if (CLAUSE_OPENERS.contains(lows[j]) || upos[j].equals("SCONJ") || upos[j].equals("PUNCT")
                    && !words[j].equals(",")) {
                return false;
            }
            if (upos[j].equals("VERB") || upos[j].equals("AUX")) {
                return true;
            }
        }
        return false;
    }

    /** Words after which a plural object may end: "denied claims [that]", "raised fears [of]", "said talks [were]". */
    private static final Set<String> AFTER_AN_OBJECT = Set.of("ADP", "SCONJ", "PUNCT", "AUX", "CCONJ");

    /**
     * Whether word {@code i}, a verb in "-s", is the plural object or subject right after the simple past of a verb,
     * before "that", a preposition, a conjunction, an auxiliary or punctuation ("The palace denied claims/VERB that",
     * "raised fears/VERB of", "said talks/VERB were stalled"): no present tense follows a past with nothing between.
     */
    private static boolean isPluralAfterPast(String[] words, String[] lows, String[] upos, int i) {
        String low = lows[i];
        String past = lows[i - 1];
        boolean isPast = upos[i - 1].equals("VERB") && (past.length() > 4 && past.endsWith("ed")
                || Lemmas.irregularPast(past).isPresent());
        return isPast && upos[i].equals("VERB") && Lemmas.endsLikeAPlural(low) && words[i].equals(low)
                && i + 1 < words.length
                && (AFTER_AN_OBJECT.contains(upos[i + 1]) || lows[i + 1].equals("that"));
    }

    /**
     * Whether word {@code i}, a verb in "-ing", is the head of a phrase that a determiner or possessive opens, right
     * after a name that does not end in "s", before a preposition, a conjunction, punctuation or the end ("the Rafah
     * crossing under", "the Bali bombing in 2002"); "the Americans fighting in Iraq" keeps its verb.
     */
    private static boolean isNounInIngAfterName(String[] words, String[] upos, int i) {
        if (!upos[i].equals("VERB") || !words[i].endsWith("ing") || !Character.isLowerCase(words[i].charAt(0))
                || !upos[i - 1].equals("PROPN") || words[i - 1].endsWith("s") || !endsPhrase(upos, i + 1)) {
            return false;
        }
        int k = i - 1;
        while (k > 0 && upos[k - 1].equals("PROPN")) {
            k--;
        }
        return k > 0 && (upos[k - 1].equals("DET") || Lemmas.isPossessivePronoun(words[k - 1]));
    }

    /**
     * Whether word {@code i}, a verb in its base form, ends a noun phrase that a possessive opens right before a
     * singular noun, with a preposition, a conjunction, punctuation or the end after it ("revised its growth
     * forecast/VERB for next year", "the bank's growth forecast"): no present tense but "-s" agrees with one singular
     * noun. A noun of many without "-s" keeps the verb after it ("their people vote on Sunday").
     */
    private static boolean isBaseAfterSingular(String[] words, String[] lows, String[] upos, int i) {
        String low = lows[i];
        if (!upos[i].equals("VERB") || !words[i].equals(low) || low.endsWith("s") || low.endsWith("ed")
                || low.endsWith("ing") || !upos[i - 1].equals("NOUN") || !words[i - 1].equals(lows[i - 1])
                || !endsPhrase(upos, i + 1)
                || !Lemmas.lemma(words[i - 1], lows[i - 1], "NOUN").equals(lows[i - 1]) || lows[i - 1].endsWith("s")) {
            return false;
        }
        return !COLLECTIVES.contains(lows[i - 1])
                && (Lemmas.isPossessivePronoun(words[i - 2]) || LanguageLayer.isPossessiveS(words[i - 2]) && i >= 3
                && (upos[i - 3].equals("NOUN") || upos[i - 3].equals("PROPN")));
    }

    /**
     * Whether word {@code i}, tagged a verb after "to" or "into", is a noun of {@code bare-goal-nouns.txt} before a
     * preposition, a conjunction, punctuation or the end ("has taken the board to court/VERB after", "was rushed to
     * hospital"); "to court investors" keeps its verb.
     */
    private static boolean isBareGoal(String[] lows, String[] upos, int i) {
        return upos[i].equals("VERB") && (lows[i - 1].equals("to") || lows[i - 1].equals("into"))
                && BARE_GOALS.contains(lows[i]) && endsPhrase(upos, i + 1);
    }

    /**
     * The first word of the noun phrase that ends at {@code noun}: back over nouns, adjectives, numbers and adverbs,
     * through one determiner at most, which opens it ("during the encounter | the Israeli cabinet voted").
     */
    private static int phraseStart(String[] upos, int noun) {
        int k = noun;
        while (k > 0 && PHRASE_TAGS.contains(upos[k - 1])) {
            k--;
            if (upos[k].equals("DET")) {
                break;
            }
        }
        return k;
    }

    /** Whether a noun phrase may end before word {@code next}: a preposition, a conjunction, punctuation or the end. */
    private static boolean endsPhrase(String[] upos, int next) {
        return next >= upos.length || switch (upos[next]) {
            case "ADP", "CCONJ", "PUNCT" -> true;
            default -> false;
        };
    }
}
