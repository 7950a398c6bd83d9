package dev.timeline.chronology;

import dev.timeline.dct.DctEstimate;
import dev.timeline.document.Document;
import dev.timeline.timeline.Timeline;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The chronology of a batch of documents: the merged {@link Timeline} of their events, and per document what its
 * creation date was taken to be and why.
 *
 * <p>Instances are immutable and thread-safe; obtain them from {@link Chronologies#build}.
 */
public final class Chronology {
    private final Timeline timeline;
    private final List<Document> documents;
    private final Map<String, DctEstimate> dcts;

    private Chronology(Timeline timeline, List<Document> documents, Map<String, DctEstimate> dcts) {
        this.timeline = timeline;
        this.documents = documents;
        this.dcts = dcts;
    }

    /**
     * Returns a chronology of {@code timeline} read from {@code documents}, with the creation dates by document id.
     *
     * @throws IllegalArgumentException if a creation date is given for an id that is not among the documents
     */
    public static Chronology of(Timeline timeline, List<Document> documents, Map<String, DctEstimate> dcts) {
        Objects.requireNonNull(timeline, "timeline");
        List<Document> docs = List.copyOf(documents);
        java.util.Set<String> ids = new java.util.HashSet<>();
        docs.forEach(d -> ids.add(d.id()));
        for (String id : dcts.keySet()) {
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("creation date for unknown document \"" + id + "\"");
            }
        }
        return new Chronology(timeline, docs, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dcts)));
    }

    /** The merged events, in time order. */
    public Timeline timeline() {
        return timeline;
    }

    /** The documents, in the order given. */
    public List<Document> documents() {
        return documents;
    }

    /** The creation date used for the document {@code id}; empty when none was given and none could be inferred. */
    public Optional<DctEstimate> dct(String id) {
        return Optional.ofNullable(dcts.get(id));
    }

    /** The creation dates by document id, in document order; documents without one are absent. */
    public Map<String, DctEstimate> dcts() {
        return dcts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Chronology c && timeline.equals(c.timeline) && documents.equals(c.documents)
                && dcts.equals(c.dcts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeline, documents, dcts);
    }

    @Override
    public String toString() {
        return "Chronology of " + documents.size() + " document(s), " + timeline.size() + " event(s)";
    }
}
