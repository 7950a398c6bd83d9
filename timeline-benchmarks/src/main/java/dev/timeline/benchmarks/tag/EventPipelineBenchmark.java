package dev.timeline.benchmarks.tag;

import dev.timeline.event.EventAnalysis;
import dev.timeline.tag.Tagger;
import dev.timeline.text.LanguageLayer;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
 * The whole pipeline on real news, one thread: the language layer alone ({@code languageLayer}), and time
 * expressions, language layer, events and anchors of every sentence ({@code wholePipeline}). One operation reads
 * every document of a {@link NewsCorpus}; the {@code megabytes} counter is reported in MB/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class EventPipelineBenchmark {
    private NewsCorpus corpus;
    private Tagger tagger;
    private double megabytes;

    /** Loads the corpus, the tagger and the models. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        corpus = NewsCorpus.load();
        megabytes = corpus.utf8Bytes() / 1e6;
        tagger = Tagger.english();
        System.out.println("\ncorpus: " + corpus);
    }

    /** Tokens, sentences, parts of speech and lemmas of the whole corpus. */
    @Benchmark
    public void languageLayer(TaggerThroughputBenchmark.Bytes bytes, Blackhole bh) {
        for (NewsCorpus.Doc d : corpus.docs()) {
            bh.consume(LanguageLayer.english().analyze(d.text()));
        }
        bytes.megabytes += megabytes;
    }

    /** Time expressions, language layer, events and their anchors of the whole corpus. */
    @Benchmark
    public void wholePipeline(TaggerThroughputBenchmark.Bytes bytes, Blackhole bh) {
        for (NewsCorpus.Doc d : corpus.docs()) {
            bh.consume(EventAnalysis.of(LanguageLayer.english().analyze(d.text()), tagger.tag(d.text(), d.anchor())));
        }
        bytes.megabytes += megabytes;
    }
}
