package dev.timeline.text;

import java.util.Set;

/**
 * Verbs the part-of-speech model misread as nouns after a plural subject and before "to" and a base form: "Crews
 * plan/NOUN to start/VERB drilling", "Officials aim/NOUN to finish/NOUN the repairs" ({@code
 * verbs-before-an-infinitive.txt}). A plural noun cannot modify the noun after it, so the word is the subject's verb,
 * and the base form after "to" its infinitive; without them the sentence has no clause and its happening is lost.
 * Stateless.
 */
final class VerbsBeforeInfinitives {
    private static final Set<String> VERBS = Lemmas.words("verbs-before-an-infinitive.txt");

    private VerbsBeforeInfinitives() {
    }

    /** Retags, in {@code upos} (changed in place), the misread verbs of {@code words} and their infinitives. */
    static void mend(String[] words, String[] lows, String[] upos) {
        for (int i = 1; i + 2 < words.length; i++) {
            if (isVerbTakenForNoun(words, lows, upos, i)) {
                upos[i] = "VERB";
                upos[i + 2] = "VERB";
            }
        }
    }

    /**
     * Whether word {@code i}, tagged a noun, is a verb of the list in its base form after a plural noun, and "to" and
     * a base form ({@link BaseVerbs}) follow it; after a possessive ("the workers' plan to strike") it is a noun.
     */
    private static boolean isVerbTakenForNoun(String[] words, String[] lows, String[] upos, int i) {
        if (!(upos[i].equals("NOUN") || upos[i].equals("PROPN")) || !words[i].equals(lows[i])
                || !VERBS.contains(lows[i]) || !lows[i + 1].equals("to") || !BaseVerbs.contains(lows[i + 2])) {
            return false;
        }
        String subject = lows[i - 1];
        return (upos[i - 1].equals("NOUN") || upos[i - 1].equals("PROPN")) && subject.length() > 3
                && subject.endsWith("s") && !subject.endsWith("ss") && !Lemmas.isSingularInS(subject);
    }
}
