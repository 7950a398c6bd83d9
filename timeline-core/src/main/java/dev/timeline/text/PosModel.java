package dev.timeline.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.postag.ConfigurablePOSContextGenerator;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PosTaggerFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * OpenNLP's part-of-speech model zip ({@code POSTaggerME}: a GIS model and its feature generator XML) read without
 * {@code POSModel}: the weights go straight into {@link MaxentWeights}, which takes a fraction of the time. The
 * features come from OpenNLP's own generators, built in code as the model's XML configures them (parsing the XML
 * cost about 100 ms at start-up); a test holds the two to the same features. Immutable and thread-safe.
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
                weights = MaxentWeights.read(zip.readAllBytes());
            }
        }
        if (featureGenerator == null || weights == null) {
            throw new IOException("not an OpenNLP part-of-speech model: generator.featuregen or pos.model missing");
        }
        return new PosModel(featureGenerator, weights);
    }

    /**
     * A new context generator of the model's features, as {@code generator.featuregen} of opennlp-models-pos-en
     * 1.3.0 configures them (every generator with its default settings; the XML's cache changes no feature).
     */
    static POSContextGenerator newContextGenerator() {
        return new ConfigurablePOSContextGenerator(0, new AggregatedFeatureGenerator(
                new OutcomePriorFeatureGenerator(), new SuffixFeatureGenerator(4), new PrefixFeatureGenerator(4),
                new WindowFeatureGenerator(new TokenFeatureGenerator(true), 2, 2),
                new WindowFeatureGenerator(new SentenceFeatureGenerator(true, false), 2, 2),
                new TokenClassFeatureGenerator(true), new PosTaggerFeatureGenerator()));
    }

    /** The context generator the model's XML describes; not thread-safe (the XML asks for a cache). */
    POSContextGenerator newConfiguredContextGenerator() throws IOException {
        return new ConfigurablePOSContextGenerator(0,
                GeneratorFactory.create(new ByteArrayInputStream(featureGenerator), name -> null));
    }

    MaxentWeights weights() {
        return weights;
    }
}
