package dev.timeline.event;

import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;

/**
 * The features the event recognizer reads for one word: the word, its lemma, part of speech, suffixes and shape, its
 * neighbours, and whether a time expression covers it. Training and recognition call the same code, so the model
 * always sees what it was trained on; {@link NewsLexicons} tell which nouns come from verbs, which stand where
 * happenings go in raw news, and the word's distributional class.
 */
final class EventFeatures {
    /** The prefixes of the neighbours' features, by distance + 2: "w-1=", "p2=", ... */
    private static final String[] WORD = {"w-2=", "w-1=", null, "w1=", "w2="};
    private static final String[] POS = {"p-2=", "p-1=", null, "p1=", "p2="};
    private static final String[] POS_PAIR = {null, "pp-1=", null, "pp1=", null};
    private static final String[] LEMMA = {"l-2=", null, null, null, "l2="};

    private EventFeatures() {
    }

    /**
     * Whether {@code t} can name an event at all: a verb, noun, adjective or adverb-like particle with letters. Other
     * words are never events and are not given to the model.
     */
    static boolean isCandidate(Token t) {
        String pos = t.pos();
        return (pos.startsWith("VB") || pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("RB")
                || pos.equals("IN") || pos.equals("FW")) && Character.isLetter(t.text().charAt(0));
    }

    /** The features of token {@code i} of {@code text}; {@code inTimex[i]} tells whether a timex covers it. */
    static String[] of(AnalyzedText text, int i, boolean[] inTimex, NewsLexicons lexicons) {
        FeatureSink.Names names = new FeatureSink.Names();
        of(text, i, inTimex, lexicons, names);
        return names.toArray();
    }

    /** Hands the features of token {@code i} of {@code text} to {@code f}, in the order of {@link #of}. */
    static void of(AnalyzedText text, int i, boolean[] inTimex, NewsLexicons lexicons, FeatureSink f) {
        List<Token> tokens = text.tokens();
        Token t = tokens.get(i);
        Sentence s = text.sentenceOf(t);
        String low = t.lowerText();
        String lemma = t.lowerLemma();
        f.add("w=", low);
        f.add("l=", lemma);
        f.add("p=", t.pos());
        f.add("pl=", t.pos(), "|", lemma);
        if (low.length() > 4) {
            f.addSuffix("s3=", low, 3);
            f.addSuffix("s4=", low, 4);
        }
        if (low.length() > 6) {
            f.addSuffix("s5=", low, 5);
        }
        f.add("c=", lexicons.clusters().of(low));
        f.add("cap=", Character.isUpperCase(t.text().charAt(0)) ? (i == s.firstToken() ? "first" : "yes") : "no");
        if (low.indexOf('-') > 0) {
            f.add("hyphen");
        }
        if (t.isNoun() || t.pos().startsWith("JJ")) {
            f.add("nounVerb=", String.valueOf(lexicons.verbs().isVerb(lemma)));
            if (t.isNoun()) {
                f.add("nc=", lexicons.nouns().bucket(lemma));
                f.add("nom=", String.valueOf(!Nominalizations.verbOf(lemma, lexicons.verbs()).equals(lemma)));
            }
        }
        if (inTimex[i]) {
            f.add("timex");
        }
        for (int d = -2; d <= 2; d++) {
            if (d == 0) {
                continue;
            }
            int j = i + d;
            if (j < s.firstToken() || j >= s.endToken()) {
                f.add(WORD[d + 2], "<>");
                continue;
            }
            Token n = tokens.get(j);
            f.add(POS[d + 2], n.pos());
            if (Math.abs(d) == 1) {
                f.add(WORD[d + 2], n.lowerText());
                if (d < 0) {
                    f.add(POS_PAIR[d + 2], n.pos(), "|", t.pos());
                } else {
                    f.add(POS_PAIR[d + 2], t.pos(), "|", n.pos());
                }
            } else {
                f.add(LEMMA[d + 2], n.lowerLemma());
            }
        }
        f.add("head=", headOf(tokens, i, s));
    }

    /**
     * The nearest verb lemma before the word in its sentence, as a hint of the governing predicate; a participle
     * before a noun modifies it and governs nothing ("The ruling party won").
     */
    private static String headOf(List<Token> tokens, int i, Sentence s) {
        for (int j = i - 1; j >= s.firstToken() && j >= i - 8; j--) {
            Token n = tokens.get(j);
            boolean modifier = (n.pos().equals("VBG") || n.pos().equals("VBN")) && j + 1 < i
                    && tokens.get(j + 1).isNoun();
            if (n.isVerb() && !modifier && !n.lemma().equals("be") && !n.lemma().equals("have")
                    && !n.lemma().equals("do")) {
                return n.lowerLemma();
            }
        }
        return "-";
    }
}
