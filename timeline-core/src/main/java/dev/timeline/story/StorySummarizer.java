package dev.timeline.story;

import dev.timeline.dct.DctInference;
import dev.timeline.document.Document;
import dev.timeline.tag.Tagger;
import dev.timeline.text.LanguageLayer;
import dev.timeline.time.Precision;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * ({@link SentencePicker}). Only articles with a given or printed creation date take part: the date is what
 * "Thursday" hangs on.
 *
 * <p>Instances are immutable and thread-safe; one can serve many threads.
 */
public final class StorySummarizer {
    private static final StorySummarizer ENGLISH = new StorySummarizer(Tagger.english(), LanguageLayer.english());

    private final Tagger tagger;
    private final LanguageLayer language;
    private final DctInference dates;

    private StorySummarizer(Tagger tagger, LanguageLayer language) {
        this.tagger = tagger;
        this.language = language;
        this.dates = DctInference.using(tagger::tag);
    }

    /** Returns the summarizer for English news. */
    public static StorySummarizer english() {
        return ENGLISH;
    }

    /**
     * Returns the story timeline of {@code documents}: at most {@code options.dates()} days in date order, each with
     * at most {@code options.sentencesPerDate()} sentences; the same as {@code summarize(read(documents, options),
     * options)}.
     *
     * @throws NullPointerException if an argument is null
     */
    public StoryTimeline summarize(List<Document> documents, StoryOptions options) {
        return summarize(read(documents, options), options);
    }

    /**
     * Reads the articles of {@code documents} that take part in a story over the options' range, on the options'
     * threads. An article's creation date is the one given with it, else the one it prints (a dateline, an
     * "Updated" line: {@link DctInference}); articles with neither, or published outside the range, are not read: an
     * inferred date is too uncertain to place a story's days on.
     *
     * @throws NullPointerException if an argument is null
     */
    public StoryCoverage read(List<Document> documents, StoryOptions options) {
        Objects.requireNonNull(options, "options");
        List<Document> read = documents.stream().map(this::dated).flatMap(Optional::stream)
                .filter(d -> options.covers(d.dct().orElseThrow())).toList();
        return new StoryCoverage(analyze(read, options.threads()), documents.size() - read.size());
    }

    /**
     * Returns the story timeline of a coverage already read: at most {@code options.dates()} days of the options'
     * range, in date order, each with at most {@code options.sentencesPerDate()} sentences.
     *
     * @throws NullPointerException if an argument is null
     */
    public StoryTimeline summarize(StoryCoverage coverage, StoryOptions options) {
        Objects.requireNonNull(options, "options");
        List<DatedSentences> articles = coverage.articles();
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
        return StoryTimeline.of(days, articles.size(), coverage.articlesLeftOut(), ranked.size());
    }

    /** The document with its given or printed creation date, if it has one. */
    private Optional<Document> dated(Document document) {
        if (document.dct().isPresent()) {
            return Optional.of(document);
        }
        return dates.estimate(document).filter(e -> e.method().isStated() && e.precision() == Precision.DAY)
                .map(e -> document.withDct(e.date()));
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
