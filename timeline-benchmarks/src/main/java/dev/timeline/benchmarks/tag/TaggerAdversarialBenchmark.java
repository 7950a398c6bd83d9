package dev.timeline.benchmarks.tag;

import dev.timeline.tag.Anchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.Tagger;
import java.time.LocalDate;
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
 * Tagger time on adversarial inputs of one million characters each ({@link AdversarialText}). The score is
 * milliseconds per operation, one operation tagging one whole input: that is milliseconds per MB, and a tagger that
 * is linear in its input keeps it close to the news throughput.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class TaggerAdversarialBenchmark {
    /** The input to tag, one of {@link AdversarialText}. */
    @Param({"DIGITS", "MONTHS", "DASHES", "NEXT_NEXT", "LONG_TOKEN", "DENSE"})
    public String input;

    private String text;
    private Tagger tagger;
    private final Anchor anchor = Anchor.news(LocalDate.of(2013, 3, 22));

    /** Builds the input and the tagger. */
    @Setup(Level.Trial)
    public void setUp() {
        text = AdversarialText.valueOf(input).build();
        tagger = Tagger.english();
    }

    /** Tags the whole input once. */
    @Benchmark
    public List<Mention> tagAdversarialMegabyte() {
        return tagger.tag(text, anchor);
    }
}
