package dev.timeline.text;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.postag.POSContextGenerator;

/**
 * OpenNLP's part-of-speech model decoded greedily, left to right: each word takes the tag the model rates highest
 * given the tags already chosen. The beam search of {@code POSTaggerME} (three sequences) costs about three times as
 * much for the same tags on news but a few in a thousand (measured in docs/events.md). Not thread-safe: one a thread,
 * over a memory of words that the threads may share.
 *
 * <p>The tags are those of OpenNLP's own evaluation, word for word, found faster. The model's features of a word are
 * those of the word alone (its form, prefixes, suffixes, shape), the forms of two words either side, where the
 * sentence begins, and the two tags before; the first kind are asked of OpenNLP's feature generator once per distinct
 * word and kept as the sum of their weights, beside the weights of the features the word gives its neighbours; the
 * rest are looked up in small tables. Only the best tag is needed, so the scores are compared before the exponential,
 * which preserves their order; where the best two are within {@value #TIE} of each other, the rounding of a different
 * order of addition could matter, and the word is scored exactly as OpenNLP does.
 */
final class PosTagger {
    /** Scores closer than this are decided by OpenNLP's own arithmetic. */
    static final double TIE = 1e-9;
    /**
     * Distinct words remembered before the memory is cleared: bounds it (about 650 bytes a word) on endless
     * vocabularies; 1 MB of news has about 20,000, and 1,000 news articles about 22,000. The memory the layer's
     * taggers share holds as many.
     */
    private static final int MAX_WORDS = 30_000;
    private static final String[] NEIGHBOURS = {"p1", "p2", "n1", "n2"};

    private final MaxentWeights model;
    private final POSContextGenerator contexts;
    private final Map<String, Word> words;
    /** Features "S=begin", "p1S=begin", "p2S=begin": the word is the first, second or third of its sentence. */
    private final int[] atStart;
    /** Feature "t=" + the previous tag, by tag index. */
    private final int[] previousTag;
    /** Feature "t2=" + the tag before the previous + "," + the previous, by {@code before * outcomes + previous}. */
    private final int[] previousTags;
    private final double[] scores;
    private double[] probs;

    /**
     * What the model makes of one word: the sum of the weights of its own features by tag, and the weights of the
     * features it gives its neighbours ("p1w=the", ...), copied out of the model so that a word's weights lie together
     * (reading them where the model keeps them cost a cache miss a neighbour). The weights of the feature it gives
     * neighbour {@code d} (an index into {@link #NEIGHBOURS}) are at {@code [from[d], from[d + 1])} of {@code tags}
     * and {@code weights}.
     */
    record Word(double[] own, int[] from, int[] tags, double[] weights) {
        /** Adds the weights of the feature the word gives neighbour {@code d} to {@code scores}, indexed by tag. */
        void addAsNeighbour(int d, double[] scores) {
            for (int k = from[d]; k < from[d + 1]; k++) {
                scores[tags[k]] += weights[k];
            }
        }
    }

    /** A tagger with a memory of words of its own. */
    PosTagger(PosModel pos) {
        this(pos, new HashMap<>());
    }

    /**
     * A tagger that remembers words in {@code words}, which the taggers of other threads over the same model may share
     * if it is a concurrent map: a word's weights are the same whichever tagger works them out, and never change.
     */
    PosTagger(PosModel pos, Map<String, Word> words) {
        this.words = words;
        this.model = pos.weights();
        this.contexts = PosModel.newContextGenerator();
        this.atStart = new int[] {model.feature("S=begin"), model.feature("p1S=begin"), model.feature("p2S=begin")};
        int n = model.outcomes();
        this.previousTag = new int[n];
        this.previousTags = new int[n * n];
        for (int a = 0; a < n; a++) {
            previousTag[a] = model.feature("t=" + model.outcome(a));
            for (int b = 0; b < n; b++) {
                previousTags[a * n + b] = model.feature("t2=" + model.outcome(a) + "," + model.outcome(b));
            }
        }
        this.scores = new double[n];
        this.probs = new double[n];
    }

