package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.tag.timeml.TimeMlAnnotations;
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

/**
 * {@code timeline eval} scores events and anchors with the shipped models, by cross-validation ({@code --folds}) or
 * after training on another folder ({@code --train}). The runs on TimeBank+AQUAINT files are skipped with a message
 * without the shared data.
 */
class EvalCommandEventsTest {
    private static final String TINY = "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\">Jan 8"
            + "</TIMEX3></DCT><TEXT>Talks <EVENT eid=\"e1\" class=\"OCCURRENCE\">ended</EVENT> "
            + "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-08\">today</TIMEX3>.</TEXT>"
            + "<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\" tense=\"PAST\" aspect=\"NONE\" polarity=\"POS\"/>"
            + "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t1\"/></TimeML>";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Copies {@code n} TimeBank+AQUAINT files, every 17th by name from {@code offset}, into a new folder. */
    private Path tbaq(String folder, int n, int offset) throws IOException {
        Optional<Path> tbaq = MainTest.sharedData().map(d -> d.resolve("tbaq"));
        Assumptions.assumeTrue(tbaq.isPresent(), "no shared/data/tbaq above the working directory");
        List<Path> all;
        try (var walk = Files.walk(tbaq.get())) {
            all = walk.filter(p -> p.toString().endsWith(".tml"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        }
        Path into = Files.createDirectories(dir.resolve(folder));
        for (int i = offset, copied = 0; i < all.size() && copied < n; i += 17, copied++) {
            Files.copy(all.get(i), into.resolve(all.get(i).getFileName()));
        }
        return into;
    }

    private static int goldEvents(Path folder) throws IOException {
        int n = 0;
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                n += TimeMlAnnotations.read(f).events().size();
            }
        }
        return n;
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    private Path tiny() throws IOException {
        Path gold = Files.createDirectories(dir.resolve("tiny"));
        Files.writeString(gold.resolve("tiny.tml"), TINY);
        return gold;
    }

    @Test
    void evalScoresEventsAndAnchorsWithTheShippedModels() throws Exception {
        Path gold = tbaq("gold", 5, 0);
        Path system = dir.resolve("system");
        assertThat(run("eval", gold.toString(), "--out", system.toString())).as(err.toString()).isZero();
        assertThat(lines()).contains("event models: shipped models")
                .anySatisfy(l -> assertThat(l).startsWith("event_relaxed "))
                .anySatisfy(l -> assertThat(l).startsWith("anchor "))
                .anySatisfy(l -> assertThat(l).startsWith("events: gold " + goldEvents(gold) + "  system "));
        assertThat(names(system)).isEqualTo(names(gold));
    }

    @Test
    void twoFoldsScoreEveryDocumentOnce() throws Exception {
        Path gold = tbaq("gold", 6, 3);
        assertThat(run("eval", gold.toString(), "--folds", "2", "--out", dir.resolve("sys").toString()))
                .as(err.toString()).isZero();
        assertThat(lines()).contains("event models: 2-fold cross-validation by document")
                .anySatisfy(l -> assertThat(l).startsWith("event_relaxed "))
                .anySatisfy(l -> assertThat(l).startsWith("anchor "))
                .anySatisfy(l -> assertThat(l).startsWith("events: gold " + goldEvents(gold) + "  system "));
    }

    @Test
    void trainScoresOneFolderWithModelsTrainedOnAnother() throws Exception {
        Path train = tbaq("train", 3, 5);
        Path gold = tbaq("gold", 2, 9);
        assertThat(run("eval", gold.toString(), "--train", train.toString(), "--out", dir.resolve("sys").toString()))
                .as(err.toString()).isZero();
        assertThat(lines()).contains("event models: trained on " + train)
                .anySatisfy(l -> assertThat(l).startsWith("events: gold " + goldEvents(gold) + "  system "));
    }

    @Test
    void oneFoldIsAnErrorWithoutStackTrace() throws Exception {
        assertThat(run("eval", tiny().toString(), "--folds", "1", "--out", dir.resolve("sys").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--folds must be at least 2, not 1").doesNotContain("\tat ")
                .doesNotContain("Exception");
        assertThat(out.toString()).doesNotContain("event_relaxed");
    }

    @Test
    void moreFoldsThanDocumentsIsAnError() throws Exception {
        assertThat(run("eval", tiny().toString(), "--folds", "3", "--out", dir.resolve("sys").toString()))
                .isNotZero();
        assertThat(err.toString()).contains("cannot make 3 folds of 1 documents").doesNotContain("\tat ");
    }

    @Test
    void foldsWithTrainIsAUsageError() throws Exception {
        assertThat(run("eval", tiny().toString(), "--folds", "3", "--train", "X")).isEqualTo(2);
        assertThat(err.toString()).contains("--folds and --train exclude each other").doesNotContain("\tat ");
    }
}
