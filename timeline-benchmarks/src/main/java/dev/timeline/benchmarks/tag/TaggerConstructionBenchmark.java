package dev.timeline.benchmarks.tag;

import dev.timeline.tag.Tagger;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of {@link Tagger#english()} in microseconds, warm (average time) and cold (single shot, a fresh JVM per
 * fork), which is what a command-line run pays once.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TaggerConstructionBenchmark {
    /** Builds the English tagger, warm. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public Tagger constructTagger() {
        return Tagger.english();
    }

    /** Builds the English tagger once in a fresh JVM: the start-up cost. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public Tagger constructTaggerCold() {
        return Tagger.english();
    }
}
