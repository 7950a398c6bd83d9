package dev.timeline.tag.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.tag.Mention;
import dev.timeline.tag.Tagger;
import dev.timeline.tag.TimexType;
import dev.timeline.tag.timeml.TimeMlDocument;
import dev.timeline.tag.timeml.TimeMlWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int execute(String... args) {
        return Evaluation.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path goldDir() throws IOException {
        return goldDir("2013-03-18");
    }

    /** A one-document gold set whose "Monday" (DCT Friday 2013-03-22) is annotated with {@code value}. */
    private Path goldDir(String value) throws IOException {
        Path gold = Files.createDirectories(tmp.resolve("gold/sub"));
        String text = "Prices fell on Monday.";
        TimeMlDocument d = TimeMlDocument.of("a.tml", text, Optional.of(LocalDate.of(2013, 3, 22)))
                .withTimexes(List.of(Mention.of(text, 15, 21, TimexType.DATE, value)));
        TimeMlWriter.write(d, gold.resolve("a.tml"));
        return tmp.resolve("gold");
    }

    @Test
    void runWritesOneSystemFilePerGoldFileFlatAndScoresIt() throws IOException {
        Path outDir = tmp.resolve("out");
        TimexScore score = Evaluation.run(goldDir(), outDir, Tagger.english());
        assertThat(score.documents()).isEqualTo(1);
        assertThat(score.counts().gold()).isEqualTo(1);
        TimeMlDocument written = TimeMlDocument.read(outDir.resolve("a.tml"));
        assertThat(written.text()).isEqualTo("Prices fell on Monday.");
        assertThat(written.dctValue()).contains("2013-03-22");
    }

    @Test
    void commandPrintsStrictRelaxedValueAndTypeScores() throws IOException {
        // a gold value the tagger cannot produce, so that --errors has a line to print
        assertThat(execute(goldDir("2013-03-11").toString(), "--out", tmp.resolve("o").toString(), "--errors"))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("system output: ").contains("gold timexes: 1")
                .contains("strict").contains("relaxed").contains("value").contains("type")
                .containsPattern("VALUE +a.tml");
    }

    @Test
    void missingGoldDirectoryIsAUsageError() {
        assertThat(execute()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no gold directory").contains("usage:");
    }

    @Test
    void nonexistentGoldDirectoryIsAUsageError() {
        assertThat(execute(tmp.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not exist");
    }

    @Test
    void unknownOptionIsAUsageError() throws IOException {
        assertThat(execute(goldDir().toString(), "--bogus")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --bogus");
    }

    @Test
    void outWithoutADirectoryIsAUsageError() throws IOException {
        assertThat(execute(goldDir().toString(), "--out")).isEqualTo(2);
    }

    @Test
    void aGoldDirectoryWithoutTimeMlFilesIsAUsageError() throws IOException {
        assertThat(execute(Files.createDirectories(tmp.resolve("empty")).toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no .tml files");
    }

    @Test
    void twoGoldFilesOfTheSameNameAreRejected() throws IOException {
        Path gold = goldDir();
        Files.createDirectories(gold.resolve("other"));
        Files.copy(gold.resolve("sub/a.tml"), gold.resolve("other/a.tml"));
        assertThatThrownBy(() -> Evaluation.goldFiles(gold)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two gold files named a.tml");
    }

    @Test
    void aMalformedGoldFileIsReportedWithoutAStackTrace() throws IOException {
        Path gold = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(gold.resolve("b.tml"), "<TimeML><TEXT>x</TimeML>");
        assertThat(execute(gold.toString(), "--out", tmp.resolve("o").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: Cannot read TimeML document b.tml at line")
                .doesNotContain("\tat ");
    }
}
