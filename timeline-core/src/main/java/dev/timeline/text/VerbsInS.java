package dev.timeline.text;

import java.util.Set;

/**
 * Verbs in "-s" right after the subject that opens their clause, which the part-of-speech model read as plural nouns
 * ("Prime Minister Ryutaro Hashimoto leaves/NOUN for the United States on April 24", "Chinese President Hu Jintao
 * visits/NOUN Japan next week"). News tells plans, captions and lists in the present; read as a noun, the verb makes
 * no event and its clause no title. Stateless.
 */
final class VerbsInS {
    /** Tags of a word that may follow a verb and never goes on with a noun phrase that ends in a plural. */
    private static final Set<String> AFTER_VERB = Set.of("ADP", "PART", "DET", "PROPN", "NUM", "PRON", "ADV");
    /** Punctuation after which a clause may open; a single hyphen may be a word's ("anti- US base protests"). */
    private static final Set<String> CLAUSE_MARKS = Set.of(",", ":", "--", "\u2013", "\u2014");
    /** How many words after the word its clause is read for a verb of its own. */
    private static final int CLAUSE = 30;

    private VerbsInS() {
    }

    /**
     * Whether word {@code i}, tagged a noun, is a verb in "-s": the base form of a verb plus "s" or "es" (or "-y" as
     * "-ies": "flies"), in lower case, right after a name or a singular noun (in lower case, an acronym or the clause's
     * first word: "BP tries another strategy", "June 27 - Oil washes ashore") that opens the sentence or a clause
     * ({@link #opensAClause}; an article before it perhaps), before a preposition, "to", an article, a name, a number,
     * a pronoun or an adverb, with no verb after it in its clause ("Bank loans/NOUN to farmers rose", "Toyota
     * shares/NOUN fell" keep their nouns).
     */
    static boolean isVerbAfterSubject(String[] words, String[] lows, String[] upos, int i) {
        String word = words[i];
        if (!upos[i].equals("NOUN") || i == 0 || i + 1 >= words.length || word.length() < 4 || !word.endsWith("s")
                || word.endsWith("ss") || !word.equals(lows[i]) || !AFTER_VERB.contains(upos[i + 1])
                || !(upos[i - 1].equals("PROPN") || upos[i - 1].equals("NOUN") && !lows[i - 1].endsWith("s")
                && (words[i - 1].equals(lows[i - 1]) || acronym(words[i - 1]) || opensAClause(words, upos, i - 1)))) {
            return false;
        }
        if (!isBaseVerbPlusS(word)) {
            return false;
        }
        int k = i - 1;
        while (k > 0 && (upos[k - 1].equals("NOUN") || upos[k - 1].equals("PROPN") || upos[k - 1].equals("ADJ"))) {
            k--;
        }
        if (k > 0 && upos[k - 1].equals("DET")) {
            k--;
        }
        if (k != 0 && !opensAClause(words, upos, k)) {
            return false; // "On Monday, Hu visits Japan": a comma, a colon or a dash may open the clause
        }
        for (int j = i + 1; j < Math.min(words.length, i + CLAUSE); j++) {
            switch (upos[j]) {
                case "VERB", "AUX" -> {
                    return false;
                }
                case "PUNCT", "CCONJ", "SCONJ" -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return true;
    }

    /** Whether {@code word} is a base form of a verb plus "s" or "es", or "-y" as "-ies": "hits", "washes", "flies". */
    private static boolean isBaseVerbPlusS(String word) {
        return word.endsWith("s") && !word.endsWith("ss") && (BaseVerbs.contains(word.substring(0, word.length() - 1))
                || word.endsWith("es") && BaseVerbs.contains(word.substring(0, word.length() - 2))
                || word.endsWith("ies") && BaseVerbs.contains(word.substring(0, word.length() - 3) + "y"));
    }

    /**
     * Whether word {@code k} opens its sentence or a clause: after a comma, a colon or a dash, or after a single hyphen
     * that follows a number ("June 27 - Oil washes ashore", an item of a dated list).
     */
    private static boolean opensAClause(String[] words, String[] upos, int k) {
        return k == 0 || upos[k - 1].equals("PUNCT") && (CLAUSE_MARKS.contains(words[k - 1])
                || words[k - 1].equals("-") && k >= 2 && upos[k - 2].equals("NUM"));
    }

    /** Whether {@code word} is an acronym, which names a company or a body: "BP", "NATO", "IMF". */
    private static boolean acronym(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }
}
