package dev.timeline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.timeline.json.TimelineJson;
import dev.timeline.tag.Anchor;
import dev.timeline.tag.Tagger;
import dev.timeline.tag.timeml.TimeMlDocument;
import dev.timeline.time.Modifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Open-ended values ("more than 20 years ago", "less than two years ago") with Spark's default settings, ANSI mode
 * included: the job runs, the open end is a null day with its open flag set, and the known end is kept.
 */
class OpenEndedBoundsTest {
    private static final int SILVER_SAMPLE = 12;
    private static final Tagger TAGGER = Tagger.english();

    @TempDir
    static Path dir;
    static Path out;
    static SparkChronology chronology;
    static int silverSampled;

    @BeforeAll
    static void run() throws IOException {
        SparkSession spark = LocalSpark.get();
        assertThat(spark.conf().get("spark.sql.ansi.enabled")).isEqualTo("true");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("iraq.txt"), "date 2011-12-19\nThe family, who fled Iraq more than 20 years"
                + " ago, came back on Dec. 17, 2011. Kim Jong Un visited China more than 20 years ago, state media"
                + " said. Kim Jong Un visited Russia less than two years ago, officials said.");
        out = dir.resolve("out");
        chronology = TimelineJob.run(spark, TimelineJob.Args.parse(new String[] {
                "--in", in.toString(), "--out", out.toString(), "--format", "text"}));
        Path silver = Files.createDirectories(dir.resolve("silver"));
        for (Path f : silverWithOpenEndedMentions()) {
            Files.copy(f, silver.resolve(f.getFileName()));
            silverSampled++;
        }
        if (silverSampled > 0) {
            TimelineJob.run(spark, TimelineJob.Args.parse(new String[] {
                    "--in", silver.toString(), "--out", dir.resolve("silver-out").toString(), "--format", "tml"}));
        }
    }

    /** The first silver TimeML files in which the tagger finds an open-ended value, if the data are there. */
    private static List<Path> silverWithOpenEndedMentions() throws IOException {
        if (LocalSpark.silver().isEmpty()) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(LocalSpark.silver().get())) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        List<Path> sample = new ArrayList<>();
        for (Path f : files) {
            TimeMlDocument tml = TimeMlDocument.read(f);
            Anchor anchor = tml.dct().map(Anchor::news).orElse(Anchor.none());
            boolean open = TAGGER.tag(tml.text(), anchor).stream()
                    .anyMatch(m -> m.mod().map(x -> Modifier.fromTimex(x).isOpenEnded()).orElse(false));
            if (open) {
                sample.add(f);
                if (sample.size() == SILVER_SAMPLE) {
                    break;
                }
            }
        }
        return sample;
    }

    private static Dataset<Row> written(String table) {
        return LocalSpark.get().read().parquet(out.resolve(table).toString());
    }

    @Test
    void openTowardsThePastIsANullEarliestDayFlaggedOpenWithItsLatestDayKept() {
        Row before = written("mentions").filter("doc_id = 'iraq' AND mod = 'ON_OR_BEFORE'").first();
        assertThat(before.<String>getAs("text")).isEqualTo("more than 20 years ago");
        assertThat(before.<Object>getAs("earliest")).isNull();
        assertThat(before.<Boolean>getAs("earliest_open")).isTrue();
        // on or before 1991: the day twenty years before 19 Dec 2011 lies inside that year
        assertThat(before.<java.sql.Date>getAs("latest").toLocalDate()).isEqualTo(LocalDate.of(1991, 12, 31));
        assertThat(before.<Boolean>getAs("latest_open")).isFalse();
    }

    @Test
    void openTowardsTheFutureIsANullLatestDayFlaggedOpenWithItsEarliestDayKept() {
        Row since = written("mentions").filter("doc_id = 'iraq' AND mod = 'ON_OR_AFTER'").first();
        assertThat(since.<String>getAs("text")).isEqualTo("less than two years ago");
        assertThat(since.<java.sql.Date>getAs("earliest").toLocalDate()).isEqualTo(LocalDate.of(2009, 1, 1));
        assertThat(since.<Boolean>getAs("earliest_open")).isFalse();
        assertThat(since.<Object>getAs("latest")).isNull();
        assertThat(since.<Boolean>getAs("latest_open")).isTrue();
    }

    @Test
    void everyMentionWithDaysHasADayOrAnOpenFlagAtEachEnd() {
        Dataset<Row> mentions = written("mentions");
        assertThat(mentions.filter("earliest_open IS NOT NULL").count()).isPositive();
        assertThat(mentions.filter("earliest_open IS NOT NULL AND (earliest IS NULL) != earliest_open"
                + " OR latest_open IS NOT NULL AND (latest IS NULL) != latest_open").count()).isZero();
        assertThat(mentions.filter("earliest_open IS NULL AND (earliest IS NOT NULL OR latest IS NOT NULL)").count())
                .isZero();
    }

    @Test
    void openEndedEventsKeepTheirKnownDayAndTheirFlag() {
        Dataset<Row> events = written("events");
        Dataset<Row> open = events.filter("earliest_open OR latest_open");
        assertThat(open.count()).isPositive();
        assertThat(events.filter("earliest IS NULL AND NOT earliest_open OR latest IS NULL AND NOT latest_open"
                + " OR earliest IS NULL AND latest IS NULL").count()).isZero();
        for (Row r : open.collectAsList()) {
            var event = TimelineJson.read(r.<String>getAs("json")).events().get(0);
            boolean pastOpen = event.when().earliestDay().equals(LocalDate.MIN);
            assertThat(r.<Boolean>getAs("earliest_open")).isEqualTo(pastOpen);
            java.sql.Date known = r.getAs(pastOpen ? "latest" : "earliest");
            assertThat(known.toLocalDate())
                    .isEqualTo(pastOpen ? event.when().latestDay() : event.when().earliestDay());
        }
    }

    @Test
    void theChronologyStillHoldsTheOpenEndedEvents() throws IOException {
        var events = TimelineJson.read(out.resolve("chronology.json")).events();
        assertThat(events).anyMatch(e -> e.when().earliestDay().equals(LocalDate.MIN));
        assertThat(events).anyMatch(e -> e.when().latestDay().equals(LocalDate.MAX));
        assertThat(chronology.stats().rejected()).isZero();
    }

    @Test
    void silverDocumentsWithOpenEndedValuesPassWithDefaultSettings() {
        assumeTrue(silverSampled > 0, "shared/data/silver is absent");
        assertThat(silverSampled).isEqualTo(SILVER_SAMPLE);
        Dataset<Row> mentions = LocalSpark.get().read().parquet(dir.resolve("silver-out/mentions").toString());
        assertThat(mentions.filter("earliest_open OR latest_open").count()).isGreaterThanOrEqualTo(SILVER_SAMPLE);
    }
}
