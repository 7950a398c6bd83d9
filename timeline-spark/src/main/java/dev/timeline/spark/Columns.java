package dev.timeline.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the rows passed between the stages of the job. Creation dates travel as ISO strings until output;
 * covered days travel as epoch days, never as text, so that the open ends of "before 1986" or "after 2011"
 * ({@link java.time.LocalDate#MIN} and {@code MAX}) neither fail a cast nor sort out of calendar order.
 */
final class Columns {
    private Columns() {
    }

    /**
     * A document as read: what is known of it (the place its dateline names outside its text, when known), or why it
     * cannot be used ({@code reason} not null).
     */
    static final StructType RAW = createStructType(List.of(
            createStructField("id", StringType, true),
            createStructField("text", StringType, true),
            createStructField("date", StringType, true),
            createStructField("source", StringType, true),
            createStructField("reason", StringType, true),
            createStructField("place", StringType, true)));

    /** A row of {@link #RAW} without a place. */
    static Row raw(String id, String text, String date, String source, String reason) {
        return raw(id, text, date, source, reason, null);
    }

    /** A row of {@link #RAW}. */
    static Row raw(String id, String text, String date, String source, String reason, String place) {
        return RowFactory.create(id, text, date, source, reason, place);
    }

    static final StructType MENTION = createStructType(List.of(
            createStructField("start", IntegerType, false),
            createStructField("end", IntegerType, false),
            createStructField("text", StringType, false),
            createStructField("type", StringType, false),
            createStructField("value", StringType, false),
            createStructField("mod", StringType, true),
            // epoch days, null when open at that end or when the value covers no days (durations, sets)
            createStructField("earliest", IntegerType, true),
            createStructField("latest", IntegerType, true),
            // null when the value covers no days
            createStructField("earliest_open", BooleanType, true),
            createStructField("latest_open", BooleanType, true)));

    static final StructType EVENT = createStructType(List.of(
            createStructField("index", IntegerType, false),
            createStructField("event_id", StringType, false),
            createStructField("value", StringType, false),
            // epoch days of the covered days, open ends included: the merge sweeps them in calendar order
            createStructField("earliest", LongType, false),
            createStructField("latest", LongType, false),
            createStructField("width", LongType, false),
            createStructField("type", StringType, false),
            createStructField("merge_group", StringType, false),
            createStructField("title", StringType, false),
            createStructField("participants", createArrayType(StringType, false), false),
            createStructField("places", createArrayType(StringType, false), false),
            createStructField("confidence", StringType, true),
            createStructField("json", StringType, false)));

    /** One document analysed: its creation date, mentions and events, or why it failed. */
    static final StructType ANALYSED = createStructType(List.of(
            createStructField("id", StringType, true),
            createStructField("source", StringType, true),
            createStructField("reason", StringType, true),
            createStructField("dct", StringType, true),
            createStructField("dct_method", StringType, true),
            createStructField("mentions", createArrayType(MENTION, false), true),
            createStructField("events", createArrayType(EVENT, false), true)));

    /** An event sent to its merge component, with what orders it as {@code Chronologies.build} would. */
    static final StructType TO_MERGE = createStructType(List.of(
            createStructField("component", StringType, false),
            createStructField("width", LongType, false),
            createStructField("doc_id", StringType, false),
            createStructField("index", IntegerType, false),
            createStructField("event_id", StringType, false),
            createStructField("json", StringType, false)));

    /** A merged event and the order key of the event that founded its cluster. */
    static final StructType MERGED = createStructType(List.of(
            createStructField("width", LongType, false),
            createStructField("doc_id", StringType, false),
            createStructField("index", IntegerType, false),
            createStructField("json", StringType, false)));
}
