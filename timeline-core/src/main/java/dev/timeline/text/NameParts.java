package dev.timeline.text;

import java.util.List;
import java.util.Set;

/**
 * The words of a name that the part-of-speech model took for something else: capitalized inside a sentence, next to
 * another capitalized word, they are read as proper nouns ("Yegor/CC Gaidar", "Mohamed/PRP ElBaradei", "Aung/RB San
 * Suu Kyi", "Secretary of State Madeleine Albright/RB will attend", "United/VBD Nations", "Hong/RB Kong/ADJ
 * democracy leader"). The model, trained on web text, tags a capitalized word it has not seen by its place; news
 * names many people, firms and places it has not seen, and a name read as a verb, an adverb or a pronoun breaks the
 * subject of its clause and may make an event of its own. Stateless.
 *
 * <p>A capitalized word the model misread is also a name right before a verb: "Australian flag carrier Qantas/VERB
 * agreed", "Qantas/ADP agreed"; when it opens its clause, only when it was not read as a verb, an adverb, a pronoun
 * or an interjection ("Stop worrying", "Finally agreed", "There are", "Please note").
 *
 * <p>Otherwise a word is left as tagged when it opens its sentence or a clause (after a quotation mark, a bracket, a colon or a
 * dash: "said: "The Serbians won"), when its sentence is a headline in title case, and
 * when it is a function word or a preposition ({@code function-words.txt}, {@code prepositions.txt}: "The", "Without"
 * in "Reporters Without Borders"). An adjective is read as a name's word only after another word of the name and when
 * it does not end as adjectives and peoples do ("Hong Kong/ADJ", not "South African", "Sunni Islamic").
 *
 * <p>A word in capitals alone in a sentence written in sentence case is an acronym, whatever the model read: "he
 * joined BP/ADP 30 years ago", "the WHO/PRON said". A title's abbreviation before a name is the name's ("Rep./ADV Joe
 * Barton"), wherever it stands.
 */
final class NameParts {
    /** Function words: closed classes that a capitalized word keeps ({@code function-words.txt}). */
    private static final Set<String> FUNCTION_WORDS = Lemmas.words("function-words.txt");
    /** Prepositions and subordinating conjunctions ({@code prepositions.txt}), as the language layer reads them. */
    private static final Set<String> PREPOSITIONS = LanguageLayer.PREPOSITIONS;
    /** Tokens after which a capitalized word may open a clause. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("\"", "\u201c", "\u2018", "'", "`", "``", "(", "[", "{",
            ":", ";", "-", "--", "\u2013", "\u2014", "...", "\u2026");
    /** Abbreviations of titles, with their full stop, that open a name: "Rep. Joe Barton", "Gen. Ana Voss". */
    private static final Set<String> TITLES = Set.of("mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.",
            "lt.", "col.", "capt.", "prof.", "sgt.", "adm.", "gens.", "reps.", "sens.");
    /** Universal tags a name's word may be given wrongly. */
    private static final Set<String> MISREAD = Set.of("ADV", "ADP", "SCONJ", "CCONJ", "PRON", "DET", "AUX", "VERB",
            "INTJ", "X", "PART");
    /**
     * Tags of words that may open a clause before its verb: an imperative, an auxiliary, an adverb, a pronoun
     * ("There/PRON are", "Nothing/PRON happened"), an interjection ("Please/INTJ note").
     */
    private static final Set<String> CLAUSE_WORDS = Set.of("VERB", "AUX", "ADV", "PRON", "INTJ");
    /** Endings of adjectives and of the names of peoples, which a capitalized adjective in a name keeps. */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("an", "ese", "ish", "ic", "al", "i", "ch", "ern",
            "ed", "ive", "ous", "ary", "ful", "less", "able", "ible", "ist", "ite", "esque", "ar", "ior", "ant", "ent");

    /** The longest word in capitals read as an acronym. */
    private static final int MAX_ACRONYM = 5;

    private NameParts() {
    }

