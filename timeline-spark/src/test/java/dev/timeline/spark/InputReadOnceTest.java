package dev.timeline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.StorageStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job reads its input once: the duplicate-id check, the analysis and every later stage work from one reading of
 * the files, not from a second pass over them.
 */
class InputReadOnceTest {
    private static final int DOCUMENTS = 6;

    @TempDir
    Path dir;

    @Test
    void filesAreReadOnce() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        long bytes = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            String text = "date 2011-12-19\nThe minister resigned on Dec. " + (i + 1) + ", 2011, in Paris, officials"
                    + " said. Talks resumed on Dec. 17, 2011.\n";
            Files.writeString(in.resolve("doc" + i + ".txt"), text);
            bytes += Files.size(in.resolve("doc" + i + ".txt"));
        }
        long before = localBytesRead();
        SparkChronology c = TimelineJob.run(LocalSpark.get(), TimelineJob.Args.parse(new String[] {
                "--in", in.toString(), "--out", dir.resolve("out").toString(), "--format", "text"}));
        long read = localBytesRead() - before;
        c.unpersist();
        assertThat(c.stats().documents()).isEqualTo(DOCUMENTS);
        assertThat(read).as("bytes read from the local file system for %d input bytes", bytes)
                .isGreaterThanOrEqualTo(bytes).isLessThan(2 * bytes);
    }

    /** What Hadoop's local file system has read in this JVM so far (Spark in local mode reads through it). */
    private static long localBytesRead() {
        StorageStatistics local = FileSystem.getGlobalStorageStatistics().get("file");
        Long read = local == null ? null : local.getLong("bytesRead");
        return read == null ? 0 : read;
    }
}
