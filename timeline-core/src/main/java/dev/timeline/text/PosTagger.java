package dev.timeline.text;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;

/**
 * OpenNLP's part-of-speech model decoded greedily, left to right: each word takes the tag the model rates highest
 * given the tags already chosen. The beam search of {@code POSTaggerME} (three sequences) costs about three times as
 * much for the same tags on news but a few in a thousand (measured in docs/events.md). Not thread-safe: one a thread.
 */
final class PosTagger {
    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private double[] probs;

    PosTagger(POSModel pos) {
        this.model = pos.getArtifact("pos.model");
        this.contexts = pos.getFactory().getPOSContextGenerator(0);
        this.probs = new double[model.getNumOutcomes()];
    }

    /** The Universal Dependencies tags of {@code words}. */
    String[] tag(String[] words) {
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            probs = model.eval(contexts.getContext(i, words, tags, null), probs);
            int best = 0;
            for (int k = 1; k < probs.length; k++) {
                if (probs[k] > probs[best]) {
                    best = k;
                }
            }
            tags[i] = model.getOutcome(best);
        }
        return tags;
    }
}
