package dev.timeline.chronology;

import dev.timeline.dct.DctEstimate;
import dev.timeline.dct.DctInference;
import dev.timeline.dct.DctPrintedDates;
import dev.timeline.document.Document;
import dev.timeline.happening.EventExtractor;
import dev.timeline.merge.EventMerger;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Timeline;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The main job: documents in, chronology out. For each document the creation date is the given one, else the one
 * from {@link ChronologyOptions#dct()}, else the inferred one ({@link DctInference}); its events are extracted
 * ({@link EventExtractor}), those whose titles name nothing left out ({@link AnaphoricTitles}), and the events of all
 * documents merged, so that one happening reported by several articles is one event with all its sources.
 *
 * <p>Documents are read in parallel on {@link ChronologyOptions#threads()} threads of a pool of the call's own, and
 * merged after; the result is the same as reading them one by one. Each document's analysis (tokens, timexes, events)
 * is dropped when the document is done: beyond the documents themselves, what the call holds grows with the events
 * found, not with the text read.
 */
public final class Chronologies {
    /** The slug of a readable id: a possessive's apostrophe goes, other runs of non-alphanumerics become a dash. */
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s\\b");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DASH_AT_AN_END = Pattern.compile("(^-|-$)");
    private static final Pattern LAST_PART = Pattern.compile("-[^-]*$");

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
            // an assumed date is for documents that state none: a printed date with its year wins over it
            boolean states = d.dct().isPresent() || options.dct().isEmpty()
                    || DctPrintedDates.printsDateWithYear(d.text());
            dated.add(states ? d : d.withDct(options.dct().get()));
        }
        // the parallel streams below run on the pool of the task that starts them: this one, not the common pool
        ForkJoinPool pool = new ForkJoinPool(options.threads());
        try {
            return pool.submit(() -> buildOn(docs, dated, options)).join();
        } catch (RuntimeException e) {
            // join rethrows a worker's exception as a copy of it with the original as the cause: the original it is
            throw e.getCause() instanceof RuntimeException cause && cause.getClass() == e.getClass() ? cause : e;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Chronology buildOn(List<Document> docs, List<Document> dated, ChronologyOptions options) {
        List<Optional<DctEstimate>> estimates = DctInference.using(options.tagger())
                .estimateAll(dated, options.lendDctEvidence());
        EventExtractor extractor = EventExtractor.using(options.tagger());
        AtomicInteger done = new AtomicInteger();
        Object progressLock = new Object();
        // each thread takes the next document as it finishes one: a parallel stream would split the documents into
        // a few fixed runs, and a thread whose runs end first would wait for the other's last run
        AtomicInteger next = new AtomicInteger();
        AtomicReferenceArray<List<Event>> extracted = new AtomicReferenceArray<>(dated.size());
        IntStream.range(0, options.threads()).parallel().forEach(thread -> {
            for (int i = next.getAndIncrement(); i < dated.size(); i = next.getAndIncrement()) {
                extracted.set(i, AnaphoricTitles.without(
                        extractor.extract(dated.get(i), estimates.get(i).map(DctEstimate::date))));
                synchronized (progressLock) {
                    options.progress().progress(done.incrementAndGet(), dated.size());
                }
            }
        });
        Map<String, DctEstimate> dcts = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < dated.size(); i++) {
            String id = dated.get(i).id();
            estimates.get(i).ifPresent(e -> dcts.put(id, e));
            events.addAll(extracted.get(i));
        }
        Timeline timeline = Timeline.copyOf(withReadableIds(EventMerger.merge(events)));
        return Chronology.of(timeline, docs, dcts);
    }

    /** Builds the chronology of {@code documents} with the default options. */
    public static Chronology build(List<Document> documents) {
        return build(documents, ChronologyOptions.defaults());
    }

    /**
     * Returns {@code events}, in the order given, with readable, stable ids: the time value and a slug of the title,
     * {@code 2011-kim-jong-un-takes-power}, numbered {@code -2}, {@code -3} … on repeats. Repeats are numbered in a
     * fixed order of the events' content, so the same events get the same ids whatever order they come in. These are
     * the ids {@link #build} gives the merged events.
     */
    public static List<Event> withReadableIds(List<Event> events) {
        List<Event> byContent = new ArrayList<>(events);
        byContent.sort(EventMerger.order());
        Map<Event, String> ids = new IdentityHashMap<>();
        Set<String> used = new HashSet<>();
        Map<String, Integer> next = new HashMap<>();
        for (Event e : byContent) {
            String slug = Normalizer.normalize(e.title(), Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
            slug = POSSESSIVE.matcher(slug).replaceAll("s");
            slug = NOT_ALPHANUMERIC.matcher(slug).replaceAll("-");
            slug = DASH_AT_AN_END.matcher(slug).replaceAll("");
            if (slug.length() > 48) {
                slug = LAST_PART.matcher(slug.substring(0, 48)).replaceAll("");
            }
            String base = e.when().timexValue().replace('/', '_') + "-" + slug;
            String id = base;
            // numbering goes on from the last number this base took: repeats cost the same however many there are
            int n = next.getOrDefault(base, 2);
            while (!used.add(id)) {
                id = base + "-" + n++;
            }
            next.put(base, n);
            ids.put(e, id);
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(e.withId(ids.get(e)));
        }
        return out;
    }
}
