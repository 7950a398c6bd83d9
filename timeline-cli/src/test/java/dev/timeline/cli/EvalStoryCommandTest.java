package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval-story} names what is wrong with its inputs and output in words, before doing any work. */
class EvalStoryCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aFileGivenForTheStoryFolderSaysItWantsAFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("story.txt"), "text");
        assertThat(run("eval-story", file.toString(), "--out", dir.resolve("out").toString())).isEqualTo(1);
        assertThat(err.toString()).contains(file + ": is a file; eval-story wants a story folder")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anOutFolderThatCannotBeMadeFailsBeforeTheWork() throws Exception {
        Path story = Files.createDirectories(dir.resolve("story/InputDocs"));
        Path file = Files.writeString(dir.resolve("plain.txt"), "text");
        Path out = file.resolve("sub");
        assertThat(run("eval-story", story.getParent().toString(), "--out", out.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("timeline: cannot write into " + out + ": ")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }
}
