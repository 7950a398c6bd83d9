package dev.timeline.spark;

import dev.timeline.document.Datelines;
import dev.timeline.document.Document;
import dev.timeline.tag.timeml.TimeMlDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/** One small local Spark session for all tests of the JVM, and where the shared data is. */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("timeline-spark-test")
                    .config("spark.ui.enabled", "false")
                    // everything stays on the loopback interface
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.default.parallelism", "2")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }

    /**
     * The document of a TimeML file as the job's reader makes it (the file's id, text, the place of its DCT element's
     * dateline and its creation date), for the single-machine reference chronology.
     */
    static Document readAsTheJob(Path tmlFile) throws IOException {
        TimeMlDocument tml = TimeMlDocument.read(tmlFile);
        Document d = Document.of(tml.id(), tml.text());
        d = Datelines.ofCreationTime(tml.dctText()).map(d::withPlace).orElse(d);
        return tml.dct().map(d::withDct).orElse(d);
    }

    /** The silver TimeML folder in {@code shared/} beside the repository or an ancestor of it, if there is one. */
    static Optional<Path> silver() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/silver");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
