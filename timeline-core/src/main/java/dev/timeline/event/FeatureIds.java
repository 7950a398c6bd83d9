package dev.timeline.event;

import dev.timeline.text.MaxentWeights;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Collects the model's indexes of a sample's features, in order, without building their names. Each value (a word,
 * a lemma, a tag) keeps one row of indexes, one for each prefix it has been seen with, filled on first sight: the
 * word "talks" is looked up once for "w=", "w-1=" and "w1=", and the neighbouring words of one sentence find their
 * rows warm. Most values are a token's text or tag, whose hash the string already holds. Not thread-safe: one a
 * thread.
 */
final class FeatureIds implements FeatureSink {
    /** Values remembered before the memory is cleared: bounds it (about 100 bytes a value) on endless vocabularies. */
    private static final int MAX_VALUES = 50_000;
    /** A row's entry for a prefix not yet looked up with its value. */
    private static final int UNSEEN = -2;

    private final MaxentWeights model;
    private final Map<String, Integer> prefixes = new HashMap<>();
    private final Map<String, int[]> rows = new HashMap<>();
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
        Integer p = prefixes.get(prefix);
        if (p == null) {
            p = prefixes.size();
            prefixes.put(prefix, p);
        }
        int[] row = rows.get(value);
        if (row == null || row.length <= p) {
            if (row == null && rows.size() >= MAX_VALUES) {
                rows.clear();
            }
            int from = row == null ? 0 : row.length;
            row = row == null ? new int[p + 1] : Arrays.copyOf(row, p + 1);
            Arrays.fill(row, from, row.length, UNSEEN);
            rows.put(value, row);
        }
        if (row[p] == UNSEEN) {
            row[p] = model.feature(prefix + value);
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = row[p];
    }

    /** OpenNLP's evaluation of the collected features: see {@link MaxentWeights#qnProbabilities}. */
    double[] qnProbabilities(double[] probs) {
        return model.qnProbabilities(ids, size, probs);
    }
}
