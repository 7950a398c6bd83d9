package dev.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.timeline.tag.eval.Evaluation;
import dev.timeline.tag.timeml.SharedData;
import dev.timeline.tag.timeml.TimeMlAnnotations;
import dev.timeline.text.BaseVerbs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped models are what the documented command ({@code timeline train-events ../shared/data/tbaq --raw
 * ../shared/data/silver --out timeline-core/src/main/resources}) makes from the development data: byte for byte.
 */
class ShippedModelsReproducibleTest {
    @TempDir
    Path out;

    @Test
    void trainingOnTheDevelopmentDataGivesTheShippedResources() throws IOException {
        Path tbaq = SharedData.tbaq();
        Path silver = tbaq.resolveSibling("silver");
        assumeTrue(Files.isDirectory(silver), "../shared/data/silver is absent: skipping");
        List<Path> raw = Evaluation.goldFiles(silver);
        List<String> texts = new ArrayList<>();
        for (Path f : raw) {
            texts.add(TimeMlAnnotations.read(f).text());
        }
        assertThat(BaseVerbs.count(texts)).isEqualTo(resource(BaseVerbs.RESOURCE));
        EventTraining.train(Evaluation.goldFiles(tbaq), EventTraining.countRawNews(raw)).writeTo(out);
        for (String name : List.of("events.bin.gz", "anchors.bin.gz", "verb-lemmas.txt", "noun-contexts.txt")) {
            assertThat(Files.readAllBytes(out.resolve("dev/timeline/event").resolve(name)))
                    .as("%s differs from the shipped one: re-train with timeline train-events", name)
                    .isEqualTo(resource("dev/timeline/event/" + name).getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ShippedModelsReproducibleTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
