package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A heap too small for the documents ends the command with one line that says so and how to give it more, exit
 * code 1, no stack trace, and no output file, whole or half-written. Runs the command in a JVM of its own with a
 * 24 MB heap.
 */
class OutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aHeapTooSmallIsOneLineWithItsRemedy() throws Exception {
        String unit = "On Monday March 3 2013 at 3:45 p.m. the president visited Paris, and the summit will open "
                + "next Wednesday. ";
        Path input = Files.writeString(dir.resolve("dense.txt"), unit.repeat(4_000));
        Path out = dir.resolve("out.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx24m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "chronology", input.toString(),
                "--format", "json", "--out", out.toString())).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("timeline: out of memory").contains("JAVA_OPTS=-Xmx")
                .doesNotContain("Exception").doesNotContain("\tat ");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("dense.txt");
        }
    }
}
