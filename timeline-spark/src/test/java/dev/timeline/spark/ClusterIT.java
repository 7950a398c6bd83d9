package dev.timeline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.timeline.chronology.Chronologies;
import dev.timeline.document.Document;
import dev.timeline.json.TimelineJson;
import dev.timeline.timeline.Timeline;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a real cluster: a standalone Master and two Workers on 127.0.0.1, each executor its own JVM, the job
 * submitted as {@code timeline-spark.jar} with {@code SparkSubmit} and Spark's default configuration, on silver news
 * that holds open-ended expressions. Its output must equal the single-machine one: the chronology byte for byte
 * {@code Chronologies.build}'s, every document used; and when an executor holding cached analysis is killed while the
 * events are being merged, the output must still be complete and identical: the same chronology, the same rows of
 * mentions, events and documents as the undisturbed run.
 *
 * <p>Run by the {@code cluster} profile ({@code mvn -B -Pcluster -pl timeline-spark -am verify}), after the jar is
 * packaged; skipped when {@code shared/data/silver} is absent.
 */
class ClusterIT {
    /** Every n-th silver file, spread over the corpus's sources and years. */
    private static final int STRIDE = 12;
    private static final int SAMPLE = 200;
    /** Silver news in which "more than ... ago" or "less than ... ago" leaves a value open-ended. */
    private static final Pattern OPEN_ENDED = Pattern.compile("(more|less) than [\\w-]+ (years|months|decades) ago");
    private static final Pattern STATS = Pattern.compile("timeline-spark: (\\d+) document\\(s\\), (\\d+) rejected,"
            + " (\\d+) event\\(s\\) merged into (\\d+)");
    private static final long JOB_MINUTES = 4;
    /** The system property naming the file that lists Spark's jars, set by the cluster profile. */
    private static final String SPARK_JARS = "timeline.spark.jars";

    @TempDir
    static Path dir;
    static Path input;
    static int documents;
    static Timeline reference;
    static StandaloneCluster cluster;
    /** The output of the job on the cluster undisturbed. */
    static Path baseline;

    @BeforeAll
    static void setUp() throws Exception {
        skipUnless(System.getProperty(SPARK_JARS) != null, "ClusterIT runs in the cluster profile"
                + " (mvn -Pcluster -pl timeline-spark -am verify), which lists Spark's jars");
        Optional<Path> silver = LocalSpark.silver();
        skipUnless(silver.isPresent(), "shared/data/silver is absent (../shared beside the repository)");
        Path jar = Path.of("target", "timeline-spark.jar");
        if (!Files.isRegularFile(jar)) {
            fail("%s is missing: run the test through 'mvn -Pcluster verify', after package", jar.toAbsolutePath());
        }
        long start = System.nanoTime();
        input = sample(silver.get(), Files.createDirectories(dir.resolve("in")));
        reference = singleMachine(input);
        long built = System.nanoTime();
        cluster = StandaloneCluster.start(sparkJars(), addOpens(), 2);
        System.out.printf("ClusterIT: %d documents; Chronologies.build %s, cluster up %s%n", documents,
                seconds(start, built), seconds(built, System.nanoTime()));
        baseline = dir.resolve("cluster");
        Path log = dir.resolve("driver.log");
        long submitted = System.nanoTime();
        awaitSuccess(submit(baseline, log), log, submitted);
    }

    @AfterAll
    static void tearDown() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void theClusterWritesTheSingleMachineChronologyOfEveryDocument() throws Exception {
        assertSameChronology(baseline, dir.resolve("driver.log"));
        SparkSession spark = LocalSpark.get();
        assertThat(spark.read().parquet(baseline.resolve("documents").toString()).count()).isEqualTo(documents);
        assertThat(spark.read().parquet(baseline.resolve("mentions").toString())
                .filter("earliest_open OR latest_open").count()).as("open-ended mentions").isPositive();
        assertThat(spark.read().parquet(baseline.resolve("events").toString())
                .filter("earliest_open OR latest_open").count()).as("open-ended events").isPositive();
        assertThat(lines(baseline.resolve("rejected"))).as("rejected documents").isEmpty();
    }

    @Test
    void killingAnExecutorWhileMergingLeavesTheOutputCompleteAndIdentical() throws Exception {
        Path out = dir.resolve("cluster-killed");
        Path log = dir.resolve("driver-killed.log");
        long submitted = System.nanoTime();
        Process driver = submit(out, log);
        ExecutorKill kill = ExecutorKill.duringStep(cluster, driver, log, JobSteps.MERGE);
        awaitSuccess(driver, log, submitted);
        System.out.println("ClusterIT: " + kill);
        assertThat(kill.executor().rddBlocks()).as("cached blocks the killed executor held").isPositive();
        assertThat(Files.readString(log)).as("the driver's log").containsPattern(
                "Lost executor " + kill.executor().id() + "\\b");
        assertSameChronology(out, log);
        SparkSession spark = LocalSpark.get();
        for (String table : List.of("mentions", "events", "documents")) {
            Dataset<Row> expected = spark.read().parquet(baseline.resolve(table).toString());
            Dataset<Row> actual = spark.read().parquet(out.resolve(table).toString());
            assertThat(actual.count()).as("rows of %s", table).isEqualTo(expected.count()).isPositive();
            assertThat(actual.exceptAll(expected).count()).as("rows of %s not in the undisturbed run's", table)
                    .isZero();
            assertThat(expected.exceptAll(actual).count()).as("rows of the undisturbed run's %s missing", table)
                    .isZero();
        }
        assertThat(lines(out.resolve("rejected"))).isEqualTo(lines(baseline.resolve("rejected")));
    }

