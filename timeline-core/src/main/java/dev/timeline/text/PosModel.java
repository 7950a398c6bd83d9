package dev.timeline.text;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.postag.ConfigurablePOSContextGenerator;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * OpenNLP's part-of-speech model zip ({@code POSTaggerME}: a GIS model and its feature generator XML) read without
 * {@code POSModel}: the weights go straight into {@link MaxentWeights}, which takes a fraction of the time. The
 * features come from OpenNLP's own generator, built from the XML. Immutable and thread-safe.
 */
final class PosModel {
    private final byte[] featureGenerator;
    private final MaxentWeights weights;

    private PosModel(byte[] featureGenerator, MaxentWeights weights) {
        this.featureGenerator = featureGenerator;
        this.weights = weights;
    }

    /** Reads an OpenNLP part-of-speech model zip; the stream is left open. */
    static PosModel read(InputStream modelZip) throws IOException {
        byte[] featureGenerator = null;
        MaxentWeights weights = null;
        ZipInputStream zip = new ZipInputStream(modelZip);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (e.getName().equals("generator.featuregen")) {
                featureGenerator = zip.readAllBytes();
            } else if (e.getName().equals("pos.model")) {
                weights = MaxentWeights.read(new DataInputStream(new ByteArrayInputStream(zip.readAllBytes())));
            }
        }
        if (featureGenerator == null || weights == null) {
            throw new IOException("not an OpenNLP part-of-speech model: generator.featuregen or pos.model missing");
        }
        return new PosModel(featureGenerator, weights);
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

    MaxentWeights weights() {
        return weights;
    }
}
