package dev.timeline.benchmarks.story;

import dev.timeline.benchmarks.SharedData;
import dev.timeline.document.Document;
import dev.timeline.document.Documents;
import dev.timeline.story.StoryOptions;
import dev.timeline.story.StorySummarizer;
import dev.timeline.story.StoryTimeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A story's coverage to its timeline: one operation is {@link StorySummarizer#summarize} of the Timeline17
 * development articles (dated by their folders) into 40 days of 2 sentences, on all cores. The budget is 5 s for 300
 * articles and 30 s for 3,000 on 2 cores in 1 GB of heap. Beyond the 2,316 articles there are, the articles are used
 * again under new ids.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Benchmark)
public class StoryBenchmark {
    /** How many articles one summary reads. */
    @Param({"300", "3000"})
    public int articles;

    private List<Document> documents;

    /** Reads the articles. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path t17 = SharedData.dataDir().map(d -> d.resolve("timeline17")).filter(Files::isDirectory)
                .orElseThrow(() -> new IllegalStateException("no shared/data/timeline17; pass -Dtimeline.data=DIR"));
        List<Path> folders;
        try (Stream<Path> stories = Files.list(t17)) {
            folders = stories.map(s -> s.resolve("InputDocs")).filter(Files::isDirectory).sorted().toList();
        }
        List<Document> all = Documents.read(folders);
        documents = new ArrayList<>(articles);
        for (int i = 0; documents.size() < articles; i++) {
            Document d = all.get(i % all.size());
            documents.add(i < all.size() ? d : Document.of(d.id() + "#" + i, d.text()).withDct(d.dct().orElseThrow()));
        }
        System.out.printf("%nstory: %d articles, %.2f MB%n", documents.size(),
                documents.stream().mapToLong(d -> d.text().length()).sum() / 1e6);
    }

    /** Summarizes the articles. */
    @Benchmark
    public StoryTimeline summarize() {
        return StorySummarizer.english().summarize(documents, StoryOptions.of(40, 2));
    }
}
