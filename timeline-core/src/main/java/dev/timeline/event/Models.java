package dev.timeline.event;

import dev.timeline.text.MaxentWeights;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/** Reads and writes the event models: OpenNLP maxent models in its binary format, gzipped. */
final class Models {
    /** The event recognizer's model, a resource of this package. */
    static final String EVENTS = "events.bin.gz";
    /** The time anchorer's model, a resource of this package. */
    static final String ANCHORS = "anchors.bin.gz";

    private Models() {
    }

    /** Loads the model resource {@code name} of this package. */
    static MaxentWeights load(String name) {
        try (InputStream raw = Models.class.getResourceAsStream(name)) {
            if (raw == null) {
                throw new IllegalStateException("the model resource dev/timeline/event/" + name + " is missing: "
                        + "re-train it with `timeline train-events`");
            }
            return read(raw);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model dev/timeline/event/" + name, e);
        }
    }

    /** Reads a gzipped model as {@link #bytes} writes it, straight into flat arrays. */
    static MaxentWeights read(InputStream gzipped) throws IOException {
        return MaxentWeights.read(new GZIPInputStream(gzipped, 1 << 16).readAllBytes());
    }

    /**
     * Returns {@code model} gzipped. The bytes depend only on the model: Java's gzip header carries no time.
     */
    static byte[] bytes(MaxentModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // persist() closes the stream, which finishes the gzip member
        new GenericModelWriter((AbstractModel) model, new DataOutputStream(new GZIPOutputStream(out))).persist();
        return out.toByteArray();
    }
}
