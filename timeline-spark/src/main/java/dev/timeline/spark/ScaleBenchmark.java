package dev.timeline.spark;

import dev.timeline.tag.timeml.TimeMlDocument;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * On-demand scale benchmark, not part of CI. Runs the whole chronology (read, tag, extract, merge) on the silver
 * TimeML corpus with each Spark master given, then on JSON Lines copies of the corpus replicated to each size of a
 * ladder, and prints documents per second, MB per second and the speed-up.
 *
 * <pre>
 * java [add-opens] -cp timeline-spark.jar:SPARK_JARS dev.timeline.spark.ScaleBenchmark \
 *     --silver ../shared/data/silver --work /tmp/timeline-bench --masters local[1],local[2] \
 *     --ladder-mb 16,32,64 --ladder-master local[2]
 * </pre>
 */
public final class ScaleBenchmark {
    private ScaleBenchmark() {
    }

    /** Runs the benchmark; see the class description for the arguments. */
    public static void main(String[] argv) throws IOException {
        String silver = "../shared/data/silver";
        Path work = Path.of("/tmp/timeline-bench");
        String[] masters = {"local[1]", "local[2]"};
        String[] ladder = {};
        String ladderMaster = "local[2]";
        for (int i = 0; i + 1 < argv.length; i += 2) {
            switch (argv[i]) {
                case "--silver" -> silver = argv[i + 1];
                case "--work" -> work = Path.of(argv[i + 1]);
                case "--masters" -> masters = argv[i + 1].isEmpty() ? new String[0] : argv[i + 1].split(",");
                case "--ladder-mb" -> ladder = argv[i + 1].isEmpty() ? new String[0] : argv[i + 1].split(",");
                case "--ladder-master" -> ladderMaster = argv[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + argv[i]);
            }
        }
        Files.createDirectories(work);
        double base = 0;
        for (String master : masters) {
            Run r = run(master, silver, InputFormat.TIMEML);
            base = base == 0 ? r.seconds : base;
            System.out.printf(Locale.ROOT, "silver %-9s %6d docs %8.1f s %8.1f docs/s  speed-up %.2f  %s%n", master,
                    r.documents, r.seconds, r.documents / r.seconds, base / r.seconds, r.stats);
        }
        List<String[]> texts = ladder.length == 0 ? List.of() : silverTexts(Path.of(silver));
        for (String mb : ladder) {
            long bytes = Long.parseLong(mb) * 1_000_000L;
            Path file = work.resolve("corpus-" + mb + "mb.jsonl");
            long written = Files.exists(file) ? Files.size(file) : replicate(texts, bytes, file);
            Run r = run(ladderMaster, file.toString(), InputFormat.JSONL);
            System.out.printf(Locale.ROOT, "ladder %-9s %6.0f MB %7d docs %8.1f s %8.1f docs/s %6.3f MB/s  %s%n",
                    ladderMaster, written / 1e6, r.documents, r.seconds, r.documents / r.seconds,
                    written / 1e6 / r.seconds, r.stats);
        }
    }

    private record Run(long documents, double seconds, String stats) {
    }

    private static Run run(String master, String path, InputFormat format) {
        SparkSession spark = SparkSession.builder().master(master).appName("timeline-bench")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1") // loopback only
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            long start = System.nanoTime();
            SparkChronology c = TimelineSpark.of(spark).chronology(path, format);
            long mentions = c.mentions().count();
            double seconds = (System.nanoTime() - start) / 1e9;
            c.unpersist();
            return new Run(c.stats().documents(), seconds, c.stats() + " mentions=" + mentions);
        } finally {
            spark.stop();
        }
    }

    private static List<String[]> silverTexts(Path silver) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(silver)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                TimeMlDocument d = TimeMlDocument.read(f);
                out.add(new String[] {d.id(), d.text(), d.dct().map(Object::toString).orElse(null)});
            }
        }
        return out;
    }

    /** Writes copies of the corpus (ids suffixed {@code ~k}) until {@code bytes} bytes; returns the size written. */
    private static long replicate(List<String[]> texts, long bytes, Path file) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int copy = 0; written < bytes; copy++) {
                for (String[] t : texts) {
                    var node = mapper.createObjectNode().put("id", t[0] + "~" + copy).put("text", t[1]);
                    if (t[2] != null) {
                        node.put("date", t[2]);
                    }
                    String line = mapper.writeValueAsString(node) + "\n";
                    w.write(line);
                    written += line.getBytes(StandardCharsets.UTF_8).length;
                    if (written >= bytes) {
                        break;
                    }
                }
            }
        }
        return written;
    }
}
