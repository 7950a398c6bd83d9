package dev.timeline.event;

import dev.timeline.text.MaxentWeights;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Collects the model's indexes of a sample's features, in order, without building their names: each prefix keeps a
 * table from value to index, filled on first sight. Most values are a word's text or tag, whose hash the string
 * already holds, so a feature costs one small table look-up instead of a concatenation and a look-up among all the
 * model's features. Not thread-safe: one a thread.
 */
final class FeatureIds implements FeatureSink {
    /** Values remembered for one prefix before its table is cleared: bounds the memory on endless vocabularies. */
    private static final int MAX_VALUES = 50_000;

    private final MaxentWeights model;
    private final Map<String, Map<String, Integer>> byPrefix = new HashMap<>();
    private int[] ids = new int[32];
    private int size;

    FeatureIds(MaxentWeights model) {
        this.model = model;
    }

    /** Forgets the features collected so far. */
    FeatureIds clear() {
        size = 0;
        return this;
    }

    @Override
    public void add(String prefix, String value) {
        Map<String, Integer> values = byPrefix.computeIfAbsent(prefix, p -> new HashMap<>());
        Integer id = values.get(value);
        if (id == null) {
            if (values.size() >= MAX_VALUES) {
                values.clear();
            }
            id = model.feature(prefix + value);
            values.put(value, id);
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
    }

    /** OpenNLP's evaluation of the collected features: see {@link MaxentWeights#qnProbabilities}. */
    double[] qnProbabilities(double[] probs) {
        return model.qnProbabilities(ids, size, probs);
    }
}
