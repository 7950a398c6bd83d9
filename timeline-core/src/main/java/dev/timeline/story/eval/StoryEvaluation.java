package dev.timeline.story.eval;

import dev.timeline.document.Document;
import dev.timeline.document.Documents;
import dev.timeline.story.DateRanking;
import dev.timeline.story.StoryCoverage;
import dev.timeline.story.StoryOptions;
import dev.timeline.story.StorySummarizer;
import dev.timeline.story.StoryTimeline;
import dev.timeline.story.Timeline17Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the timeline-summarization protocol of the field (Martschat and Markert 2018; Ghalandari and Ifrim 2020) on
 * stories in the Timeline17 layout: one run per gold timeline, over the articles published between its first and
 * last date, asking for as many dates as it has, each with as many sentences as it has on average for a date
 * (rounded, at least one); the system timeline is written in the same layout and scored by {@link TlsScorer}.
 *
 * <p>A story folder holds {@code InputDocs/<YYYY-MM-DD>/*.txt} and {@code timelines/*.txt}; a folder of such folders
 * is read as all of them, in name order.
 */
public final class StoryEvaluation {
    /**
     * The result of one gold timeline.
     *
     * @param story    the story folder
     * @param gold     the gold timeline file
     * @param written  the system timeline file
     * @param scores   the figures
     * @param baseline the figures of the tagger-only baseline (days ranked by the number of articles naming them)
     */
    public record Run(Path story, Path gold, Path written, TlsScores scores, TlsScores baseline) {
    }

    private StoryEvaluation() {
    }

    /**
     * Returns the story folders at {@code path}: itself if it holds {@code InputDocs}, else its sub-folders that do.
     */
    public static List<Path> stories(Path path) throws IOException {
        if (Files.isDirectory(path.resolve("InputDocs"))) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException(path + ": no such folder (expected a Timeline17-layout folder)");
        }
        List<Path> out;
        try (Stream<Path> entries = Files.list(path)) {
            out = entries.filter(p -> Files.isDirectory(p.resolve("InputDocs"))).sorted().toList();
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(path + ": no InputDocs folder in it or in its sub-folders"
                    + " (expected the Timeline17 layout: <story>/InputDocs/<YYYY-MM-DD>/*.txt,"
                    + " <story>/timelines/*.txt)");
        }
        return out;
    }

    /**
     * Runs every gold timeline of {@code story}, writing the system timelines under {@code outDir/<story name>/}.
     *
     * @throws IllegalArgumentException if the story has no gold timeline or a gold timeline has no date
     */
    public static List<Run> run(Path story, Path outDir, StorySummarizer summarizer) throws IOException {
        Path timelines = story.resolve("timelines");
        List<Path> golds = Files.isDirectory(timelines) ? list(timelines) : List.of();
        if (golds.isEmpty()) {
            throw new IllegalArgumentException(story + ": no gold timelines in " + timelines);
        }
        List<Document> documents = Documents.read(List.of(story.resolve("InputDocs")));
        Path target = Files.createDirectories(outDir.resolve(story.getFileName().toString()));
        List<Run> runs = new ArrayList<>();
        for (Path gold : golds) {
            Map<LocalDate, List<String>> goldTimeline = Timeline17Format.read(gold);
            if (goldTimeline.isEmpty()) {
                throw new IllegalArgumentException(gold + ": no date line in the gold timeline");
            }
            StoryOptions options = options(goldTimeline);
            Path written = target.resolve(gold.getFileName());
            StoryCoverage coverage = summarizer.read(documents, options);
            TlsScores scores = write(summarizer.summarize(coverage, options), written, goldTimeline);
            Path baselineFile = target.resolve("baseline-" + gold.getFileName());
            TlsScores baseline = write(summarizer.summarize(coverage, options.withRanking(DateRanking.ARTICLE_COUNT)),
                    baselineFile, goldTimeline);
            runs.add(new Run(story, gold, written, scores, baseline));
        }
        return runs;
    }

    /** The protocol's options for a gold timeline: its number of dates, its mean sentences a date, its range. */
    static StoryOptions options(Map<LocalDate, List<String>> gold) {
        int sentences = gold.values().stream().mapToInt(List::size).sum();
        int perDate = (int) Math.max(1, Math.round((double) sentences / gold.size()));
        LocalDate first = Collections.min(gold.keySet());
        LocalDate last = Collections.max(gold.keySet());
        return StoryOptions.of(gold.size(), perDate).withRange(first, last);
    }

    private static TlsScores write(StoryTimeline timeline, Path file, Map<LocalDate, List<String>> gold)
            throws IOException {
        Files.writeString(file, Timeline17Format.write(timeline), StandardCharsets.UTF_8);
        return TlsScorer.score(gold, Timeline17Format.read(file));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
