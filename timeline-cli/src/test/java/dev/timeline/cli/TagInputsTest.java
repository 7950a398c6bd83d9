package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code tag} reads several files, folders and {@code -} (standard input), as {@code chronology} does. */
class TagInputsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(InputStream in, String... args) {
        return Main.execute(args, in, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void severalFilesAndAFolderAreEachTaggedUnderTheirId() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("news"));
        Files.writeString(folder.resolve("b.txt"), "The talks ended on Friday.");
        Path a = Files.writeString(dir.resolve("a.txt"), "Kim visited Beijing on 3 March 2019.");
        assertThat(run(stdin(""), "tag", a.toString(), folder.toString(), "--dct", "2019-03-08")).isZero();
        assertThat(out.toString()).contains("# document a\n# dct 2019-03-08\n")
                .contains("2019-03-03").contains("# document b\n").contains("2019-03-08\tFriday");
        assertThat(err.toString()).contains("2 documents read from 2 files");
    }

    @Test
    void aDashReadsStandardInputWithItsDateHeaderAsAFileIsRead() {
        assertThat(run(stdin("date 2025-08-28\nKim will visit Beijing next week."), "tag", "-", "--format", "json"))
                .isZero();
        JsonNode root = JsonMapper.builder().build().readTree(out.toString());
        assertThat(root.get("id").asString()).isEqualTo("stdin");
        assertThat(root.get("dct").asString()).isEqualTo("2025-08-28");
        JsonNode nextWeek = root.get("mentions").get(0);
        assertThat(nextWeek.get("value").asString()).isEqualTo("2025-W36");
        String input = "date 2025-08-28\nKim will visit Beijing next week.";
        assertThat(input.substring(nextWeek.get("start").asInt(), nextWeek.get("end").asInt())).isEqualTo("next week");
    }

    @Test
    void severalDocumentsInJsonAreAnArray() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "It rained on Monday.");
        assertThat(run(stdin("It snowed on Tuesday."), "tag", a.toString(), "-", "--format", "json", "--dct",
                "2025-08-28")).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(out.toString());
        assertThat(root.isArray()).isTrue();
        assertThat(root.get(0).get("id").asString()).isEqualTo("a");
        assertThat(root.get(1).get("id").asString()).isEqualTo("stdin");
    }

    @Test
    void standardInputThatIsNotUtf8IsReportedWithItsByteOffset() {
        InputStream bad = new ByteArrayInputStream(new byte[] {'a', 'b', (byte) 0xFF});
        assertThat(run(bad, "tag", "-")).isEqualTo(1);
        assertThat(err.toString()).contains("standard input: not valid UTF-8").contains("byte offset 2")
                .doesNotContain("\tat ");
    }

    @Test
    void chronologyReadsStandardInputToo() {
        assertThat(run(stdin("date 2019-03-08\nKim Jong Un visited Beijing on 3 March 2019."), "chronology", "-"))
                .isZero();
        assertThat(out.toString()).contains("2019");
        assertThat(err.toString()).contains("1 document read from 1 file");
    }

    @Test
    void offsetsOfATreebankFilePointIntoTheFileAndTheTextIsItsProse() throws Exception {
        String file = "BP said -LRB- on Friday , May 28 , 2010 -RRB- it had n't found the leak 's source .\n"
                + "`` We 'll search , '' he said .\n";
        Path path = Files.writeString(dir.resolve("tb.txt"), file);
        assertThat(run(stdin(""), "tag", path.toString(), "--format", "json")).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(out.toString());
        JsonNode date = root.get("mentions").get(0);
        assertThat(date.get("text").asString()).isEqualTo("Friday, May 28, 2010");
        assertThat(file.substring(date.get("start").asInt(), date.get("end").asInt()))
                .isEqualTo("Friday , May 28 , 2010");
        for (JsonNode event : root.get("events")) {
            assertThat(file.substring(event.get("start").asInt(), event.get("end").asInt()).replace(" ", ""))
                    .isEqualTo(event.get("text").asString().replace(" ", ""));
        }
    }
}
