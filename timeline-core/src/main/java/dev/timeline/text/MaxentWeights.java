package dev.timeline.text;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The weights of an OpenNLP maximum-entropy model (GIS or L-BFGS) in flat arrays: each feature name has an index,
 * each feature its outcomes and weights in the model's order. Scoring a word so costs a table look-up a feature and
 * no {@code Context} objects, and reading a model file ({@link #read}) a fraction of what OpenNLP's reader takes.
 * {@link #add(String[], double[])} makes the same additions in the same order as OpenNLP's evaluation, so the
 * probabilities computed from its sums are OpenNLP's to the bit.
 *
 * <p>For the library's own models (part of speech, events, anchors); not meant for callers. Immutable and
 * thread-safe.
 */
public final class MaxentWeights {
    private final String[] outcomes;
    /** Open addressing: slot to feature name, its hash and index; the table's length is a power of two. */
    private final String[] keys;
    private final int[] hashes;
    private final int[] values;
    /** Feature {@code f}'s outcomes and weights are at {@code [start[f], start[f + 1])}. */
    private final int[] start;
    private final int[] outcomeOf;
    private final double[] weights;
    /**
     * Whether every feature has a weight for every outcome, in outcome order, as the L-BFGS models have them: then
     * feature {@code f}'s weights are at {@code [f * outcomes, (f + 1) * outcomes)}.
     */
    private final boolean dense;

    /** {@code outcomeOf} may be null where {@code dense}. */
    private MaxentWeights(String[] outcomes, String[] features, int[] start, int[] outcomeOf, double[] weights,
            boolean dense) {
        this.outcomes = outcomes;
        this.start = start;
        this.outcomeOf = outcomeOf;
        this.weights = weights;
        this.dense = dense;
        int size = Integer.highestOneBit(Math.max(4, features.length * 2 + 1)) << 1;
        this.keys = new String[size];
        this.hashes = new int[size];
        this.values = new int[size];
        for (int f = 0; f < features.length; f++) {
            int slot = slot(features[f], features[f].hashCode());
            keys[slot] = features[f]; // a repeated name keeps its last index, as OpenNLP's map does
            hashes[slot] = features[f].hashCode();
            values[slot] = f;
        }
    }

    /** Whether {@code outcomes} lists every one of {@code n} outcomes in order. */
    private static boolean all(int[] outcomes, int from, int n) {
        if (outcomes.length - from != n) {
            return false;
        }
        for (int o = 0; o < n; o++) {
            if (outcomes[from + o] != o) {
                return false;
            }
        }
        return true;
    }

    /** The weights of an OpenNLP model object, such as one just trained. */
    public static MaxentWeights of(MaxentModel model) {
        Object[] data = ((AbstractModel) Objects.requireNonNull(model, "model")).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> byName = (Map<String, Context>) data[1];
        String[] features = new String[byName.size()];
        int[] start = new int[features.length + 1];
        int total = 0;
        int f = 0;
        for (Map.Entry<String, Context> e : byName.entrySet()) {
            features[f] = e.getKey();
            total += e.getValue().getOutcomes().length;
            start[++f] = total;
        }
        int[] outcomeOf = new int[total];
        double[] weights = new double[total];
        String[] outcomes = ((String[]) data[2]).clone();
        boolean dense = true;
        f = 0;
        for (Context c : byName.values()) {
            dense &= all(c.getOutcomes(), 0, outcomes.length);
            System.arraycopy(c.getOutcomes(), 0, outcomeOf, start[f], c.getOutcomes().length);
            System.arraycopy(c.getParameters(), 0, weights, start[f], c.getParameters().length);
            f++;
        }
        return new MaxentWeights(outcomes, features, start, outcomeOf, weights, dense);
    }

    /**
     * Reads a model in OpenNLP's binary format ({@code GenericModelWriter}, uncompressed): the type ("GIS", with a
     * correction constant and parameter that evaluation ignores, or "QN"), the outcome labels, the outcome patterns
     * (how many features share a list of outcomes, then the list), the feature labels, and the weights, pattern by
     * pattern.
     *
     * @throws IOException if the bytes hold another kind of model or end too soon
     */
    public static MaxentWeights read(byte[] model) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(model); // big-endian, as DataOutputStream writes
        try {
            String type = utf(in);
            if (type.equals("GIS")) {
                in.getInt();
                in.getDouble();
            } else if (!type.equals("QN")) {
                throw new IOException("a " + type + " model, not a maximum-entropy model (GIS or QN)");
            }
            String[] outcomes = new String[in.getInt()];
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = utf(in);
            }
            int[][] patterns = new int[in.getInt()][];
            for (int i = 0; i < patterns.length; i++) {
                patterns[i] = numbers(utf(in));
            }
            int count = in.getInt();
            String[] features = new String[count];
            for (int i = 0; i < count; i++) {
                features[i] = utf(in);
            }
            int[] start = new int[count + 1];
            int f = 0;
            for (int[] p : patterns) {
                for (int j = 0; j < p[0]; j++, f++) {
                    start[f + 1] = start[f] + p.length - 1;
                }
            }
            if (f != count) {
                throw new IOException("malformed model: " + count + " features, " + f + " in patterns");
            }
            boolean dense = true;
            for (int[] p : patterns) {
                dense &= all(p, 1, outcomes.length);
            }
            int[] outcomeOf = null;
            if (!dense) {
                outcomeOf = new int[start[count]];
                f = 0;
                for (int[] p : patterns) {
                    for (int j = 0; j < p[0]; j++, f++) {
                        System.arraycopy(p, 1, outcomeOf, start[f], p.length - 1);
                    }
                }
            }
            double[] weights = new double[start[count]];
            in.asDoubleBuffer().get(weights);
            return new MaxentWeights(outcomes, features, start, outcomeOf, weights, dense);
        } catch (BufferUnderflowException e) {
            throw new IOException("the model ends too soon", e);
        }
    }

    /** {@code DataInputStream.readUTF}: modified UTF-8, which is UTF-8 but for U+0000 and supplementary characters. */
    private static String utf(ByteBuffer in) throws IOException {
        int length = Short.toUnsignedInt(in.getShort());
        int at = in.position();
        in.position(at + length);
        String s = new String(in.array(), at, length, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0) {
            return s;
        }
        byte[] bytes = new byte[length + 2];
        System.arraycopy(in.array(), at - 2, bytes, 0, length + 2);
        return new DataInputStream(new ByteArrayInputStream(bytes)).readUTF();
    }

    /** The non-negative numbers of an outcome pattern, "count outcome outcome ...". */
    private static int[] numbers(String pattern) throws IOException {
        int n = 1;
        for (int i = 0; i < pattern.length(); i++) {
            n += pattern.charAt(i) == ' ' ? 1 : 0;
        }
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == ' ') {
                k++;
            } else if (c >= '0' && c <= '9') {
                out[k] = out[k] * 10 + (c - '0');
            } else {
                throw new IOException("malformed outcome pattern: " + pattern);
            }
        }
        return out;
    }

    private int slot(String feature, int hash) {
        int mask = keys.length - 1;
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (keys[slot] != null && (hashes[slot] != hash || !keys[slot].equals(feature))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** How many outcomes the model tells apart. */
    public int outcomes() {
        return outcomes.length;
    }

    /** The name of outcome {@code i}. */
    public String outcome(int i) {
        return outcomes[i];
    }

    /** The index of the outcome named {@code name}, or -1. */
    public int outcomeIndex(String name) {
        return Arrays.asList(outcomes).indexOf(name);
    }

    /** The index of {@code feature}, or -1 if the model does not know it. */
    public int feature(String feature) {
        int slot = slot(feature, feature.hashCode());
        return keys[slot] == null ? -1 : values[slot];
    }

    /** Adds the weights of feature {@code f} (an index, or -1 for none) to {@code scores}, indexed by outcome. */
    public void add(int f, double[] scores) {
        if (f < 0) {
            return;
        }
        if (dense) {
            int n = outcomes.length;
            int at = f * n;
            for (int o = 0; o < n; o++) {
                scores[o] += weights[at + o];
            }
            return;
        }
        for (int k = start[f]; k < start[f + 1]; k++) {
            scores[outcomeOf[k]] += weights[k];
        }
    }

    /** How many weights feature {@code f} (an index, or -1 for none) has: one for each outcome it adds to. */
    int size(int f) {
        if (f < 0) {
            return 0;
        }
        return dense ? outcomes.length : start[f + 1] - start[f];
    }

    /**
     * Copies the outcomes and weights of feature {@code f} (an index, or -1 for none) to {@code outcomeOf} and {@code
     * weightOf} from {@code at}, in the order {@link #add(int, double[])} adds them: {@link #size} entries.
     */
    void copy(int f, int[] outcomeOf, double[] weightOf, int at) {
        int n = size(f);
        for (int k = 0; k < n; k++) {
            outcomeOf[at + k] = dense ? k : this.outcomeOf[start[f] + k];
            weightOf[at + k] = weights[(dense ? f * outcomes.length : start[f]) + k];
        }
    }

    /** Adds the weights of the features named in {@code context}, in its order, to {@code scores}. */
    public void add(String[] context, double[] scores) {
        for (String c : context) {
            add(feature(c), scores);
        }
    }

    /**
     * OpenNLP's {@code QNModel.eval(context, probs)}, to the bit: adds the weights of {@code context} to what
     * {@code probs} holds (OpenNLP does not clear it first), then turns the sums into probabilities.
     *
     * @return {@code probs}
     */
    public double[] qnProbabilities(String[] context, double[] probs) {
        add(context, probs);
        return qnNormalized(probs);
    }

    /**
     * The same for the features {@code features[0, count)}, given by index (-1 for one the model does not know).
     *
     * @return {@code probs}
     */
    public double[] qnProbabilities(int[] features, int count, double[] probs) {
        return qnNormalized(add(features, count, probs));
    }

    /**
     * Adds the weights of the features {@code features[0, count)}, given by index (-1 for one the model does not
     * know), to {@code sums}: the first half of {@link #qnProbabilities(int[], int, double[])}, for a caller that
     * needs the probability of one outcome ({@link #qnProbability}) before, or instead of, all of them ({@link
     * #qnNormalized}).
     *
     * @return {@code sums}
     */
    public double[] add(int[] features, int count, double[] sums) {
        for (int i = 0; i < count; i++) {
            add(features[i], sums);
        }
        return sums;
    }

    /**
     * The probability of outcome {@code o} that {@link #qnNormalized} makes of {@code sums}, to the bit, with one
     * exponential instead of one an outcome; {@code sums} is left as it is.
     */
    public double qnProbability(double[] sums, int o) {
        return StrictMath.exp(sums[o] - ArrayMath.logSumOfExps(sums));
    }

    /**
     * The second half of {@code QNModel.eval}: turns the sums of the weights of a sample's features into the
     * probabilities of the outcomes, in place.
     *
     * @return {@code probs}, which held the sums
     */
    public double[] qnNormalized(double[] probs) {
        double logSum = ArrayMath.logSumOfExps(probs);
        for (int o = 0; o < outcomes.length; o++) {
            probs[o] = StrictMath.exp(probs[o] - logSum);
        }
        return probs;
    }

    /**
     * OpenNLP's {@code GISModel.eval(context, probs)} with its uniform prior, to the bit: log(1 / outcomes) for
     * every outcome plus the weights of {@code context}, exponentiated and normalized.
     *
     * @return {@code probs}
     */
    public double[] gisProbabilities(String[] context, double[] probs) {
        Arrays.fill(probs, StrictMath.log(1.0 / outcomes.length));
        add(context, probs);
        double normal = 0.0;
        for (int o = 0; o < outcomes.length; o++) {
            probs[o] = StrictMath.exp(probs[o]);
            normal += probs[o];
        }
        for (int o = 0; o < outcomes.length; o++) {
            probs[o] /= normal;
        }
        return probs;
    }
}
