package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.event.EventTraining;
import dev.timeline.tag.eval.Evaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code timeline train-events}: its usage errors, and a training run on three TimeBank+AQUAINT files. */
class TrainEventsCommandTest {
    private static final List<String> MODEL_FILES = List.of("events.bin.gz", "anchors.bin.gz", "verb-lemmas.txt");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path tinyGold() throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("tiny.tml"), "<TimeML><TEXT>Talks <EVENT eid=\"e1\" class=\"OCCURRENCE\">"
                + "ended</EVENT>.</TEXT></TimeML>");
        return gold;
    }

    @Test
    void withoutOutItIsAUsageError() throws Exception {
        assertThat(run("train-events", tinyGold().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option").contains("--out").doesNotContain("\tat ");
        assertThat(dir.resolve("gold")).isDirectoryNotContaining("glob:**.gz");
    }

    @Test
    void aMissingGoldFolderIsAnErrorNamingIt() {
        assertThat(run("train-events", "no-such-gold", "--out", dir.resolve("models").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no-such-gold").doesNotContain("\tat ");
        assertThat(dir.resolve("models")).doesNotExist();
    }

    @Test
    void aFileGivenForTheGoldFolderIsAnErrorSayingItWantsAFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("some.txt"), "text");
        assertThat(run("train-events", file.toString(), "--out", dir.resolve("models").toString())).isEqualTo(1);
        assertThat(err.toString()).contains(file + ": is a file; train-events wants a folder")
                .doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aMissingRawFolderIsAnErrorNamingIt() throws Exception {
        assertThat(run("train-events", tinyGold().toString(), "--raw", "no-such-raw", "--out",
                dir.resolve("models").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no-such-raw: no such folder").doesNotContain("\tat ");
    }

    @Test
    void trainingWritesTheModelsTheLibraryTrainsFromTheSameFiles() throws Exception {
        Optional<Path> tbaq = MainTest.sharedData().map(d -> d.resolve("tbaq/TimeBank"));
        Assumptions.assumeTrue(tbaq.isPresent(), "no shared/data/tbaq above the working directory");
        Path gold = Files.createDirectories(dir.resolve("three"));
        try (var files = Files.list(tbaq.get())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().limit(3).toList()) {
                Files.copy(f, gold.resolve(f.getFileName()));
            }
        }
        Path models = dir.resolve("models");
        assertThat(run("train-events", gold.toString(), "--out", models.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).contains("trained on 3 documents");

        Path library = dir.resolve("library");
        EventTraining.train(Evaluation.goldFiles(gold)).writeTo(library);
        for (String name : MODEL_FILES) {
            assertThat(Files.readAllBytes(models.resolve("dev/timeline/event").resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(library.resolve("dev/timeline/event").resolve(name)));
        }
    }
}
