package dev.timeline.story;

import dev.timeline.document.Document;
import dev.timeline.tag.Tagger;
import dev.timeline.text.LanguageLayer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Summarizes a story's coverage as a timeline: the days that matter most, each with the sentences that best say what
 * happened (timeline summarization, as Timeline17 and Crisis measure it).
 *
 * <p>Each article is tagged for the days it names; the days are ranked by how the coverage refers to them
 * ({@link DateSalience}), the most salient are kept, and each gets its sentences from the articles of that day
 * ({@link SentencePicker}). Only articles with a creation date take part: the date is what "Thursday" hangs on.
 *
 * <p>Instances are immutable and thread-safe; one can serve many threads.
 */
public final class StorySummarizer {
    private static final StorySummarizer ENGLISH = new StorySummarizer(Tagger.english(), LanguageLayer.english());

    private final Tagger tagger;
    private final LanguageLayer language;

    private StorySummarizer(Tagger tagger, LanguageLayer language) {
        this.tagger = tagger;
        this.language = language;
    }

    /** Returns the summarizer for English news. */
    public static StorySummarizer english() {
        return ENGLISH;
    }

    /**
     * Returns the story timeline of {@code documents}: at most {@code options.dates()} days in date order, each with
     * at most {@code options.sentencesPerDate()} sentences. Articles without a creation date, or published outside
     * the options' range, are not read.
     *
     * @throws NullPointerException if an argument is null
     */
    public StoryTimeline summarize(List<Document> documents, StoryOptions options) {
        Objects.requireNonNull(options, "options");
        List<Document> read = documents.stream().filter(d -> d.dct().isPresent() && options.covers(d.dct().get()))
                .toList();
        List<DatedSentences> articles = analyze(read, options.threads());
        SentencePicker picker = SentencePicker.over(articles);
        List<DateSalience.Scored> ranked = DateSalience.rank(articles, options);
        List<StoryDay> days = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (DateSalience.Scored day : ranked.subList(0, Math.min(options.dates(), ranked.size()))) {
            List<StorySentence> sentences = picker.pick(day.date(), articles, options.sentencesPerDate(), used);
            sentences.forEach(s -> used.add(s.text()));
            days.add(new StoryDay(day.date(), day.salience(), day.documents(), sentences));
        }
        days.sort(Comparator.comparing(StoryDay::date));
        return StoryTimeline.of(days, read.size(), documents.size() - read.size(), ranked.size());
    }

    private List<DatedSentences> analyze(List<Document> documents, int threads) {
        if (threads == 1 || documents.size() < 2) {
            return documents.stream().map(d -> DatedSentences.read(d, tagger, language)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, documents.size()), r -> {
            Thread t = new Thread(r, "story-summarizer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<DatedSentences>> futures = new ArrayList<>();
            for (Document d : documents) {
                futures.add(pool.submit(() -> DatedSentences.read(d, tagger, language)));
            }
            List<DatedSentences> out = new ArrayList<>(futures.size());
            for (Future<DatedSentences> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the story's articles", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
