package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad file in a batch is reported and skipped, unless --strict; the summary counts what was read and why not. */
class BatchTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;
    Path batch;
    Path bad;

    @BeforeEach
    void batchWithOneUndecodableFile() throws Exception {
        batch = Files.createDirectories(dir.resolve("batch"));
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.sorted().limit(2).toList()) {
                Files.copy(seed, batch.resolve(seed.getFileName()));
            }
        }
        bad = batch.resolve("bad.txt");
        Files.write(bad, new byte[] {'a', 'b', (byte) 0xFF, 'c'});
    }

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void anUndecodableFileIsReportedWithItsByteOffsetAndTheOthersMakeTheChronology() {
        assertThat(run("chronology", batch.toString())).isZero();
        assertThat(out.toString()).contains("Documents").doesNotContain("bad:");
        assertThat(err.toString()).isEqualTo("timeline: skipped " + bad
                + ": not valid UTF-8: byte 0xFF at byte offset 2\n"
                + "timeline: 2 documents read from 3 files; 1 skipped (not valid UTF-8: 1)\n");
    }

    @Test
    void filesReadOnSeveralThreadsAreReportedAndKeptInTheFilesOrder() throws Exception {
        // many files, bad ones and a shared id among them: what is read, skipped and said is the same on 1 or 4 threads
        for (int i = 0; i < 40; i++) {
            String name = String.format("%02d", i);
            if (i % 7 == 3) {
                Files.write(batch.resolve(name + ".txt"), new byte[] {'x', (byte) 0xC3, '(', 'y'});
            } else if (i % 11 == 5) {
                Files.writeString(batch.resolve(name + ".jsonl"), "{\"id\": \"dup\", \"text\": \"Talks on "
                        + "Monday.\"}\n");
            } else {
                Files.writeString(batch.resolve(name + ".txt"), "date 2024-03-0" + (1 + i % 9)
                        + "\nThe council voted on Friday to close plant " + i + ".\n");
            }
        }
        assertThat(run("chronology", batch.toString(), "--threads", "1")).isZero();
        String oneOut = out.toString();
        String oneErr = err.toString();
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertThat(run("chronology", batch.toString(), "--threads", "4")).isZero();
        assertThat(out.toString()).isEqualTo(oneOut);
        assertThat(err.toString()).isEqualTo(oneErr).contains("skipped document \"dup\"")
                .contains("not valid UTF-8");
        assertThat(oneErr.indexOf("03.txt")).isLessThan(oneErr.indexOf("10.txt"));
    }

    @Test
    void strictFailsAtTheUndecodableFile() {
        assertThat(run("chronology", batch.toString(), "--strict")).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("timeline: " + bad + ": not valid UTF-8: byte 0xFF at byte offset 2\n");
    }

    @Test
    void anEmptyDocumentIsAWarningAndStillListed() throws Exception {
        Files.delete(bad);
        Files.writeString(batch.resolve("empty.txt"), " \n");
        assertThat(run("chronology", batch.toString())).isZero();
        assertThat(err.toString()).contains("timeline: warning: " + batch.resolve("empty.txt")
                + ": document \"empty\" is empty\n").endsWith("; 1 empty\n");
        assertThat(out.toString()).contains("  empty: ");
    }

    @Test
    void malformedJsonLinesAndASharedIdAreSkippedWithTheirReasons() throws Exception {
        Files.writeString(batch.resolve("broken.jsonl"), "{\"id\": \"x\", \"text\":\n");
        Path other = Files.createDirectories(dir.resolve("other"));
        Path copy;
        try (Stream<Path> files = Files.list(batch)) {
            Path seed = files.filter(p -> p.toString().endsWith(".txt") && !p.equals(bad)).sorted().findFirst()
                    .orElseThrow();
            copy = Files.copy(seed, other.resolve(seed.getFileName()));
        }
        assertThat(run("chronology", batch.toString(), other.toString())).isZero();
        assertThat(err.toString()).contains("timeline: skipped " + batch.resolve("broken.jsonl") + ": line 1")
                .contains("timeline: skipped document \"" + copy.getFileName().toString().replace(".txt", "")
                        + "\" of " + copy + " has the id of a document of ")
                .endsWith("timeline: 2 documents read from 5 files; 3 skipped (bad JSON Lines: 1, duplicate id: 1,"
                        + " not valid UTF-8: 1)\n");
        err.getBuffer().setLength(0);
        Files.delete(bad);
        Files.delete(batch.resolve("broken.jsonl"));
        assertThat(run("chronology", batch.toString(), other.toString(), "--strict")).isEqualTo(1);
        assertThat(err.toString()).contains("has the id of a document of");
    }

    @Test
    void aBadLineOfJsonLinesCostsThatLineAndTheOtherLinesAreRead() throws Exception {
        Files.delete(bad);
        Path lines = Files.writeString(batch.resolve("news.jsonl"), "{\"id\": \"n1\", \"text\": \"Rebels seized"
                + " Kessa on Monday.\", \"date\": \"2024-03-07\"}\n{\"id\": \"n2\", \"text\": \"Troops left Varna.\","
                + " \"date\": \"March 7, 2024\"}\n{\"id\": \"n3\", \"text\": \"Pelmar closed its plant on Monday.\"}"
                + "\n");
        assertThat(run("chronology", batch.toString())).isZero();
        assertThat(out.toString()).contains("  n1: 2024-03-07").contains("  n3: ").doesNotContain("  n2: ");
        assertThat(err.toString()).isEqualTo("timeline: skipped " + lines + ": line 2, field \"date\": \"March 7,"
                + " 2024\" is not an ISO date (yyyy-mm-dd)\n"
                + "timeline: 4 documents read from 3 files; 1 skipped (bad JSON Lines: 1)\n");
        err.getBuffer().setLength(0);
        assertThat(run("chronology", batch.toString(), "--strict")).isEqualTo(1);
        assertThat(err.toString()).contains("line 2, field \"date\"");
    }

    @Test
    void aBatchOfUnreadableFilesIsAnError() throws Exception {
        assertThat(run("chronology", bad.toString())).isEqualTo(1);
        assertThat(err.toString()).endsWith("timeline: no document could be read from 1 file\n");
    }
}
