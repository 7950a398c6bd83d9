package dev.timeline.text;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A text with its language layer: tokens with part of speech and lemma, grouped into sentences, all with offsets into
 * the original text. Made by {@link LanguageLayer#analyze}; the tagger, the event recognizer and the extractor all
 * read the same one.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AnalyzedText {
    private final String text;
    private final ImmutableList<Token> tokens;
    private final ImmutableList<Sentence> sentences;
    private final int[] sentenceOfToken;

    private AnalyzedText(String text, ImmutableList<Token> tokens, ImmutableList<Sentence> sentences) {
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.sentenceOfToken = new int[tokens.size()];
        for (Sentence s : sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                sentenceOfToken[i] = s.index();
            }
        }
    }

    /**
     * Returns the analysis of {@code text} made of these tokens and sentences.
     *
     * @throws IllegalArgumentException if the tokens are not in text order with consecutive indexes, or the sentences
     *     do not cover the tokens in order
     */
    public static AnalyzedText of(String text, List<Token> tokens, List<Sentence> sentences) {
        Objects.requireNonNull(text, "text");
        ImmutableList<Token> t = ImmutableList.copyOf(tokens);
        ImmutableList<Sentence> s = ImmutableList.copyOf(sentences);
        int previousEnd = 0;
        for (int i = 0; i < t.size(); i++) {
            Token token = t.get(i);
            if (token.index() != i || token.start() < previousEnd || token.end() > text.length()) {
                throw new IllegalArgumentException("token " + token + " is out of order or outside the text");
            }
            previousEnd = token.end();
        }
        int nextToken = 0;
        for (int i = 0; i < s.size(); i++) {
            Sentence sentence = s.get(i);
            if (sentence.index() != i || sentence.firstToken() != nextToken) {
                throw new IllegalArgumentException("sentence " + sentence + " does not follow token " + nextToken);
            }
            nextToken = sentence.endToken();
        }
        if (nextToken != t.size()) {
            throw new IllegalArgumentException("the sentences cover " + nextToken + " of " + t.size() + " tokens");
        }
        return new AnalyzedText(text, t, s);
    }

    /** The analyzed text. */
    public String text() {
        return text;
    }

    /** Every token, in text order. */
    public List<Token> tokens() {
        return tokens;
    }

    /** Every sentence, in text order. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** The tokens of {@code sentence}. */
    public List<Token> tokens(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    /** The sentence that holds {@code token}. */
    public Sentence sentenceOf(Token token) {
        return sentences.get(sentenceOfToken[token.index()]);
    }

    /** The text of {@code sentence}. */
    public String textOf(Sentence sentence) {
        return text.substring(sentence.start(), sentence.end());
    }

    /** The first token that ends after {@code offset}, if any: the token at or just after that character. */
    public Optional<Token> tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < tokens.size() ? Optional.of(tokens.get(lo)) : Optional.empty();
    }

    /** The tokens that overlap the characters {@code [start, end)}, in text order. */
    public List<Token> tokensIn(int start, int end) {
        Optional<Token> first = tokenAtOrAfter(start);
        if (first.isEmpty() || first.get().start() >= end) {
            return List.of();
        }
        int to = first.get().index();
        while (to < tokens.size() && tokens.get(to).start() < end) {
            to++;
        }
        return tokens.subList(first.get().index(), to);
    }
}
