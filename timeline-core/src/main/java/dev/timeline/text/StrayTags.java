package dev.timeline.text;

/**
 * Words to which the part-of-speech model gave a tag of no word class: punctuation or a symbol for a hyphenated
 * compound it has not seen ("the market sell-off/PUNCT", "Hassan al-Alfi/PUNCT said"), a foreign word or one of its
 * compound tags for one ("a six-day/NOUN+PART rest"), punctuation for the first half of a negated modal split by the
 * tokenizer ("ca n't"). A word with a letter in it is never punctuation; left so, it breaks the noun phrase it stands
 * in and prints as a tag of no Penn Treebank class. Stateless.
 */
final class StrayTags {
    private StrayTags() {
    }

    /**
     * Retags, in {@code upos} (the model's universal tags, changed in place), each word of {@code words} with a letter
     * that the model tagged {@code PUNCT}, {@code SYM} or with a compound tag ("NOUN+PART"), or {@code X} when it is
     * hyphenated: an auxiliary before "n't", an adjective before a noun or an adjective ("a six-day rest"), a proper
     * noun when it holds a capital ("al-Alfi"), a verb when it ends as a participle does ("short-circuiting the",
     * "well-received"), a noun otherwise ("a sell-off").
     */
    static void mend(String[] words, String[] lows, String[] upos) {
        for (int i = 0; i < words.length; i++) {
            boolean stray = upos[i].equals("PUNCT") || upos[i].equals("SYM") || upos[i].indexOf('+') >= 0
                    || upos[i].equals("X") && words[i].indexOf('-') > 0;
            if (!stray || words[i].chars().noneMatch(Character::isLetter) || words[i].indexOf('\'') >= 0
                    || words[i].indexOf('\u2019') >= 0) {
                continue; // a clitic ("n't", "'s") keeps the tag its lemma and Penn tag are read from
            }
            String next = i + 1 < words.length ? upos[i + 1] : "";
            if (i + 1 < words.length && lows[i + 1].equals("n't")) {
                upos[i] = "AUX"; // "ca n't", "wo n't"
            } else if (next.equals("NOUN") || next.equals("PROPN") || next.equals("ADJ")) {
                upos[i] = "ADJ";
            } else if (!words[i].equals(lows[i])) {
                upos[i] = "PROPN";
            } else if (lows[i].endsWith("ing") || lows[i].endsWith("ed")) {
                upos[i] = "VERB";
            } else {
                upos[i] = "NOUN";
            }
        }
    }
}
