package dev.timeline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import dev.timeline.chronology.Chronologies;
import dev.timeline.json.TimelineJson;
import dev.timeline.timeline.Timeline;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * What {@link TimelineSpark#chronology} produced: the mentions and per-document events as datasets, the documents
 * that were rejected and why, and the merged timeline.
 *
 * <p>The datasets are views of the analysed documents, which stay persisted until {@link #unpersist()}.
 */
public final class SparkChronology {
    /** The epoch days of the open ends of "before 1986" and "after 2011", which no Spark date can hold. */
    private static final long OPEN_PAST = LocalDate.MIN.toEpochDay();
    private static final long OPEN_FUTURE = LocalDate.MAX.toEpochDay();

    private final SparkSession spark;
    private final Dataset<Row> analysed;
    private final Timeline timeline;
    private final Stats stats;

    private SparkChronology(SparkSession spark, Dataset<Row> analysed, Timeline timeline, Stats stats) {
        this.spark = spark;
        this.analysed = analysed;
        this.timeline = timeline;
        this.stats = stats;
    }

    /**
     * How much was done: documents accepted and rejected, events before and after merging, and how the merge was
     * split (components, the events of the largest).
     */
    public record Stats(long documents, long rejected, long events, int mergedEvents, int mergeComponents,
            long largestMergeComponent) {
    }

    static SparkChronology of(SparkSession spark, Dataset<Row> analysed) {
        SparkChronology partial = new SparkChronology(spark, analysed, Timeline.empty(), null);
        Row counts = JobSteps.run(spark, JobSteps.ANALYSE, () -> analysed
                .selectExpr("count_if(reason IS NULL)", "count_if(reason IS NOT NULL)").first());
        DistributedMerge.Result merged = JobSteps.run(spark, JobSteps.MERGE,
                () -> DistributedMerge.merge(spark, partial.eventRows()));
        Timeline timeline = Timeline.copyOf(Chronologies.withReadableIds(merged.events()));
        Stats stats = new Stats(counts.getLong(0), counts.getLong(1), merged.inputEvents(), timeline.size(),
                merged.components(), merged.largestComponent());
        return new SparkChronology(spark, analysed, timeline, stats);
    }

    /** The merged events of all accepted documents, in time order, with readable ids. */
    public Timeline timeline() {
        return timeline;
    }

    /** The counts of this run. */
    public Stats stats() {
        return stats;
    }

    /**
     * One row a temporal expression: {@code doc_id, start, end} (UTF-16 offsets, end exclusive), {@code text},
     * {@code type} (TIMEX3 type), {@code value}, {@code mod}, {@code earliest, latest}: the covered days as dates,
     * both inclusive, and {@code earliest_open, latest_open}: true where the value has no bound at that end.
     *
     * <p>An open-ended value is never lost: "more than 20 years ago" (mod {@code BEFORE}) has a null
     * {@code earliest}, {@code earliest_open} true and its known {@code latest}; "less than two years ago" (mod
     * {@code AFTER}) has a null {@code latest} and {@code latest_open} true. Durations, sets and references to the
     * present cover no days: all four are null.
     */
    public Dataset<Row> mentions() {
        return analysed.filter(col("reason").isNull()).select(col("id").as("doc_id"), explode(col("mentions")).as("m"))
                .select(col("doc_id"), col("m.start"), col("m.end"), col("m.text"), col("m.type"), col("m.value"),
                        col("m.mod"), date_from_unix_date(col("m.earliest")).as("earliest"),
                        date_from_unix_date(col("m.latest")).as("latest"), col("m.earliest_open"),
                        col("m.latest_open"));
    }

    /**
     * One row an event of one document, before merging: {@code doc_id}, {@code event_index} (from 1, text order),
     * {@code event_id}, {@code value} (TIMEX3), {@code earliest, latest} (covered days, inclusive, null at an open
     * end), {@code earliest_open, latest_open} (true where the event's time has no bound at that end, as in "before
     * 1986"), {@code type}, {@code title}, {@code participants}, {@code places}, {@code confidence} (0..1), and
     * {@code json}: the event as a one-event document of the timeline JSON format, which {@code TimelineJson.read}
     * turns back into it.
     */
    public Dataset<Row> events() {
        return eventRows().select(col("doc_id"), col("index").as("event_index"), col("event_id"), col("value"),
                day(col("earliest"), OPEN_PAST).as("earliest"), day(col("latest"), OPEN_FUTURE).as("latest"),
                col("earliest").equalTo(OPEN_PAST).as("earliest_open"),
                col("latest").equalTo(OPEN_FUTURE).as("latest_open"), col("type"), col("title"),
                col("participants"), col("places"), col("confidence").cast("double").as("confidence"), col("json"));
    }

    /** The date of an epoch-day column, null at the open end {@code open} (which fits no Spark date). */
    private static Column day(Column epochDay, long open) {
        return date_from_unix_date(when(epochDay.notEqual(open), epochDay.cast("int")));
    }

    /**
     * One row an accepted document: {@code id}, {@code source}, {@code dct} (the creation date used, null when none
     * could be inferred), {@code dct_method} (GIVEN, INFERRED...), {@code mentions} and {@code events} (counts).
     */
    public Dataset<Row> documents() {
        return analysed.filter(col("reason").isNull()).select(col("id"), col("source"),
                col("dct").cast("date").as("dct"), col("dct_method"), size(col("mentions")).as("mentions"),
                size(col("events")).as("events"));
    }

    /** One row a rejected document: {@code id} (null when there was none), {@code source}, {@code reason}. */
    public Dataset<Row> rejected() {
        return analysed.filter(col("reason").isNotNull()).select(col("id"), col("source"), col("reason"));
    }

    /**
     * Writes everything under {@code dir} (any Hadoop path), replacing what is there: {@code mentions/},
     * {@code events/} and {@code documents/} as Parquet, {@code rejected/} as JSON Lines, and
     * {@code chronology.json} in the timeline JSON format.
     *
     * @throws IOException if the chronology file cannot be written
     */
    public void write(String dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        JobSteps.run(spark, JobSteps.WRITE, () -> {
            writeAll(dir);
            return null;
        });
    }

    private void writeAll(String dir) throws IOException {
        mentions().write().mode(SaveMode.Overwrite).parquet(dir + "/mentions");
        events().write().mode(SaveMode.Overwrite).parquet(dir + "/events");
        documents().write().mode(SaveMode.Overwrite).parquet(dir + "/documents");
        rejected().coalesce(1).write().mode(SaveMode.Overwrite).json(dir + "/rejected");
        Path file = new Path(dir, "chronology.json");
        FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (OutputStream out = fs.create(file, true)) {
            out.write(TimelineJson.write(timeline).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Releases the persisted analysis; the datasets must not be used afterwards. */
    public void unpersist() {
        analysed.unpersist();
    }

    SparkSession session() {
        return spark;
    }

    Dataset<Row> eventRows() {
        return analysed.filter(col("reason").isNull()).select(col("id").as("doc_id"), explode(col("events")).as("e"))
                .select(col("doc_id"), col("e.*"));
    }

    @Override
    public String toString() {
        return "SparkChronology of " + stats.documents() + " document(s) (" + stats.rejected() + " rejected), "
                + stats.events() + " event(s) merged into " + stats.mergedEvents();
    }
}
