package dev.timeline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Spark job of the chronology is named after its step, as Spark's UI and REST API show it. */
class JobStepsTest {
    @TempDir
    Path dir;

    @Test
    void eachJobCarriesTheDescriptionOfItsStepAndTheCallersDescriptionIsRestored() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "date 2011-12-19\nKim Jong Un took power on Dec. 17, 2011.");
        Files.writeString(in.resolve("b.txt"), "date 2011-12-20\nKim Jong Un took power on Dec. 17, 2011.");
        SparkContext context = LocalSpark.get().sparkContext();
        List<String> descriptions = new CopyOnWriteArrayList<>();
        SparkListener listener = new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart start) {
                descriptions.add(String.valueOf(start.properties().getProperty("spark.job.description")));
            }
        };
        context.addSparkListener(listener);
        context.setJobDescription("the caller's");
        try {
            TimelineJob.report(TimelineJob.run(LocalSpark.get(), TimelineJob.Args.parse(new String[] {
                    "--in", in.toString(), "--out", dir.resolve("out").toString()})), System.out);
            assertThat(context.getLocalProperty("spark.job.description")).isEqualTo("the caller's");
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!descriptions.contains(JobSteps.REPORT) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            context.setJobDescription(null);
            context.removeSparkListener(listener);
        }
        assertThat(descriptions).contains(JobSteps.ANALYSE, JobSteps.MERGE, JobSteps.WRITE, JobSteps.REPORT)
                .allMatch(d -> d.startsWith("timeline: "), "starts with \"timeline: \"");
        assertThat(descriptions.indexOf(JobSteps.ANALYSE)).isLessThan(descriptions.indexOf(JobSteps.MERGE));
        assertThat(descriptions.indexOf(JobSteps.MERGE)).isLessThan(descriptions.indexOf(JobSteps.WRITE));
    }
}