    /** The Universal Dependencies tags of {@code words}. */
    String[] tag(String[] words) {
        int n = model.outcomes();
        Word[] w = new Word[words.length];
        for (int i = 0; i < words.length; i++) {
            w[i] = word(words[i]);
        }
        String[] tags = new String[words.length];
        int[] tagIndex = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            System.arraycopy(w[i].own(), 0, scores, 0, n);
            for (int d = 1; d <= 2; d++) {
                if (i - d >= 0) {
                    w[i - d].addAsNeighbour(d - 1, scores);
                }
                if (i + d < words.length) {
                    w[i + d].addAsNeighbour(d + 1, scores);
                }
            }
            if (i < atStart.length) {
                model.add(atStart[i], scores);
            }
            if (i >= 1) {
                model.add(previousTag[tagIndex[i - 1]], scores);
                if (i >= 2) {
                    model.add(previousTags[tagIndex[i - 2] * n + tagIndex[i - 1]], scores);
                }
            }
            int best = best(i, words, tags);
            tagIndex[i] = best;
            tags[i] = model.outcome(best);
        }
        return tags;
    }

    /** The best tag of word {@code i} from {@link #scores}, or by OpenNLP's arithmetic where two are near a tie. */
    private int best(int i, String[] words, String[] tags) {
        int best = 0;
        double second = Double.NEGATIVE_INFINITY; // the highest score of the other tags
        for (int k = 1; k < scores.length; k++) {
            if (scores[k] > scores[best]) {
                second = scores[best];
                best = k;
            } else if (scores[k] > second) {
                second = scores[k];
            }
        }
        // the difference falls as the other score rises, so the runner-up alone can be within TIE of the best
        return scores[best] - second < TIE ? exactBest(i, words, tags) : best;
    }

    /** The best tag as {@code GISModel.eval} and an argmax over its probabilities give it. */
    int exactBest(int i, String[] words, String[] tags) {
        probs = model.gisProbabilities(contexts.getContext(i, words, tags, null), probs);
        int best = 0;
        for (int k = 1; k < probs.length; k++) {
            if (probs[k] > probs[best]) {
                best = k;
            }
        }
        return best;
    }

    private Word word(String form) {
        Word w = words.get(form);
        if (w == null) {
            if (words.size() >= MAX_WORDS) {
                words.clear();
            }
            w = features(form);
            words.put(form, w); // another thread may have put the same weights meanwhile
        }
        return w;
    }

    /**
     * The features OpenNLP's generator gives {@code form} as a sentence of its own, but for the one that says it
     * begins the sentence; its "w=" feature, prefixed with the distance, is what it gives its neighbours.
     */
    private Word features(String form) {
        String[] context = contexts.getContext(0, new String[] {form}, new String[1], null);
        double[] own = new double[model.outcomes()];
        int[] asNeighbour = {-1, -1, -1, -1};
        for (String c : context) {
            if (c.equals("S=begin")) {
                continue;
            }
            model.add(model.feature(c), own);
            if (c.startsWith("w=")) {
                for (int d = 0; d < NEIGHBOURS.length; d++) {
                    asNeighbour[d] = model.feature(NEIGHBOURS[d] + c);
                }
            }
        }
        int[] from = new int[NEIGHBOURS.length + 1];
        for (int d = 0; d < NEIGHBOURS.length; d++) {
            from[d + 1] = from[d] + model.size(asNeighbour[d]);
        }
        int[] tags = new int[from[NEIGHBOURS.length]];
        double[] weights = new double[tags.length];
        for (int d = 0; d < NEIGHBOURS.length; d++) {
            model.copy(asNeighbour[d], tags, weights, from[d]);
        }
        return new Word(own, from, tags, weights);
    }
}
