package dev.timeline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The timeline library on a Spark session: documents in, mentions, events and the merged chronology out, tagged and
 * extracted partition by partition with one tagger per executor JVM, merged across documents without any task
 * seeing the whole corpus.
 *
 * <pre>{@code
 * SparkChronology c = TimelineSpark.of(spark).chronology(docs);   // docs: id, text[, date]
 * c.timeline();              // equal to Chronologies.build(the accepted documents in id order).timeline()
 * c.mentions().write().parquet("out/mentions");
 * c.rejected().show();       // id, source, reason
 * }</pre>
 *
 * <p>The merged timeline equals the one {@code Chronologies.build} makes of the same accepted documents, sorted by
 * id, with default options or the assumed creation date; documents of a batch do not lend each other evidence for
 * their creation dates. A document that cannot be used (no id, no text, bytes that are not UTF-8, over the size
 * limit, an id shared with another document, an analysis that throws) is left out of the chronology and listed in
 * {@link SparkChronology#rejected()} with the reason; it never fails the job.
 *
 * <p>Instances are immutable; each call runs Spark jobs on the session.
 */
public final class TimelineSpark {
    private final SparkSession spark;
    private final LocalDate dct;
    private final long maxDocumentBytes;

    private TimelineSpark(SparkSession spark, LocalDate dct, long maxDocumentBytes) {
        this.spark = spark;
        this.dct = dct;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** Returns the library on {@code spark}, inferring creation dates, accepting documents up to 10 MB. */
    public static TimelineSpark of(SparkSession spark) {
        return new TimelineSpark(Objects.requireNonNull(spark, "spark"), null, Limits.DEFAULT_MAX_BYTES);
    }

    /** Returns a copy that assumes {@code dct} for documents that state no creation date, instead of inferring it. */
    public TimelineSpark withDct(LocalDate dct) {
        return new TimelineSpark(spark, Objects.requireNonNull(dct, "dct"), maxDocumentBytes);
    }

    /**
     * Returns a copy that rejects documents of more than {@code bytes} bytes of UTF-8 text.
     *
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public TimelineSpark withMaxDocumentBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("the document size limit must be positive: " + bytes);
        }
        return new TimelineSpark(spark, dct, bytes);
    }

    /** The creation date assumed for documents that state none, if any. */
    public Optional<LocalDate> dct() {
        return Optional.ofNullable(dct);
    }

    /** The largest document accepted, in bytes of UTF-8. */
    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /**
     * Reads the documents at {@code path} (a file, a folder read recursively, or a glob, on any Hadoop file system)
     * into the columns {@code id, text, date, source, reason}; {@code reason} says why a document cannot be used
     * and is null when it can. Lazy: nothing is read until an action.
     */
    public Dataset<Row> read(String path, InputFormat format) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        return DocumentReader.read(spark, path, format, maxDocumentBytes);
    }

    /**
     * Builds the chronology of the documents at {@code path}.
     *
     * @see #chronology(Dataset)
     */
    public SparkChronology chronology(String path, InputFormat format) {
        return chronology(read(path, format));
    }

    /**
     * Builds the chronology of {@code documents}: columns {@code id} and {@code text} (strings), optionally
     * {@code date} (a date, or an ISO date string: the creation date), {@code source}, {@code reason} and {@code place}
     * (the place a dateline outside the text names, as {@link #read} makes them). Runs the analysis and the merge now,
     * reading {@code documents} once; the returned mentions and events are kept (memory and disk) until {@link
     * SparkChronology#unpersist()}.
     *
     * @throws IllegalArgumentException if {@code id} or {@code text} is not a column
     */
    public SparkChronology chronology(Dataset<Row> documents) {
        // The duplicate-id check and the analysis both need the documents: keep them as read, so that the input is
        // read once, until the analysis is persisted.
        Dataset<Row> raw = normalise(documents).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            return analyse(raw);
        } finally {
            raw.unpersist();
        }
    }

    private SparkChronology analyse(Dataset<Row> raw) {
        Dataset<Row> shared = raw.filter(col("reason").isNull().and(col("id").isNotNull()))
                .groupBy("id").agg(count(lit(1)).as("copies")).filter(col("copies").gt(1))
                .select(col("id").as("shared_id"), col("copies"));
        Dataset<Row> checked = raw.join(shared, col("id").equalTo(col("shared_id")), "left")
                .select(col("id"), col("text"), col("date"), col("source"),
                        when(col("reason").isNull().and(col("copies").isNotNull()),
                                format_string("duplicate id: %d documents share it", col("copies")))
                                .otherwise(col("reason")).as("reason"), col("place"));
        Dataset<Row> analysed = checked
                .mapPartitions(new Analyser(maxDocumentBytes, dct()), Encoders.row(Columns.ANALYSED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        return SparkChronology.of(spark, analysed);
    }

    private static Dataset<Row> normalise(Dataset<Row> documents) {
        Objects.requireNonNull(documents, "documents");
        var names = Arrays.asList(documents.columns());
        for (String required : new String[] {"id", "text"}) {
            if (!names.contains(required)) {
                throw new IllegalArgumentException("the documents have no column \"" + required + "\"; columns: "
                        + names);
            }
        }
        return documents.select(
                col("id").cast("string").as("id"),
                col("text").cast("string").as("text"),
                (names.contains("date") ? col("date").cast("string") : lit(null).cast("string")).as("date"),
                (names.contains("source") ? col("source").cast("string") : lit(null).cast("string")).as("source"),
                (names.contains("reason") ? col("reason").cast("string") : lit(null).cast("string")).as("reason"),
                (names.contains("place") ? col("place").cast("string") : lit(null).cast("string")).as("place"));
    }
}
