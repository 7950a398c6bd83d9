package dev.timeline.benchmarks.chronology;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link SingleDocumentBenchmark} and the folder of 1,000 articles ({@link ChronologyBenchmark}), then prints
 * the cost per MB of each single document and its ratio to the folder's cost per MB. Takes JMH's options, such as
 * {@code -p megabytes=1,10 -p shape=NEWS,MAY -f 1 -wi 1 -i 3}:
 * <pre>
 * java -cp timeline-benchmarks/target/benchmarks.jar dev.timeline.benchmarks.chronology.SingleDocumentPerMegabyte \
 *     -p megabytes=1,10,50 -f 1 -wi 1 -i 3
 * </pre>
 */
public final class SingleDocumentPerMegabyte {
    private SingleDocumentPerMegabyte() {
    }

    /** Runs the benchmarks with the JMH options in {@code args} and prints the table. */
    public static void main(String[] args) throws CommandLineOptionException, RunnerException, IOException {
        List<String> params = new ArrayList<>(List.of(args));
        params.addAll(List.of("-p", "articles=1000"));
        Collection<RunResult> results = new Runner(new OptionsBuilder().parent(new CommandLineOptions(
                params.toArray(String[]::new))).include(SingleDocumentBenchmark.class.getSimpleName())
                .include(ChronologyBenchmark.class.getSimpleName() + ".build").build()).run();
        double folderMegabytes = NewsArticles.utf8Bytes(NewsArticles.load(1000)) / 1e6;
        double folder = results.stream().filter(r -> r.getParams().getBenchmark().contains("ChronologyBenchmark"))
                .mapToDouble(r -> r.getPrimaryResult().getScore()).findFirst().orElse(Double.NaN) / folderMegabytes;
        System.out.printf(Locale.ROOT, "%nfolder of 1,000 articles (%.2f MB): %.3f s/MB%n%n", folderMegabytes, folder);
        System.out.println("| shape | MB | s per document (± error) | s per MB | × the folder's per-MB cost |");
        System.out.println("| --- | --- | --- | --- | --- |");
        results.stream().filter(r -> r.getParams().getBenchmark().contains("SingleDocumentBenchmark"))
                .sorted(Comparator.comparing((RunResult r) -> SingleDocument.valueOf(r.getParams().getParam("shape")))
                        .thenComparingInt(r -> Integer.parseInt(r.getParams().getParam("megabytes"))))
                .forEach(r -> {
                    int megabytes = Integer.parseInt(r.getParams().getParam("megabytes"));
                    double score = r.getPrimaryResult().getScore();
                    double perMegabyte = score / megabytes;
                    System.out.printf(Locale.ROOT, "| %s | %d | %.2f (± %.2f) | %.3f | %.1f× |%n",
                            r.getParams().getParam("shape"), megabytes, score, r.getPrimaryResult().getScoreError(),
                            perMegabyte, perMegabyte / folder);
                });
    }
}
