package dev.timeline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad documents are counted and listed with their reason; the good ones still make the chronology. */
class RejectedDocumentsTest {
    private static final String GOOD = "date 2011-12-20\nKim Jong Un took power on Dec. 17, 2011, state media said.";

    @TempDir
    static Path dir;
    static SparkChronology text;
    static SparkChronology jsonl;

    @BeforeAll
    static void run() throws IOException {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("good.txt"), GOOD);
        byte[] latin1 = "Caf\u00e9 opened on May 3, 2011.".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(texts.resolve("latin1.txt"), latin1);
        Files.writeString(texts.resolve("empty.txt"), "  \n");
        Files.writeString(texts.resolve("huge.txt"), "word ".repeat(2_100_000)); // 10.5 MB
        Files.createDirectories(texts.resolve("b"));
        Files.writeString(texts.resolve("same.txt"), GOOD);
        Files.writeString(texts.resolve("b/same.txt"), GOOD);
        text = TimelineSpark.of(LocalSpark.get()).chronology(texts.toString(), InputFormat.TEXT);

        Path lines = Files.createDirectories(dir.resolve("jsonl")).resolve("docs.jsonl");
        byte[] badBytes = "{\"id\": \"bytes\", \"text\": \"Caf\u00e9 opened\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        String rest = """
                {"id": "good", "text": "Kim Jong Un took power on Dec. 17, 2011.", "date": "2011-12-20"}
                {"id": "notext", "date": "2011-12-20"}
                {"text": "No id here, said on Dec. 17, 2011."}
                {"id": "baddate", "text": "Said on Dec. 17, 2011.", "date": "20/12/2011"}
                {"id": "broken", "text":
                """;
        Files.write(lines, badBytes);
        Files.writeString(lines, rest, java.nio.file.StandardOpenOption.APPEND);
        jsonl = TimelineSpark.of(LocalSpark.get()).chronology(lines.toString(), InputFormat.JSONL);
    }

    private static Map<String, String> reasons(SparkChronology c) {
        return c.rejected().collectAsList().stream()
                .collect(Collectors.toMap(r -> r.isNullAt(0) ? r.getString(1) + " " + r.getString(2) : r.getString(0),
                        r -> r.getString(2), (a, b) -> a + " | " + b));
    }

    @Test
    void undecodableBytesAreRejectedWithTheOffset() {
        assertThat(reasons(text)).containsEntry("latin1", "not UTF-8: undecodable byte 0xE9 at offset 3");
    }

    @Test
    void blankTextIsRejected() {
        assertThat(reasons(text)).containsEntry("empty", "missing text");
    }

    @Test
    void documentsOverTenMegabytesAreRejectedUnread() {
        assertThat(reasons(text).get("huge")).isEqualTo("too large: 10500000 bytes, over the limit of 10000000 bytes");
    }

    @Test
    void sharedIdsRejectEveryCopy() {
        assertThat(reasons(text)).containsEntry("same",
                "duplicate id: 2 documents share it | duplicate id: 2 documents share it");
    }

    @Test
    void goodDocumentsStillMakeTheChronology() {
        assertThat(text.stats().documents()).isEqualTo(1);
        assertThat(text.stats().rejected()).isEqualTo(5);
        assertThat(text.timeline().events()).isNotEmpty();
        assertThat(text.documents().first().getAs("id").toString()).isEqualTo("good");
    }

    @Test
    void jsonLinesProblemsAreEachNamed() {
        Map<String, String> r = reasons(jsonl);
        assertThat(r).containsEntry("notext", "missing text")
                .containsEntry("baddate", "date is not an ISO date (yyyy-mm-dd): \"20/12/2011\"");
        assertThat(r.get("bytes")).startsWith("not UTF-8: the line holds undecodable bytes");
        assertThat(r.values()).contains("missing id").anyMatch(v -> v.startsWith("not JSON: "));
        assertThat(jsonl.stats().documents()).isEqualTo(1);
        assertThat(jsonl.stats().rejected()).isEqualTo(5);
    }

    @Test
    void datasetRowsWithoutTextAreRejected() {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.StringType, true),
                DataTypes.createStructField("text", DataTypes.StringType, true)));
        Dataset<Row> docs = LocalSpark.get().createDataFrame(List.of(
                RowFactory.create("a", "The summit was held on March 3, 2019."),
                RowFactory.create("b", null)), schema);
        SparkChronology c = TimelineSpark.of(LocalSpark.get()).chronology(docs);
        assertThat(reasons(c)).containsExactly(Map.entry("b", "missing text"));
        assertThat(c.stats().documents()).isEqualTo(1);
    }
}
