package dev.timeline.extract;

import dev.timeline.timeline.Event;
import dev.timeline.timeline.Timeline;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The main job: documents in, chronology out. For each document the creation date is the given one, else the one
 * from {@link ChronologyOptions#dct()}, else the inferred one ({@link DctInference}); its events are extracted
 * ({@link EventExtractor}) and the events of all documents merged, so that one happening reported by several articles
 * is one event with all its sources.
 */
public final class Chronologies {
    private Chronologies() {
    }

    /**
     * Builds the chronology of {@code documents}.
     *
     * @throws IllegalArgumentException if two documents share an id
     */
    public static Chronology build(List<Document> documents, ChronologyOptions options) {
        Objects.requireNonNull(options, "options");
        List<Document> docs = List.copyOf(documents);
        Set<String> ids = new HashSet<>();
        for (Document d : docs) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("two documents have the id \"" + d.id() + "\"");
            }
        }
        List<Document> dated = new ArrayList<>();
        for (Document d : docs) {
            dated.add(d.dct().isEmpty() && options.dct().isPresent() ? d.withDct(options.dct().get()) : d);
        }
        List<Optional<DctEstimate>> estimates = DctInference.using(options.tagger())
                .estimateAll(dated, options.lendDctEvidence());
        EventExtractor extractor = EventExtractor.using(options.tagger());
        Map<String, DctEstimate> dcts = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < dated.size(); i++) {
            Document d = dated.get(i);
            Optional<DctEstimate> estimate = estimates.get(i);
            estimate.ifPresent(e -> dcts.put(d.id(), e));
            Optional<LocalDate> dct = estimate.map(DctEstimate::date);
            events.addAll(extractor.extract(d, dct));
            options.progress().progress(i + 1, dated.size());
        }
        Timeline timeline = Timeline.copyOf(withIds(EventMerger.merge(events)));
        return Chronology.of(timeline, docs, dcts);
    }

    /** Builds the chronology of {@code documents} with the default options. */
    public static Chronology build(List<Document> documents) {
        return build(documents, ChronologyOptions.defaults());
    }

    /** Readable, stable ids: the time value and a slug of the title, {@code 2011-kim-jong-un-takes-power}. */
    private static List<Event> withIds(List<Event> events) {
        Set<String> used = new HashSet<>();
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            String slug = Normalizer.normalize(e.title(), Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
                    .replaceAll("[’']s\\b", "s").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            if (slug.length() > 48) {
                slug = slug.substring(0, 48).replaceAll("-[^-]*$", "");
            }
            String base = e.when().timexValue().replace('/', '_') + "-" + slug;
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            out.add(e.withId(id));
        }
        return out;
    }
}
