package dev.timeline.text;

import java.util.Set;

/**
 * Subjects the part-of-speech model misread before the simple past of their verb, so that the verb was misread too:
 * a plural noun after the name that modifies it, taken for a verb in "-s" ("Pelmar shares/VERB rose/NOUN 7 percent"),
 * a name before its possessive "'s" taken for an adjective ("Moody/ADJ 's downgraded/ADJ Pelmar"), and an irregular
 * past taken for a noun after its subject ("Velo shares fell/NOUN on Monday"). A noun phrase with no verb makes no
 * clause, and the happening of the sentence is lost. Stateless.
 */
final class SubjectsBeforePasts {
    /** Tags of a word that may follow a past tense and never goes on with a noun phrase the past would modify. */
    private static final Set<String> AFTER_A_PAST = Set.of("ADP", "NUM", "ADV", "DET", "PRON", "PART");
    /** Tags of a word right after a past tense that makes it a verb with an object or an adverbial. */
    private static final Set<String> AFTER_A_VERB = Set.of("DET", "PRON", "NUM");

    private SubjectsBeforePasts() {
    }

    /** Retags, in {@code upos} (changed in place), the misread subjects of {@code words} and the pasts after them. */
    static void mend(String[] words, String[] lows, String[] upos) {
        for (int i = 0; i + 1 < words.length; i++) {
            if (upos[i].equals("ADJ") && Character.isUpperCase(words[i].charAt(0))
                    && LanguageLayer.isPossessiveS(lows[i + 1])) {
                upos[i] = "PROPN"; // "Moody/ADJ 's", "Standard & Poor/ADJ 's": no adjective takes a possessive
            }
        }
        for (int i = 1; i + 2 < words.length; i++) {
            if (isPluralTakenForVerb(words, lows, upos, i)) {
                upos[i] = "NOUN";
                upos[i + 1] = "VERB";
            } else if (isPastAfterAPossessiveName(words, lows, upos, i + 1)) {
                upos[i + 1] = "VERB";
            }
        }
        for (int i = 1; i + 1 < words.length; i++) {
            if (isIrregularPastTakenForNoun(words, lows, upos, i)) {
                upos[i] = "VERB";
            }
        }
    }

    /**
     * Whether word {@code i}, tagged a noun, is the irregular past of the verb whose subject, a plural noun or a name,
     * stands right before it: "German shares fell/NOUN on Monday", "Oil prices shot/NOUN above $60", "Stan Orvik
     * spoke/NOUN of peace", before a word that cannot go on with a noun phrase; not "a tee shot on the 18th", whose
     * noun the past would be.
     */
    private static boolean isIrregularPastTakenForNoun(String[] words, String[] lows, String[] upos, int i) {
        if (!upos[i].equals("NOUN") || !words[i].equals(lows[i]) || Lemmas.irregularPast(lows[i]).isEmpty()
                || !AFTER_A_PAST.contains(upos[i + 1])) {
            return false;
        }
        String before = words[i - 1];
        // "gunmen shot/NOUN the mayor", "people fled/NOUN": a plural in "-men" or a noun of many counts too
        boolean plural = upos[i - 1].equals("NOUN") && before.equals(lows[i - 1])
                && (Lemmas.endsLikeAPlural(before) || before.length() > 3 && before.endsWith("men")
                || before.equals("people") || before.equals("police"));
        return plural || upos[i - 1].equals("PROPN");
    }

    /**
     * Whether word {@code i}, tagged a verb in "-s", is a plural noun that a name or a noun before it modifies, the
     * subject of the simple past after it: "Pelmar shares/VERB rose/NOUN 7 percent", "BP shares/VERB closed up"; a
     * past that goes on with a noun modifies it ("The firm sells used cars").
     */
    private static boolean isPluralTakenForVerb(String[] words, String[] lows, String[] upos, int i) {
        String word = words[i];
        if (!upos[i].equals("VERB") || !Lemmas.endsLikeAPlural(word)
                || !word.equals(lows[i]) || !(upos[i - 1].equals("PROPN") || upos[i - 1].equals("NOUN"))) {
            return false;
        }
        String past = lows[i + 1];
        boolean isPast = Lemmas.irregularPast(past).isPresent() || past.length() > 4 && past.endsWith("ed");
        return isPast && !upos[i + 1].equals("AUX") && AFTER_A_PAST.contains(upos[i + 2]);
    }

    /**
     * Whether word {@code i}, tagged an adjective in "-ed", is the past tense after a name and its possessive "'s"
     * ("Moody's downgraded/ADJ the bank"): its object, an article, a pronoun or a number, follows it, or a name
     * that ends there ("downgraded/ADJ Pelmar on Thursday"); before a noun it is one's modifier ("BP's proposed
     * Alaska project").
     */
    private static boolean isPastAfterAPossessiveName(String[] words, String[] lows, String[] upos, int i) {
        if (!upos[i].equals("ADJ") || !lows[i].endsWith("ed") || lows[i].length() < 5 || i < 2
                || !LanguageLayer.isPossessiveS(lows[i - 1]) || !upos[i - 2].equals("PROPN")
                || i + 1 >= words.length) {
            return false;
        }
        if (AFTER_A_VERB.contains(upos[i + 1])) {
            return true;
        }
        int k = i + 1;
        while (k < words.length && upos[k].equals("PROPN")) {
            k++;
        }
        return k > i + 1 && (k == words.length || upos[k].equals("ADP") || upos[k].equals("PUNCT"));
    }
}
