package dev.timeline.text;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.postag.ConfigurablePOSContextGenerator;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * OpenNLP's part-of-speech model (a GIS maximum-entropy model in OpenNLP's binary format, inside the model zip) read
 * straight into flat arrays: feature name to index, and for each feature its outcomes and weights in the file's
 * order. Reading it so takes a fraction of the time {@code POSModel} takes, and scoring a word needs no
 * {@code Context} objects. {@link #probabilities} gives the same numbers as OpenNLP's {@code GISModel.eval}, bit for
 * bit (the same additions in the same order). Immutable and thread-safe once built.
 */
final class PosModel {
    private final byte[] featureGenerator;
    private final String[] outcomes;
    private final Map<String, Integer> features;
    /** Feature {@code f}'s outcomes and weights are at {@code [start[f], start[f + 1])}. */
    private final int[] start;
    private final int[] outcomeOf;
    private final double[] weights;
    /** OpenNLP's uniform prior: every outcome's log-probability before the features, log(1 / outcomes). */
    private final double prior;

    private PosModel(byte[] featureGenerator, String[] outcomes, Map<String, Integer> features, int[] start,
            int[] outcomeOf, double[] weights) {
        this.featureGenerator = featureGenerator;
        this.outcomes = outcomes;
        this.features = features;
        this.start = start;
        this.outcomeOf = outcomeOf;
        this.weights = weights;
        this.prior = StrictMath.log(1.0 / outcomes.length);
    }

    /** Reads an OpenNLP part-of-speech model zip ({@code POSTaggerME}, GIS model, feature generator XML). */
    static PosModel read(InputStream modelZip) throws IOException {
        byte[] featureGenerator = null;
        byte[] gis = null;
        ZipInputStream zip = new ZipInputStream(modelZip);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (e.getName().equals("generator.featuregen")) {
                featureGenerator = zip.readAllBytes();
            } else if (e.getName().equals("pos.model")) {
                gis = zip.readAllBytes();
            }
        }
        if (featureGenerator == null || gis == null) {
            throw new IOException("not an OpenNLP part-of-speech model: generator.featuregen or pos.model missing");
        }
        return readGis(featureGenerator, gis);
    }

    /**
     * Parses OpenNLP's binary GIS format: the type, the correction constant and parameter (unused in evaluation), the
     * outcome labels, the outcome patterns (how many features share a list of outcomes, then the list), the feature
     * labels, and each feature's weights, pattern by pattern.
     */
    private static PosModel readGis(byte[] featureGenerator, byte[] gis) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(gis));
        String type = in.readUTF();
        if (!type.equals("GIS")) {
            throw new IOException("the part-of-speech model is a " + type + " model, not GIS");
        }
        in.readInt();
        in.readDouble();
        String[] outcomes = new String[in.readInt()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = in.readUTF();
        }
        int[][] patterns = new int[in.readInt()][];
        for (int i = 0; i < patterns.length; i++) {
            String[] parts = in.readUTF().split(" ");
            patterns[i] = new int[parts.length];
            for (int k = 0; k < parts.length; k++) {
                patterns[i][k] = Integer.parseInt(parts[k]);
            }
        }
        int count = in.readInt();
        Map<String, Integer> features = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            features.put(readUtf(in), i);
        }
        int[] start = new int[count + 1];
        int f = 0;
        int total = 0;
        for (int[] p : patterns) {
            for (int j = 0; j < p[0]; j++, f++) {
                start[f] = total;
                total += p.length - 1;
            }
        }
        start[count] = total;
        int[] outcomeOf = new int[total];
        f = 0;
        for (int[] p : patterns) {
            for (int j = 0; j < p[0]; j++, f++) {
                System.arraycopy(p, 1, outcomeOf, start[f], p.length - 1);
            }
        }
        byte[] rest = in.readAllBytes();
        if (f != count || rest.length != total * Double.BYTES) {
            throw new IOException("malformed GIS model: " + count + " features, " + f + " in patterns, "
                    + rest.length + " bytes of weights for " + total);
        }
        double[] weights = new double[total];
        ByteBuffer.wrap(rest).asDoubleBuffer().get(weights); // big-endian, as DataInputStream writes doubles
        return new PosModel(featureGenerator, outcomes, features, start, outcomeOf, weights);
    }

    /** {@code DataInputStream.readUTF}, with a fast path for ASCII, which every feature of the English model is. */
    private static String readUtf(DataInputStream in) throws IOException {
        int length = in.readUnsignedShort();
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        for (byte b : bytes) {
            if (b <= 0) { // non-ASCII, or the modified UTF-8 of U+0000
                return new DataInputStream(new ByteArrayInputStream(prefixed(bytes))).readUTF();
            }
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static byte[] prefixed(byte[] bytes) {
        byte[] out = new byte[bytes.length + 2];
        out[0] = (byte) (bytes.length >>> 8);
        out[1] = (byte) bytes.length;
        System.arraycopy(bytes, 0, out, 2, bytes.length);
        return out;
    }

    /** A new context generator of the model's features; not thread-safe (the XML asks for a cache). */
    POSContextGenerator newContextGenerator() {
        try {
            return new ConfigurablePOSContextGenerator(0,
                    GeneratorFactory.create(new ByteArrayInputStream(featureGenerator), name -> null));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the part-of-speech feature generator", e);
        }
    }

    int outcomes() {
        return outcomes.length;
    }

    String outcome(int i) {
        return outcomes[i];
    }

    /** The index of the outcome named {@code name}, or -1. */
    int outcomeIndex(String name) {
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of {@code feature}, or -1 if the model does not know it. */
    int feature(String feature) {
        Integer i = features.get(feature);
        return i == null ? -1 : i;
    }

    /** Adds the weights of feature {@code f} (an index, or -1 for none) to {@code scores}. */
    void add(int f, double[] scores) {
        if (f < 0) {
            return;
        }
        for (int k = start[f]; k < start[f + 1]; k++) {
            scores[outcomeOf[k]] += weights[k];
        }
    }

    /**
     * The probability of each outcome given {@code context}, into {@code probs}: OpenNLP's {@code GISModel.eval}
     * (uniform prior, the weights added feature by feature, {@code StrictMath.exp}, normalized), to the bit.
     */
    double[] probabilities(String[] context, double[] probs) {
        java.util.Arrays.fill(probs, prior);
        for (String c : context) {
            add(feature(c), probs);
        }
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
