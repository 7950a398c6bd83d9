package dev.timeline.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark-submit} entry point:
 *
 * <pre>
 * spark-submit --class dev.timeline.spark.TimelineJob timeline-spark.jar --in PATH --out PATH
 *     [--format text|jsonl|tml] [--dct YYYY-MM-DD] [--max-bytes N]
 * </pre>
 *
 * <p>Writes under {@code --out} what {@link SparkChronology#write} writes, and prints the counts and the reasons
 * documents were rejected. Exits 0 when the job ran, whatever was rejected; 2 on bad arguments.
 */
public final class TimelineJob {
    private TimelineJob() {
    }

    /** The parsed command line. */
    record Args(String in, String out, InputFormat format, LocalDate dct, long maxBytes) {
        static Args parse(String[] argv) {
            String in = null;
            String out = null;
            InputFormat format = InputFormat.TEXT;
            LocalDate dct = null;
            long maxBytes = Limits.DEFAULT_MAX_BYTES;
            for (int i = 0; i < argv.length; i++) {
                String flag = argv[i];
                if (i + 1 >= argv.length) {
                    throw new IllegalArgumentException(flag + " needs a value");
                }
                String value = argv[++i];
                switch (flag) {
                    case "--in" -> in = value;
                    case "--out" -> out = value;
                    case "--format" -> format = InputFormat.of(value);
                    case "--dct" -> {
                        try {
                            dct = LocalDate.parse(value);
                        } catch (DateTimeParseException e) {
                            throw new IllegalArgumentException("--dct wants an ISO date such as 2025-08-28: " + value);
                        }
                    }
                    case "--max-bytes" -> {
                        try {
                            maxBytes = Long.parseLong(value);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--max-bytes wants a number of bytes: " + value);
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                }
            }
            if (in == null || out == null) {
                throw new IllegalArgumentException("--in and --out are required");
            }
            return new Args(in, out, format, dct, maxBytes);
        }
    }

    /** Runs the job on the session {@code spark-submit} configured. */
    public static void main(String[] argv) throws IOException {
        Args args;
        try {
            args = Args.parse(argv);
        } catch (IllegalArgumentException e) {
            System.err.println("timeline-spark: " + e.getMessage());
            System.err.println("usage: TimelineJob --in PATH --out PATH [--format text|jsonl|tml] [--dct YYYY-MM-DD]"
                    + " [--max-bytes N]");
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("timeline").getOrCreate();
        try {
            SparkChronology c = run(spark, args);
            report(c, System.err);
            c.unpersist();
        } finally {
            spark.stop();
        }
    }

    static SparkChronology run(SparkSession spark, Args args) throws IOException {
        TimelineSpark timeline = TimelineSpark.of(spark).withMaxDocumentBytes(args.maxBytes());
        if (args.dct() != null) {
            timeline = timeline.withDct(args.dct());
        }
        SparkChronology c = timeline.chronology(args.in(), args.format());
        c.write(args.out());
        return c;
    }

    static void report(SparkChronology c, PrintStream out) {
        SparkChronology.Stats s = c.stats();
        out.printf("timeline-spark: %d document(s), %d rejected, %d event(s) merged into %d (%d merge component(s),"
                + " largest %d event(s))%n", s.documents(), s.rejected(), s.events(), s.mergedEvents(),
                s.mergeComponents(), s.largestMergeComponent());
        List<Row> reasons = new ArrayList<>(JobSteps.run(c.session(), JobSteps.REPORT,
                () -> c.rejected().groupBy("reason").count().orderBy("reason").limit(20).collectAsList()));
        for (Row r : reasons) {
            out.printf("  rejected %d: %s%n", r.getLong(1), r.getString(0));
        }
    }
}
