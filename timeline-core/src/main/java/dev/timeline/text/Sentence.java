package dev.timeline.text;

/**
 * One sentence of an {@link AnalyzedText}: its character span and the range of its tokens.
 *
 * @param index its position among the sentences of its text, from 0
 * @param start index of its first character in the text
 * @param end index just past its last character
 * @param firstToken index of its first token
 * @param endToken index just past its last token
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {
    /** Checks the spans. */
    public Sentence {
        if (index < 0 || start < 0 || end <= start || firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("sentence #" + index + " [" + start + ", " + end + ") with tokens ["
                    + firstToken + ", " + endToken + ") is empty or negative");
        }
    }

    /** Whether the token with this index belongs to the sentence. */
    public boolean containsToken(int tokenIndex) {
        return tokenIndex >= firstToken && tokenIndex < endToken;
    }
}
