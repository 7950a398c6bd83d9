package dev.timeline.tag.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.timeline.tag.Mention;
import dev.timeline.tag.Tagger;
import dev.timeline.tag.TimexType;
import dev.timeline.tag.timeml.SharedData;
import dev.timeline.tag.timeml.TimeMlDocument;
import dev.timeline.tag.timeml.TimeMlWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Scores the same system output with {@link TimexScorer} and with the reference {@code te3score.py}. */
class Te3ScoreAgreementTest {
    @TempDir
    Path tmp;

    @Test
    void goldAgainstItselfAgrees() throws Exception {
        assertAgreement(tbaqGold(), TimeMlDocument::timexes);
    }

    @Test
    void perturbedGoldAgrees() throws Exception {
        assertAgreement(tbaqGold(), d -> Perturbation.of(d.text(), d.timexes(), 0));
    }

    @Test
    void differentlyPerturbedGoldAgrees() throws Exception {
        assertAgreement(tbaqGold(), d -> Perturbation.of(d.text(), d.timexes(), 3));
    }

    @Test
    void taggerOutputWrittenByEvaluationAgrees() throws Exception {
        Path gold = tbaqGold();
        SharedData.te3score();
        Path out = tmp.resolve("tagger");
        TimexScore mine = Evaluation.run(SharedData.tbaq(), out, Tagger.english());
        assertSame(mine, te3score(gold, out));
    }

    @Test
    void nonBmpTextAgrees() throws Exception {
        SharedData.te3score();
        Path gold = Files.createDirectories(tmp.resolve("emoji-gold"));
        String text = "\uD83D\uDE00 On Monday \uD83D\uDE00\uD83D\uDE00 three days later \uD835\uDD18 in May 2013, "
                + "\uD83D\uDE00 every week \uD83D\uDE00 since \uD83D\uDE00then, and next year\uD83D\uDE00.";
        for (int i = 0; i < 4; i++) {
            String t = "\uD83D\uDE00".repeat(i) + text;
            List<Mention> timexes = new ArrayList<>();
            for (String s : List.of("Monday", "three days later", "May 2013", "every week", "then", "next year")) {
                int at = t.indexOf(s);
                timexes.add(Mention.of(t, at, at + s.length(), TimexType.DATE, s.toUpperCase()));
            }
            TimeMlDocument d = TimeMlDocument.of("e" + i + ".tml", t, Optional.of(LocalDate.of(2013, 3, 22)))
                    .withTimexes(timexes);
            TimeMlWriter.write(d, gold.resolve(d.name()));
        }
        for (int seed = 0; seed < 10; seed++) {
            int s = seed;
            assertAgreement(gold, d -> Perturbation.of(d.text(), d.timexes(), s));
        }
    }

    private Path tbaqGold() throws IOException {
        Path flat = tmp.resolve("gold");
        if (!Files.isDirectory(flat)) {
            SharedData.flatCopy(SharedData.tbaq(), flat);
        }
        return flat;
    }

    private void assertAgreement(Path gold, Function<TimeMlDocument, List<Mention>> system) throws Exception {
        SharedData.te3score();
        Path sys = Files.createTempDirectory(tmp, "sys");
        TimexScore mine = TimexScore.empty();
        for (Path f : Evaluation.goldFiles(gold)) {
            TimeMlDocument g = TimeMlDocument.read(f);
            TimeMlDocument s = g.withTimexes(system.apply(g));
            TimeMlWriter.write(s, sys.resolve(g.name()));
            mine = mine.plus(TimexScorer.score(g, s.timexes()));
        }
        assertSame(mine, te3score(gold, sys));
    }

    private JsonNode te3score(Path gold, Path sys) throws Exception {
        Path json = Files.createTempFile(tmp, "score", ".json");
        SharedData.runTe3score(List.of(gold.toString(), sys.toString(), "--json", json.toString()));
        return JsonMapper.builder().build().readTree(json);
    }

    private static void assertSame(TimexScore mine, JsonNode ref) {
        System.out.println("te3score agreement: " + mine);
        assertThat(counts(ref.get("counts"))).isEqualTo(mine.counts());
        for (Map.Entry<String, TimexCounts> e : mine.perDocument().entrySet()) {
            assertThat(counts(ref.get("per_file").get(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertClose(mine.strict(), ref.get("strict"));
        assertClose(mine.relaxed(), ref.get("relaxed"));
        assertClose(mine.value(), ref.get("value"));
        assertClose(mine.type(), ref.get("type"));
        assertThat(mine.valueAccuracy()).isCloseTo(ref.get("value_accuracy").asDouble(), within(5e-5));
        assertThat(mine.typeAccuracy()).isCloseTo(ref.get("type_accuracy").asDouble(), within(5e-5));
    }

    private static TimexCounts counts(JsonNode c) {
        return new TimexCounts(c.get("gold").asInt(), c.get("system").asInt(), c.get("strict").asInt(),
                c.get("relaxed").asInt(), c.get("value").asInt(), c.get("type").asInt());
    }

    private static void assertClose(PrecisionRecall mine, JsonNode ref) {
        assertThat(String.format("%.4f %.4f %.4f", mine.precision(), mine.recall(), mine.f1())).isEqualTo(
                String.format("%.4f %.4f %.4f", ref.get("p").asDouble(), ref.get("r").asDouble(),
                        ref.get("f1").asDouble()));
    }
}
