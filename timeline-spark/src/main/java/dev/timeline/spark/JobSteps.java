package dev.timeline.spark;

import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Names the Spark jobs of each step of the chronology ("timeline: merge the events") as Spark's UI and REST API show
 * them, so that an operator, or a test, can tell which step a running job belongs to. The caller's own job
 * description is restored afterwards.
 */
final class JobSteps {
    /** The local property that {@link SparkContext#setJobDescription} sets. */
    private static final String DESCRIPTION = "spark.job.description";

    static final String ANALYSE = "timeline: analyse the documents";
    static final String MERGE = "timeline: merge the events";
    static final String WRITE = "timeline: write the results";
    static final String REPORT = "timeline: count the rejected documents";

    private JobSteps() {
    }

    /** A step that may throw {@code E}. */
    @FunctionalInterface
    interface Step<T, E extends Exception> {
        T run() throws E;
    }

    /** Runs {@code step} with its jobs described as {@code description}. */
    static <T, E extends Exception> T run(SparkSession spark, String description, Step<T, E> step) throws E {
        SparkContext context = spark.sparkContext();
        String previous = context.getLocalProperty(DESCRIPTION);
        context.setJobDescription(description);
        try {
            return step.run();
        } finally {
            context.setJobDescription(previous);
        }
    }
}
