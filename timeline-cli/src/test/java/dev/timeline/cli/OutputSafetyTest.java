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

/** {@code --out} never destroys an input and is checked before the work; errors name what is wrong in words. */
class OutputSafetyTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;
    Path dl;
    Path article;
    String original;

    @BeforeEach
    void copySeeds() throws Exception {
        dl = Files.createDirectories(dir.resolve("dl"));
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.sorted().limit(2).toList()) {
                Files.copy(seed, dl.resolve(seed.getFileName()));
            }
        }
        try (Stream<Path> files = Files.list(dl)) {
            article = files.sorted().findFirst().orElseThrow();
        }
        original = Files.readString(article);
    }

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void anInputFolderIsNotOverwrittenByTheChronology() throws Exception {
        assertThat(run("chronology", dl.toString(), "--out", article.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("timeline: will not write " + article + " into the input folder " + dl
                + ": it would be read as a document next time (choose another --out)\n");
        assertThat(Files.readString(article)).isEqualTo(original);
    }

    @Test
    void anInputFileIsNotOverwrittenEvenThroughAnotherPath() throws Exception {
        Path roundabout = dl.resolve("..").resolve("dl").resolve(article.getFileName());
        assertThat(run("chronology", article.toString(), "--out", roundabout.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("will not overwrite " + roundabout + ": it is one of the inputs");
        assertThat(run("tag", article.toString(), "--out", article.toString())).isEqualTo(1);
        assertThat(Files.readString(article)).isEqualTo(original);
    }

    @Test
    void aDocumentFileInAnInputFolderIsRefusedButAPageIsWritten() throws Exception {
        assertThat(run("chronology", dl.toString(), "--out", dl.resolve("chronology.txt").toString())).isEqualTo(1);
        assertThat(dl.resolve("chronology.txt")).doesNotExist();
        assertThat(run("chronology", dl.toString(), "--format", "html", "--out", dl.resolve("chronology.html")
                .toString())).isZero();
        assertThat(Files.readString(dl.resolve("chronology.html"))).startsWith("<!DOCTYPE html>");
        try (Stream<Path> files = Files.list(dl)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aMissingOutputFolderIsNamedBeforeAnyDocumentIsRead() throws Exception {
        Files.write(dl.resolve("bad.txt"), new byte[] {'a', (byte) 0xFF});
        Path x = dir.resolve("nonexistent/dir/x.html");
        assertThat(run("chronology", dl.toString(), "--out", x.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("timeline: cannot write " + x + ": no such folder\n");
    }

    @Test
    void aFolderIsNoOutputFile() {
        assertThat(run("tag", article.toString(), "--out", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("timeline: cannot write " + dir + ": it is a folder\n");
    }

    @Test
    void evalOfAFileSaysItWantsAFolder() {
        assertThat(run("eval", article.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("timeline: " + article
                + ": is a file; eval wants a folder of gold .tml files\n");
    }

    @Test
    void evalDoesNotWriteIntoItsGoldFolder() throws Exception {
        Files.writeString(dl.resolve("gold.tml"), "<TimeML><TEXT>Gold.</TEXT></TimeML>");
        assertThat(run("eval", dl.toString(), "--out", dl.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("will not write the system's files into the gold folder " + dl);
        assertThat(Files.readString(dl.resolve("gold.tml"))).isEqualTo("<TimeML><TEXT>Gold.</TEXT></TimeML>");
    }

    @Test
    void aMalformedGoldFileIsNamedWithoutAJavaClass() throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("a.tml"), "<TimeML><TEXT>x</TEX>");
        assertThat(run("eval", gold.toString(), "--out", dir.resolve("system").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("timeline: Cannot read TimeML document a.tml at line 1")
                .doesNotContain("Exception");
    }
}
