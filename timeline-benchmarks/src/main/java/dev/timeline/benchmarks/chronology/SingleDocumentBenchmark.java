package dev.timeline.benchmarks.chronology;

import dev.timeline.chronology.Chronologies;
import dev.timeline.chronology.Chronology;
import dev.timeline.chronology.ChronologyOptions;
import dev.timeline.document.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * One large document to a chronology: one operation is {@link Chronologies#build} of a single document of 1, 10 or
 * 50 MB ({@link SingleDocument}: news text, or an adversarial shape such as "May May May …") without a creation date,
 * so the date is inferred too. The score is seconds per build; divided by the size it is the cost per MB, which must
 * not grow with the size (linear time) and should stay within 2× of the per-MB cost of a folder of normal articles
 * ({@link ChronologyBenchmark}). The fork runs in 1 GB of heap, so a run that completes at 50 MB shows bounded
 * memory; {@code -prof gc} adds the allocation per operation. {@link SingleDocumentPerMegabyte} runs it with the folder
 * of articles and prints the cost per MB of each.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Benchmark)
public class SingleDocumentBenchmark {
    /** The shape of the document, one of {@link SingleDocument}. */
    @Param({"NEWS", "ENDLESS", "REPEAT", "MAY", "MONTHS", "DENSE", "DIGITS"})
    public String shape;

    /** The size of the document in millions of characters (about MB of UTF-8). */
    @Param({"1", "10", "50"})
    public int megabytes;

    private List<Document> document;

    /** Builds the document. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Document d = SingleDocument.valueOf(shape).build(megabytes);
        document = List.of(d);
        System.out.printf("%ndocument %s: %.2f MB of UTF-8 text%n", d.id(),
                d.text().getBytes(StandardCharsets.UTF_8).length / 1e6);
    }

    /** Builds the chronology of the one document. */
    @Benchmark
    public Chronology build() {
        return Chronologies.build(document, ChronologyOptions.defaults());
    }
}
