package dev.timeline.tag.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Converts the 30 MEANTIME Apple articles ({@code shared/data/meantime-apple}) and scores the result against itself
 * with the reference scorers: gold against gold must be perfect, and the scorers must count what the converter wrote.
 * Skipped with a message when the shared data or {@code python3} is absent.
 */
class MeantimeAppleTest {
    @TempDir
    static Path tmp;

    private static Path gold;
    private static final List<CatConversion> CONVERSIONS = new ArrayList<>();

    @BeforeAll
    static void convertAll() throws IOException {
        Optional<Path> corpus = SharedData.root().map(r -> r.resolve("data/meantime-apple/meantime_corpus_apple"))
                .filter(Files::isDirectory);
        assumeTrue(corpus.isPresent(), "shared/data/meantime-apple/meantime_corpus_apple not found");
        gold = Files.createDirectories(tmp.resolve("gold"));
        try (var files = Files.list(corpus.get())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                CatConversion c = CatXml.convert(f);
                c.writeTo(gold);
                CONVERSIONS.add(c);
            }
        }
    }

    private static int total(java.util.function.ToIntFunction<CatConversion> count) {
        return CONVERSIONS.stream().mapToInt(count).sum();
    }

    @Test
    void everyArticleConvertsWithItsCreationDate() {
        assertThat(CONVERSIONS).hasSize(30);
        assertThat(CONVERSIONS).allSatisfy(c -> assertThat(c.document().dct()).isPresent());
        assertThat(total(CatConversion::events)).isEqualTo(600);
        assertThat(total(CatConversion::timexes)).isEqualTo(111);
        assertThat(total(CatConversion::anchors)).isEqualTo(75);
    }

    @Test
    void anchorScoreFindsGoldPerfectAgainstItselfAndCountsWhatWasWritten() throws Exception {
        Path script = SharedData.root().map(r -> r.resolve("tools/anchor_score.py")).filter(Files::isRegularFile)
                .orElse(null);
        assumeTrue(script != null, "shared/tools/anchor_score.py not found");
        SharedData.te3score(); // skips when python3 is absent
        String out = python(script, gold.toString(), gold.toString());
        assertThat(out).contains("events: gold " + total(CatConversion::events) + "  system "
                        + total(CatConversion::events))
                .contains("event_relaxed  P 100.00  R 100.00  F1 100.00")
                .contains("event_strict   P 100.00  R 100.00  F1 100.00")
                .contains("anchors: gold " + total(CatConversion::anchors) + "  system "
                        + total(CatConversion::anchors))
                .contains("anchor         P 100.00  R 100.00  F1 100.00")
                .doesNotContain("warning");
    }

    @Test
    void te3scoreFindsGoldTimexesPerfectAgainstThemselves() throws Exception {
        String out = SharedData.runTe3score(List.of(gold.toString(), gold.toString()));
        assertThat(out).contains("documents: 30   gold timexes: " + total(CatConversion::timexes))
                .containsPattern("strict\\s+100\\.00\\s+100\\.00\\s+100\\.00")
                .containsPattern("relaxed\\s+100\\.00\\s+100\\.00\\s+100\\.00")
                .containsPattern("value\\s+100\\.00\\s+100\\.00\\s+100\\.00")
                .containsPattern("type\\s+100\\.00\\s+100\\.00\\s+100\\.00");
    }

    private static String python(Path script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", script.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(script.getFileName() + " failed:\n" + out);
        }
        return out;
    }
}
