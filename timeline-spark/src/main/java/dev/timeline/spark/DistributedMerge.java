package dev.timeline.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import dev.timeline.json.TimelineJson;
import dev.timeline.merge.EventMerger;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Timeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Cross-document merging without one task seeing the corpus, with the same result as the library's merger on all
 * events at once.
 *
 * <p>Why it is exact: the merger is greedy (events in order of width, then input order; each joins the first
 * cluster it meets whose every member has a compatible time and one member a similar event, else founds one), and
 * two events with compatible times are of one type group and have overlapping covered days. So the events split
 * into components (one type group, covered days chained by overlap) such that no event of one component can ever
 * join a cluster of another, and merging each component alone, in the same relative order, yields the same clusters.
 * Every event is in exactly one component: there is nothing to deduplicate afterwards.
 *
 * <p>The components come from the distinct (group, earliest day, latest day) triples of the events, which the
 * driver sweeps; their number is bounded by the calendar, not by the corpus. The merged events come back to the
 * driver in the order of their founding events, which is the order the single-machine merger emits them in.
 */
final class DistributedMerge {
    private static final StructType COMPONENTS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("merge_group", DataTypes.StringType, false),
            DataTypes.createStructField("earliest", DataTypes.LongType, false),
            DataTypes.createStructField("latest", DataTypes.LongType, false),
            DataTypes.createStructField("component", DataTypes.StringType, false)));

    private DistributedMerge() {
    }

    /** The result: merged events in emission order, and the size of the work. */
    record Result(List<Event> events, int components, long largestComponent, long inputEvents) {
    }

    /** Merges the events of {@code events}: rows with doc_id and the columns of {@link Columns#EVENT}. */
    static Result merge(SparkSession spark, Dataset<Row> events) {
        List<Row> intervals = events.select("merge_group", "earliest", "latest").distinct().collectAsList();
        List<Row> assignment = components(intervals);
        int componentCount = (int) assignment.stream().map(r -> r.getString(3)).distinct().count();
        Dataset<Row> keyed = events.join(broadcast(spark.createDataFrame(assignment, COMPONENTS)),
                        new String[] {"merge_group", "earliest", "latest"})
                .select(col("component"), col("width"), col("doc_id"), col("index"), col("event_id"), col("json"));
        Dataset<Row> sizes = keyed.groupBy("component").count().agg(org.apache.spark.sql.functions.max("count"),
                org.apache.spark.sql.functions.sum("count"));
        Row size = sizes.first();
        long largest = size.isNullAt(0) ? 0 : size.getLong(0);
        long total = size.isNullAt(1) ? 0 : size.getLong(1);
        Dataset<Row> merged = keyed
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (key, rows) -> mergeComponent(rows),
                        Encoders.row(Columns.MERGED));
        List<Row> founders = new ArrayList<>(merged.collectAsList());
        founders.sort(ORDER);
        List<Event> out = new ArrayList<>(founders.size());
        for (Row r : founders) {
            out.add(single(r.getString(3)));
        }
        return new Result(List.copyOf(out), componentCount, largest, total);
    }

    /** Width, then document id, then the event's place in its document: the single-machine merge order. */
    private static final Comparator<Row> ORDER = Comparator.<Row>comparingLong(r -> r.getLong(0))
            .thenComparing(r -> r.getString(1)).thenComparingInt(r -> r.getInt(2));

    /**
     * Sweeps the intervals (group, earliest and latest epoch day) of each group in order of earliest day; a gap
     * starts a new component. Epoch days keep calendar order at the open ends, which ISO text does not
     * ({@code +999999999-12-31} sorts before {@code 2012-01-01} as text).
     */
    static List<Row> components(List<Row> intervals) {
        List<Row> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.<Row, String>comparing(r -> r.getString(0)).thenComparingLong(r -> r.getLong(1)));
        List<Row> out = new ArrayList<>(sorted.size());
        String group = null;
        long reach = Long.MIN_VALUE;
        int n = 0;
        for (Row r : sorted) {
            String g = r.getString(0);
            long earliest = r.getLong(1);
            long latest = r.getLong(2);
            if (!g.equals(group) || earliest > reach) {
                n++;
                group = g;
                reach = latest;
            } else if (latest > reach) {
                reach = latest;
            }
            out.add(RowFactory.create(g, earliest, latest, g + "#" + n));
        }
        return out;
    }

    private static java.util.Iterator<Row> mergeComponent(java.util.Iterator<Row> rows) {
        List<Row> members = DocumentReader.list(rows);
        // rows: component, width, doc_id, index, event_id, json -> order on width, doc_id, index
        members.sort(Comparator.<Row>comparingLong(r -> r.getLong(1)).thenComparing(r -> r.getString(2))
                .thenComparingInt(r -> r.getInt(3)));
        Map<String, Row> byId = new HashMap<>();
        List<Event> events = new ArrayList<>(members.size());
        for (Row r : members) {
            byId.put(r.getString(4), r);
            events.add(single(r.getString(5)));
        }
        List<Row> out = new ArrayList<>();
        for (Event m : EventMerger.merge(events)) {
            Row founder = byId.get(m.id());
            if (founder == null) {
                throw new IllegalStateException("merged event " + m.id() + " keeps the id of none of its members");
            }
            out.add(RowFactory.create(founder.getLong(1), founder.getString(2), founder.getInt(3),
                    TimelineJson.write(Timeline.of(m))));
        }
        return out.iterator();
    }

    private static Event single(String json) {
        return TimelineJson.read(json).events().get(0);
    }
}
