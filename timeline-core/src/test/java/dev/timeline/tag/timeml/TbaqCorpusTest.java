package dev.timeline.tag.timeml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.tag.Mention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the whole TimeBank+AQUAINT corpus and checks it against the reference scorer's reading. */
class TbaqCorpusTest {
    private static Map<String, TimeMlDocument> readAll(Path dir) throws IOException {
        Map<String, TimeMlDocument> docs = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".tml")).sorted()::iterator) {
                docs.put(f.getFileName().toString(), TimeMlDocument.read(f));
            }
        }
        return docs;
    }

    @Test
    void allTbaqFilesGiveTheScoredGoldTimexesTe3scoreCounts() throws IOException {
        Map<String, TimeMlDocument> docs = readAll(SharedData.tbaq());
        assertThat(docs).hasSize(256);
        assertThat(docs.values().stream().mapToInt(d -> d.timexes().size()).sum()).isEqualTo(1822);
        assertThat(docs.values()).allSatisfy(d -> assertThat(d.dct()).isPresent());
    }

    @Test
    void textsAndTimexOffsetsEqualTe3scoreDump(@TempDir Path tmp) throws Exception {
        Path gold = SharedData.flatCopy(SharedData.tbaq(), tmp.resolve("gold"));
        Path dump = tmp.resolve("gold.jsonl");
        SharedData.runTe3score(List.of(gold.toString(), "--dump-jsonl", dump.toString()));
        Map<String, TimeMlDocument> docs = readAll(gold);
        JsonMapper json = JsonMapper.builder().build();
        List<String> lines = Files.readAllLines(dump);
        assertThat(lines).hasSize(docs.size());
        for (String line : lines) {
            JsonNode expected = json.readTree(line);
            TimeMlDocument d = docs.get(expected.get("doc").asString());
            String text = d.text();
            assertThat(text).as(d.name()).isEqualTo(expected.get("text").asString());
            assertThat(d.dctValue().orElse(null)).as(d.name()).isEqualTo(expected.get("dct").stringValue());
            List<String> want = new ArrayList<>();
            for (JsonNode t : expected.get("timexes")) {
                want.add(t.get("start").asInt() + "-" + t.get("end").asInt() + " " + t.get("type").asString() + " "
                        + t.get("value").asString());
            }
            List<String> got = new ArrayList<>();
            for (Mention m : d.timexes()) {
                // te3score counts code points, this library UTF-16 units
                got.add(text.codePointCount(0, m.start()) + "-" + text.codePointCount(0, m.end()) + " " + m.type()
                        + " " + m.value());
            }
            assertThat(got).as(d.name()).isEqualTo(want);
        }
    }
}
