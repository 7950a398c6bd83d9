package dev.timeline.benchmarks.chronology;

import dev.timeline.chronology.Chronologies;
import dev.timeline.chronology.Chronology;
import dev.timeline.chronology.ChronologyOptions;
import dev.timeline.document.Document;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * News articles to a chronology: one operation is {@link Chronologies#build} over {@link NewsArticles} without
 * creation dates, so it infers every DCT, extracts the events and merges them. The score is seconds per build; the
 * budget is 5 s for 1,000 articles (about 3 MB) on 2 cores in 512 MB of heap, and 10,000 articles should take at most
 * 12 times as long (merging is not quadratic).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@State(Scope.Benchmark)
public class ChronologyBenchmark {
    /** How many articles one build reads. */
    @Param({"1000", "10000"})
    public int articles;

    private List<Document> documents;

    /** Builds the articles. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        documents = NewsArticles.load(articles);
        System.out.printf("%nbatch: %d articles, %.2f MB of UTF-8 text%n", documents.size(),
                NewsArticles.utf8Bytes(documents) / 1e6);
    }

    /** Builds the chronology of the whole batch. */
    @Benchmark
    public Chronology build() {
        return Chronologies.build(documents, ChronologyOptions.defaults());
    }
}