    /**
     * Retags as proper nouns ({@code PROPN}) the words of {@code words} that are parts of names the model misread;
     * {@code upos} holds the model's universal tags and is changed in place.
     */
    static void mend(String[] words, String[] lows, String[] upos) {
        for (int i = 0; i + 1 < words.length; i++) {
            if (TITLES.contains(lows[i]) && capitalized(words[i]) && capitalized(words[i + 1])) {
                upos[i] = "PROPN"; // "Rep./ADV Joe Barton": a title's abbreviation before a name is the name's
            }
        }
        if (!sentenceCase(words, lows)) {
            return;
        }
        for (int i = 0; i < words.length; i++) {
            if (!capitalized(words[i])) {
                continue;
            }
            if (MISREAD.contains(upos[i]) && isAcronymAlone(words, i)) {
                upos[i] = "PROPN"; // "he joined BP/ADP 30 years ago", "the WHO/PRON said": an acronym in running text
                continue;
            }
            boolean beforeName = i + 1 < words.length && nameWord(words[i + 1], lows[i + 1]);
            boolean beforeVerb = i + 1 < words.length && Character.isLowerCase(words[i + 1].charAt(0))
                    && (upos[i + 1].equals("VERB") || upos[i + 1].equals("AUX"));
            if (beforeVerb && misread(lows[i], upos[i])
                    && (!opensAClause(words, i) || !CLAUSE_WORDS.contains(upos[i]))) {
                // "Australian flag carrier Qantas/VERB agreed", "Qantas/ADP agreed": a word the model did not know
                // before a verb is its subject; a clause's first word only when it cannot be an imperative or an adverb
                upos[i] = "PROPN";
                continue;
            }
            if (opensAClause(words, i)) {
                // "Hong/ADV Kong/ADJ democracy leader Martin Lee ...": two misread words open the sentence
                if (beforeName && misread(lows[i], upos[i]) && (misread(lows[i + 1], upos[i + 1])
                        || upos[i + 1].equals("ADJ") && !endsAsAdjective(lows[i + 1]))) {
                    upos[i] = "PROPN";
                    upos[i + 1] = "PROPN";
                }
                continue;
            }
            boolean afterName = nameWord(words[i - 1], lows[i - 1]);
            if (misread(lows[i], upos[i]) && (afterName || beforeName)
                    || afterName && beforeName && (FUNCTION_WORDS.contains(lows[i]) || PREPOSITIONS.contains(lows[i]))
                    || upos[i].equals("ADJ") && afterName && upos[i - 1].equals("PROPN") && !endsAsAdjective(lows[i])) {
                upos[i] = "PROPN"; // a function word between two words of a name too: "Long An Tile"
            }
        }
    }

    /**
     * Whether word {@code i} is written in capitals only (two to {@value #MAX_ACRONYM} letters) between words that are
     * not: an acronym ("BP", "WHO", "NATO") in running text, not a word of a headline in capitals ("THE NEW PARADIGM").
     */
    private static boolean isAcronymAlone(String[] words, int i) {
        return isCapitals(words[i]) && (i == 0 || !isCapitals(words[i - 1]))
                && (i + 1 == words.length || !isCapitals(words[i + 1]));
    }

    private static boolean isCapitals(String word) {
        if (word.length() < 2 || word.length() > MAX_ACRONYM) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (!(word.charAt(k) >= 'A' && word.charAt(k) <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word of this tag may be part of a name that the model misread, and is no function word. */
    private static boolean misread(String low, String upos) {
        return MISREAD.contains(upos) && !FUNCTION_WORDS.contains(low) && !PREPOSITIONS.contains(low);
    }

    /** Whether word {@code i} opens its sentence or a clause. */
    private static boolean opensAClause(String[] words, int i) {
        return i == 0 || CLAUSE_OPENERS.contains(words[i - 1]);
    }

    /** Whether a word may be part of a name: capitalized and no function word ("Released By An Unknown Label"). */
    private static boolean nameWord(String word, String low) {
        return capitalized(word) && !FUNCTION_WORDS.contains(low) && !PREPOSITIONS.contains(low);
    }

    /** Whether a word starts with a capital letter and is no single letter ("I", "A"). */
    private static boolean capitalized(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLetter(word.charAt(1));
    }

    private static boolean endsAsAdjective(String low) {
        for (String ending : ADJECTIVE_ENDINGS) {
            if (low.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a run of words is written in sentence case: some word other than a function word or a preposition starts
     * in lower case. A headline in title case ("Obama Visits the Gulf Coast") capitalizes all of them, and its verbs.
     */
    private static boolean sentenceCase(String[] words, String[] lows) {
        for (int i = 0; i < words.length; i++) {
            if (Character.isLowerCase(words[i].charAt(0)) && !FUNCTION_WORDS.contains(lows[i])
                    && !PREPOSITIONS.contains(lows[i])) {
                return true;
            }
        }
        return false;
    }
}
