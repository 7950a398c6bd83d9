package dev.timeline.text;

import java.util.Locale;
import java.util.Objects;

/**
 * One word or punctuation mark of an {@link AnalyzedText}: where it is, its Penn Treebank part of speech and its
 * lemma.
 *
 * <p>Offsets are UTF-16 indexes into the analyzed text ({@code start} inclusive, {@code end} exclusive), as with
 * {@link String#substring(int, int)}. Instances are immutable and thread-safe.
 */
public final class Token {
    private final int index;
    private final int start;
    private final int end;
    private final String text;
    private final String pos;
    private final String lemma;
    /** The lower-case text and lemma, made on first request (a data race that can only make them twice). */
    private String lowerText;
    private String lowerLemma;

    private Token(int index, int start, int end, String text, String pos, String lemma) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.text = text;
        this.pos = pos;
        this.lemma = lemma;
    }

    /**
     * Returns a token.
     *
     * @param index its position among the tokens of its text, from 0
     * @param start index of its first character in the text
     * @param end index just past its last character
     * @param text the characters it covers
     * @param pos its Penn Treebank tag, such as {@code VBD}
     * @param lemma its dictionary form, lower case except for proper nouns
     * @throws IllegalArgumentException if the span is empty or negative, or does not match the text's length
     */
    public static Token of(int index, int start, int end, String text, String pos, String lemma) {
        Objects.requireNonNull(text, "text");
        if (index < 0 || start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException("token #" + index + " [" + start + ", " + end
                    + ") does not fit its text \"" + text + "\"");
        }
        return new Token(index, start, end, text, Objects.requireNonNull(pos, "pos"),
                Objects.requireNonNull(lemma, "lemma"));
    }

    /** Its position among the tokens of its text, from 0. */
    public int index() {
        return index;
    }

    /** Index of its first character in the analyzed text. */
    public int start() {
        return start;
    }

    /** Index just past its last character in the analyzed text. */
    public int end() {
        return end;
    }

    /** The characters it covers. */
    public String text() {
        return text;
    }

    /** Its Penn Treebank part-of-speech tag, such as {@code NN}, {@code VBD} or {@code ,}. */
    public String pos() {
        return pos;
    }

    /** Its dictionary form: "visited" is "visit", "talks" is "talk"; lower case except for proper nouns. */
    public String lemma() {
        return lemma;
    }

    /**
     * {@code text().toLowerCase(Locale.ROOT)}, the same string object every time: the features that read a word as
     * itself and as a neighbour hash it once.
     */
    public String lowerText() {
        String s = lowerText;
        if (s == null) {
            s = text.toLowerCase(Locale.ROOT);
            lowerText = s;
        }
        return s;
    }

    /** {@code lemma().toLowerCase(Locale.ROOT)}, the same string object every time. */
    public String lowerLemma() {
        String s = lowerLemma;
        if (s == null) {
            s = lemma.toLowerCase(Locale.ROOT);
            lowerLemma = s;
        }
        return s;
    }

    /** Whether its part of speech is a verb's ({@code VB}, {@code VBD}, {@code VBG}, {@code VBN}, ...). */
    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    /**
     * Whether the word can be a verb's past participle, whatever its tag: "-ed", or an irregular participle ("held",
     * "built", "stolen"); a simple past and its participle look the same in most verbs.
     */
    public boolean mayBePastParticiple() {
        return Lemmas.isPastParticiple(lowerText());
    }

    /** Whether its part of speech is a noun's, common or proper. */
    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && index == t.index && start == t.start && end == t.end && text.equals(t.text)
                && pos.equals(t.pos) && lemma.equals(t.lemma);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, start, end, text, pos, lemma);
    }

    @Override
    public String toString() {
        return text + "/" + pos + "[" + start + "," + end + ")";
    }
}
