package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalDctCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void scoresArticlesWhoseDateFolderIsHidden(@TempDir Path dir) throws Exception {
        Path day = Files.createDirectories(dir.resolve("story/InputDocs/2011-06-06"));
        Files.writeString(day.resolve("1.htm.txt"), "Updated 1:05 PM ET, Mon June 6, 2011\nTalks resumed.\n");
        Files.writeString(day.resolve("2.htm.txt"), "The minister resigned on Monday, June 6, 2011, aides said.\n");
        Files.writeString(day.resolve("3.htm.txt"), "Nothing here says when.\n");
        Files.writeString(dir.resolve("story/notes.txt"), "no date known: left out\n");
        int code = run("eval-dct", dir.resolve("story").toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("exact").contains("story/InputDocs").contains("ECE")
                .containsPattern("all\\s+3\\s+66\\.7");
    }

    @Test
    void theFolderDateDoesNotLeakIntoTheText(@TempDir Path dir) throws Exception {
        Path day = Files.createDirectories(dir.resolve("2011-06-06"));
        Files.writeString(day.resolve("1.txt"), "Nothing here says when.\n");
        assertThat(run("eval-dct", dir.toString())).isZero();
        assertThat(out.toString()).containsPattern("all\\s+1\\s+0\\.0");
    }

    @Test
    void aMissingPathIsOneLineAndExitCode1(@TempDir Path dir) {
        assertThat(run("eval-dct", dir.resolve("nope").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("nope").contains("no such file or folder").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void aFolderWithoutKnownDatesIsAClearError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "No date.\n");
        assertThat(run("eval-dct", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no article with a known creation date");
    }

    @Test
    void printedDatesOfTheSharedDataAreExact() {
        Path reuters = Path.of("..", "..", "shared", "data", "timeline17", "H1N1_reuters");
        Assumptions.assumeTrue(Files.isDirectory(reuters), "skipped: ../shared/data/timeline17 is absent");
        assertThat(run("eval-dct", reuters.toString())).isZero();
        assertThat(out.toString()).containsPattern("printed|exact");
        assertThat(out.toString()).containsPattern("all .* (9[7-9]|100)\\.\\d of \\d+");
    }
}
