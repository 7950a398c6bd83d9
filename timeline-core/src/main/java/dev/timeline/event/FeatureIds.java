package dev.timeline.event;

import dev.timeline.text.MaxentWeights;
import java.util.Arrays;

/**
 * Collects the model's indexes of a sample's features, in order, without building their names. Each value (a word,
 * a lemma, a tag) keeps one row of indexes, one for each prefix it has been seen with, filled on first sight: the
 * word "talks" is looked up once for "w=", "w-1=" and "w1=", and the neighbouring words of one sentence find their
 * rows warm. Most values are a token's text or tag, whose hash the string already holds. A prefix followed by parts
 * ({@link #add(String, String, String)}) is a prefix of its own, found piece by piece without joining them; so is a
 * prefix followed by a word's last letters ({@link #addSuffix}), kept in the row of the whole word, so that the
 * suffixes of a word cost no new strings. Not thread-safe: one a thread.
 */
final class FeatureIds implements FeatureSink {
    /** Values remembered before the memory is cleared: bounds it (about 100 bytes a value) on endless vocabularies. */
    private static final int MAX_VALUES = 50_000;
    /**
     * What a row holds for a prefix looked up with its value: the feature's index (-1 for one the model does not know)
     * plus this, so that 0, which a new row holds, is a prefix not yet looked up and a row needs no filling.
     */
    private static final int SEEN = 2;

    private final MaxentWeights model;
    private final StringTable<Prefix> prefixes = new StringTable<>();
    private int prefixCount;
    private final StringTable<int[]> rows = new StringTable<>();
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

    /**
     * A prefix, or a prefix and parts: its joined name, its index in the rows, the longer ones it begins, and, where
     * it names a suffix of its value, the suffix's length (0 for the whole value) and the prefixes of other lengths.
     */
    private static final class Prefix {
        final String name;
        final int index;
        final int suffix;
        final StringTable<Prefix> longer = new StringTable<>();
        Prefix[] suffixes = new Prefix[0];

        Prefix(String name, int index, int suffix) {
            this.name = name;
            this.index = index;
            this.suffix = suffix;
        }

        /** The name of the feature this prefix makes of {@code value}. */
        String nameOf(String value) {
            return name + (suffix == 0 ? value : value.substring(value.length() - suffix));
        }
    }

    @Override
    public void add(String prefix, String value) {
        add(prefix(prefix), value);
    }

    @Override
    public void add(String prefix, String part, String value) {
        add(longer(prefix(prefix), part), value);
    }

    @Override
    public void add(String prefix, String part, String more, String value) {
        add(longer(longer(prefix(prefix), part), more), value);
    }

    @Override
    public void addSuffix(String prefix, String word, int length) {
        add(suffix(prefix(prefix), length), word);
    }

    private Prefix prefix(String name) {
        Prefix p = prefixes.get(name);
        if (p == null) {
            p = new Prefix(name, prefixCount++, 0);
            prefixes.put(name, p);
        }
        return p;
    }

    private Prefix longer(Prefix prefix, String part) {
        Prefix p = prefix.longer.get(part);
        if (p == null) {
            p = new Prefix(prefix.name + part, prefixCount++, 0);
            prefix.longer.put(part, p);
        }
        return p;
    }

    /** {@code prefix} naming the last {@code length} letters of its value. */
    private Prefix suffix(Prefix prefix, int length) {
        if (prefix.suffixes.length <= length) {
            prefix.suffixes = Arrays.copyOf(prefix.suffixes, length + 1);
        }
        Prefix p = prefix.suffixes[length];
        if (p == null) {
            p = new Prefix(prefix.name, prefixCount++, length);
            prefix.suffixes[length] = p;
        }
        return p;
    }

    private void add(Prefix prefix, String value) {
        int p = prefix.index;
        int[] row = rows.get(value);
        if (row == null || row.length <= p) {
            if (row == null && rows.size() >= MAX_VALUES) {
                rows.clear();
            }
            row = row == null ? new int[p + 1] : Arrays.copyOf(row, p + 1);
            rows.put(value, row);
        }
        if (row[p] == 0) {
            row[p] = model.feature(prefix.nameOf(value)) + SEEN;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = row[p] - SEEN;
    }

    /** OpenNLP's evaluation of the collected features: see {@link MaxentWeights#qnProbabilities}. */
    double[] qnProbabilities(double[] probs) {
        return model.qnProbabilities(ids, size, probs);
    }

    /**
     * Adds the weights of the collected features to {@code sums}, the first half of {@link #qnProbabilities}: see
     * {@link MaxentWeights#add(int[], int, double[])}.
     *
     * @return {@code sums}
     */
    double[] sums(double[] sums) {
        return model.add(ids, size, sums);
    }
}