    /** Skips the tests with {@code message}, printed on the console as well as in the report. */
    private static void skipUnless(boolean condition, String message) {
        if (!condition) {
            System.out.println("ClusterIT skipped: " + message);
        }
        assumeTrue(condition, message);
    }

    private static String seconds(long from, long to) {
        return String.format("%.1f s", (to - from) / 1e9);
    }

    private static Process submit(Path out, Path log) throws IOException {
        return cluster.submit(Path.of("target", "timeline-spark.jar").toAbsolutePath(),
                TimelineJob.class.getName(), log, "--in", input.toString(), "--out", out.toString(),
                "--format", "tml");
    }

    private static void awaitSuccess(Process driver, Path log, long submitted) throws Exception {
        boolean ended = driver.waitFor(JOB_MINUTES, TimeUnit.MINUTES);
        System.out.printf("ClusterIT: the job of %s ran %s%n", log.getFileName(), seconds(submitted,
                System.nanoTime()));
        if (!ended) {
            driver.descendants().forEach(ProcessHandle::destroyForcibly);
            driver.destroyForcibly();
            fail("the job did not finish within %d minutes; driver log:%n%s%ncluster:%n%s", JOB_MINUTES,
                    StandaloneCluster.tail(log, 40), cluster.tails());
        }
        if (driver.exitValue() != 0) {
            fail("the job exited with code %d; driver log:%n%s", driver.exitValue(), StandaloneCluster.tail(log, 60));
        }
    }

    /** The chronology is {@code Chronologies.build}'s byte for byte, and the job's counts say all was used. */
    private static void assertSameChronology(Path out, Path log) throws IOException {
        assertThat(Files.readString(out.resolve("chronology.json"), StandardCharsets.UTF_8))
                .as("the cluster's chronology.json against Chronologies.build of the same documents")
                .isEqualTo(TimelineJson.write(reference));
        var stats = STATS.matcher(Files.readString(log));
        assertThat(stats.find()).as("the job's counts in its log").isTrue();
        assertThat(List.of(stats.group(1), stats.group(2), stats.group(4))).as("documents, rejected, merged events")
                .containsExactly(String.valueOf(documents), "0", String.valueOf(reference.size()));
    }

    /** The sorted lines of the JSON part files under {@code dir}. */
    private static List<String> lines(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> parts = Files.list(dir)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                out.addAll(Files.readAllLines(p));
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /**
     * Copies every {@value #STRIDE}th silver file (up to {@value #SAMPLE}), the silver files with open-ended
     * expressions, and a TimeML document saying "who fled Iraq more than 20 years ago" into {@code in}.
     */
    private static Path sample(Path silver, Path in) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(silver)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        int openEnded = 0;
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            boolean open = OPEN_ENDED.matcher(Files.readString(f)).find();
            if (open || i % STRIDE == 0 && i / STRIDE < SAMPLE) {
                Files.copy(f, in.resolve(f.getFileName()));
                openEnded += open ? 1 : 0;
            }
        }
        assertThat(openEnded).as("silver files with open-ended expressions").isPositive();
        Files.writeString(in.resolve("iraq-family.tml"), """
                <?xml version="1.0" ?>
                <TimeML>
                <DOCID>iraq-family</DOCID>
                <DCT><TIMEX3 tid="t0" type="DATE" value="2011-12-19" temporalFunction="false" \
                functionInDocument="CREATION_TIME">December 19, 2011</TIMEX3></DCT>
                <TEXT>
                The family, who fled Iraq more than 20 years ago, came back on Dec. 17, 2011. Kim Jong Un visited \
                Russia less than two years ago, officials said.
                </TEXT>
                </TimeML>
                """);
        try (Stream<Path> s = Files.list(in)) {
            documents = (int) s.count();
        }
        return in;
    }

    /** {@code Chronologies.build} of the TimeML documents in {@code in}, sorted by id, as the job promises. */
    private static Timeline singleMachine(Path in) throws IOException {
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> s = Files.list(in)) {
            for (Path f : s.sorted().toList()) {
                docs.add(LocalSpark.readAsTheJob(f)); // as the job reads it, its dateline's place too
            }
        }
        docs.sort(Comparator.comparing(Document::id));
        Timeline timeline = Chronologies.build(docs).timeline();
        assertThat(timeline.events()).as("open-ended events of the sample")
                .anyMatch(e -> e.when().earliestDay().equals(LocalDate.MIN));
        return timeline;
    }

    /** Spark's jars, as the {@code cluster} profile listed them (Spark and its dependencies, none of ours). */
    private static List<Path> sparkJars() throws IOException {
        Path file = Path.of(System.getProperty(SPARK_JARS));
        if (!Files.isRegularFile(file)) {
            fail("%s (the list of Spark's jars the cluster profile writes) is missing", file.toAbsolutePath());
        }
        return Arrays.stream(Files.readString(file).trim().split(File.pathSeparator)).map(Path::of)
                .toList();
    }

    /** The options Spark needs on Java 17 ({@code spark.add-opens} in the pom), as Spark's scripts give them. */
    private static List<String> addOpens() {
        String opens = System.getProperty("timeline.spark.add-opens", "");
        return Arrays.stream(opens.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }
}
