package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output file: whole or not at all. */
class OutputTest {
    @TempDir
    Path dir;

    @Test
    void aReaderSeesTheOldFileOrTheNewOneNeverHalfOfIt() throws Exception {
        Path file = dir.resolve("chronology.json");
        Files.writeString(file, "old");
        String text = "x".repeat(32 << 20);
        Output output = Output.to(file, List.of());
        Set<Long> sizes = ConcurrentHashMap.newKeySet();
        AtomicBoolean done = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                try {
                    sizes.add(Files.size(file));
                } catch (IOException e) {
                    sizes.add(-1L); // the file was missing for a moment
                }
            }
        });
        reader.start();
        try {
            output.write(text, new PrintWriter(new StringWriter()));
        } finally {
            done.set(true);
            reader.join();
        }
        assertThat(sizes).isSubsetOf(3L, (long) text.length());
        assertThat(Files.size(file)).isEqualTo(text.length());
    }

    @Test
    void aFailedWriteNamesTheFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("page.html");
        Output output = Output.to(file, List.of());
        Files.createDirectories(file).resolve("inside"); // the path became a folder after the check
        Files.writeString(file.resolve("inside"), "x");
        assertThatThrownBy(() -> output.write("<!DOCTYPE html>", new PrintWriter(new StringWriter())))
                .isInstanceOf(IOException.class).hasMessageStartingWith("cannot write " + file + ": ");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void problemsAreWordsNotJavaClasses() {
        assertThat(Problems.describe(new NoSuchFileException("/nonexistent/dir/x.html")))
                .isEqualTo("/nonexistent/dir/x.html: no such file or folder");
        assertThat(Problems.describe(new AccessDeniedException("/etc/x"))).isEqualTo("/etc/x: permission denied");
    }
}
