package dev.timeline.happening;

import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;

/**
 * Where a noun phrase goes on past the point a title's length limit cut it: the nouns that finish it ("on the leaking
 * Gulf of Mexico [oil spill]"), a name's possessive and the nouns after it ("George W. Bush['s administration]"), and a
 * short phrase after a preposition ("causing the death [of a patient]", "as [head of Angola's new government]").
 * Stateless.
 */
final class NounPhraseEnds {
    /** How many nouns past the length limit may finish a cut noun phrase. */
    private static final int NOUN_RUN = 3;
    /** How many words a short phrase after a preposition may have ("of [a patient]", "as [head of the government]"). */
    private static final int SHORT_PHRASE = 7;

    private NounPhraseEnds() {
    }

    /**
     * Where the noun phrase that the length limit cut at {@code at} ends, when at most {@value #NOUN_RUN} more nouns
     * finish it, across a name's possessive, and a clear boundary or a short "of" phrase follows them ("on the
     * leaking Gulf of Mexico | oil spill ,", "the outlawed | Kurdistan Workers' Party ("); {@code at} when they do
     * not.
     */
    static int nounPhraseEnd(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        int k = at;
        int nouns = 0;
        while (k < s.endToken() && !covered[k] && nouns < NOUN_RUN) {
            if (isNamePossessive(tokens, s, k) || isPluralPossessive(tokens, s, k) || isNounPossessive(tokens, s, k)) {
                // "of the pro-Kurdish People | 's Democracy Party (", "George W. Bush | 's administration", "of a
                // serial killer | 's victims"
                k++;
            } else if (tokens.get(k).isNoun()) {
                k++;
                nouns++;
            } else if (k == at && tokens.get(k).pos().startsWith("JJ") && k + 1 < s.endToken() && !covered[k + 1]
                    && tokens.get(k + 1).isNoun()) {
                k++; // "under tighter | regulatory control": an adjective before the phrase's noun
            } else {
                break;
            }
        }
        if (k == s.endToken() || covered[k]) {
            return k;
        }
        if (k > at && Phrases.low(tokens.get(k)).equals("of")) {
            int finished = shortPhraseAfter(tokens, s, k, covered);
            return finished > 0 ? finished : at; // "the regional | Bank [of Melbourne Ltd]"
        }
        Token next = tokens.get(k);
        boolean boundary = !Character.isLetterOrDigit(next.text().charAt(0)) || next.isVerb()
                || next.pos().equals("IN") && !Phrases.low(next).equals("of") || next.pos().equals("TO")
                || next.pos().equals("CC")
                || next.pos().equals("WDT") || next.pos().equals("MD");
        return boundary ? k : at;
    }

    /**
     * The end of a short noun phrase after the preposition at {@code at}, through one "of" phrase inside it ("of [a
     * patient]", "as [head of Angola's new government]"), or -1 unless such a phrase of at most {@value
     * #SHORT_PHRASE} words ends there at punctuation, a preposition, a conjunction, an adverb, a time expression or
     * the end of the sentence: a verb after it makes it the subject of a clause ("as [the crisis] deepened").
     */
    static int shortPhraseAfter(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        int end = nounPhraseFrom(tokens, s, at + 1, covered);
        if (end > 0 && end < s.endToken() && Phrases.low(tokens.get(end)).equals("of")) {
            end = nounPhraseFrom(tokens, s, end + 1, covered);
        }
        if (end < 0 || end - at - 1 > SHORT_PHRASE) {
            return -1;
        }
        if (end == s.endToken() || covered[end]) {
            return end;
        }
        Token next = tokens.get(end);
        if (next.pos().equals("TO") && tokens.subList(at, end).stream().anyMatch(t -> t.pos().equals("CD"))) {
            return -1; // "to a range [of 0.50 percent] to 1.50 percent": a range goes on
        }
        boolean boundary = !Character.isLetterOrDigit(next.text().charAt(0)) && !next.pos().equals("POS")
                || next.pos().equals("IN") && !Phrases.low(next).equals("of") || next.pos().equals("TO")
                || next.pos().equals("CC") || next.pos().equals("RB") || next.pos().equals("WDT");
        return boundary ? end : -1;
    }

    /**
     * The end of a noun phrase that starts at {@code from}: a determiner or possessive pronoun, then modifiers and
     * nouns ending on a noun ("the first indigenous Roman Catholic bishop", "Angola's new government"); -1 if none.
     */
    private static int nounPhraseFrom(List<Token> tokens, Sentence s, int from, boolean[] covered) {
        int k = from;
        if (k < s.endToken() && !covered[k]
                && (tokens.get(k).pos().equals("DT") || tokens.get(k).pos().equals("PRP$"))) {
            k++;
        }
        int end = -1;
        while (k < s.endToken() && !covered[k]) {
            Token t = tokens.get(k);
            boolean beforeNoun = k + 1 < s.endToken() && tokens.get(k + 1).isNoun();
            if (t.isNoun() || t.pos().startsWith("JJ") && k + 1 < s.endToken() // "as chief executive/JJ."
                    && (!Character.isLetterOrDigit(tokens.get(k + 1).text().charAt(0))
                    || tokens.get(k + 1).pos().equals("IN") && k - 1 >= from
                    && (tokens.get(k - 1).pos().equals("DT") // "of a memorial/JJ for victims"
                    || tokens.get(k - 1).pos().startsWith("JJ")))) { // "as chief/JJ executive/JJ on Monday"
                end = k + 1;
            } else if (!(t.pos().startsWith("JJ") || t.pos().equals("CD") || isNamePossessive(tokens, s, k)
                    || Phrases.isInnerHyphen(tokens, s, k)
                    || t.pos().equals("VBG") && beforeNoun)) { // "as managing editor"
                break;
            }
            k++;
        }
        return end;
    }

    /** Whether token {@code k} is the "'s" of a name before a noun ("Bush's administration"). */
    private static boolean isNamePossessive(List<Token> tokens, Sentence s, int k) {
        return tokens.get(k).pos().equals("POS") && k - 1 >= s.firstToken() && k + 1 < s.endToken()
                && Character.isUpperCase(tokens.get(k - 1).text().charAt(0))
                && (tokens.get(k + 1).isNoun() || tokens.get(k + 1).pos().startsWith("JJ"));
    }

    /** Whether token {@code k} is the "'s" of the common noun before it, a noun after it: "a killer's victims". */
    private static boolean isNounPossessive(List<Token> tokens, Sentence s, int k) {
        return tokens.get(k).pos().equals("POS") && k - 1 >= s.firstToken() && k + 1 < s.endToken()
                && tokens.get(k - 1).isNoun() && tokens.get(k + 1).isNoun();
    }

    /**
     * Whether token {@code i} is an apostrophe that makes the plural noun before it possessive ("the Kurdistan
     * Workers' Party"): right after a noun in "s", a noun or adjective after it.
     */
    static boolean isPluralPossessive(List<Token> tokens, Sentence s, int i) {
        Token t = tokens.get(i);
        if (!(t.text().equals("'") || t.text().equals("\u2019")) || i - 1 < s.firstToken() || i + 1 >= s.endToken()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        Token after = tokens.get(i + 1);
        return before.end() == t.start() && before.isNoun() && before.text().endsWith("s")
                && (after.isNoun() || after.pos().startsWith("JJ") || after.pos().equals("VBG")); // "steering/VBG"
    }
}
