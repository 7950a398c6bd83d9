package dev.timeline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.json.TimelineJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit job: its arguments and what it writes. */
class TimelineJobTest {
    @TempDir
    Path dir;

    @Test
    void writesMentionsEventsDocumentsRejectedAndTheChronology() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Kim Jong Un took power on Dec. 17, 2011, two days ago.");
        Files.writeString(in.resolve("b.txt"), "");
        Path out = dir.resolve("out");
        SparkSession spark = LocalSpark.get();
        SparkChronology c = TimelineJob.run(spark, TimelineJob.Args.parse(new String[] {
                "--in", in.toString(), "--out", out.toString(), "--format", "text", "--dct", "2011-12-19"}));

        assertThat(TimelineJson.read(out.resolve("chronology.json"))).isEqualTo(c.timeline());
        Row mention = spark.read().parquet(out.resolve("mentions").toString()).orderBy("start").first();
        assertThat(mention.<String>getAs("doc_id")).isEqualTo("a");
        assertThat(mention.<String>getAs("value")).isEqualTo("2011-12-17");
        assertThat(mention.<java.sql.Date>getAs("earliest").toLocalDate()).isEqualTo(LocalDate.of(2011, 12, 17));
        assertThat(spark.read().parquet(out.resolve("events").toString()).count()).isEqualTo(c.stats().events());
        assertThat(spark.read().parquet(out.resolve("documents").toString()).first().<java.sql.Date>getAs("dct")
                .toLocalDate()).isEqualTo(LocalDate.of(2011, 12, 19));
        Row rejected = spark.read().json(out.resolve("rejected").toString()).first();
        assertThat(rejected.<String>getAs("id")).isEqualTo("b");
        assertThat(rejected.<String>getAs("reason")).isEqualTo("empty file");
    }

    @Test
    void argumentsNameWhatIsWrong() {
        assertThatThrownBy(() -> TimelineJob.Args.parse(new String[] {"--in", "x"}))
                .hasMessage("--in and --out are required");
        assertThatThrownBy(() -> TimelineJob.Args.parse(new String[] {"--in", "x", "--out", "y", "--format", "pdf"}))
                .hasMessage("unknown input format \"pdf\"; use text, jsonl or tml");
        assertThatThrownBy(() -> TimelineJob.Args.parse(new String[] {"--dct", "yesterday"}))
                .hasMessage("--dct wants an ISO date such as 2025-08-28: yesterday");
    }
}
