package dev.timeline.benchmarks.tag;

import dev.timeline.tag.Tagger;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Tagger throughput on real news: one operation tags every document of a {@link NewsCorpus} (at least 1 MB of UTF-8
 * text) with its own DCT. The primary score is corpora per second; the {@code megabytes} counter is reported directly
 * in MB/s (10^6 bytes of UTF-8 input per second).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class TaggerThroughputBenchmark {
    private NewsCorpus corpus;
    private Tagger tagger;
    private double megabytes;

    /** Bytes tagged, reported by JMH as a rate: MB/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        /** Megabytes (10^6 bytes) of UTF-8 input tagged. */
        public double megabytes;

        /** Clears the count before each iteration. */
        @Setup(Level.Iteration)
        public void clear() {
            megabytes = 0;
        }
    }

    /** Loads the corpus and builds the tagger. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        corpus = NewsCorpus.load();
        megabytes = corpus.utf8Bytes() / 1e6;
        tagger = Tagger.english();
        System.out.println("\ncorpus: " + corpus);
    }

    /** Tags the whole corpus once. */
    @Benchmark
    public void tagNewsCorpus(Bytes bytes, Blackhole bh) {
        for (NewsCorpus.Doc d : corpus.docs()) {
            bh.consume(tagger.tag(d.text(), d.anchor()));
        }
        bytes.megabytes += megabytes;
    }
}
