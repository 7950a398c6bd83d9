package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code timeline summarize} and {@code timeline eval-story} on a small story in folders named as dates. */
class SummarizeCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** A story in the Timeline17 layout: InputDocs/<date>/<n>.txt, tokenised, and one gold timeline. */
    private Path story() throws Exception {
        Path story = dir.resolve("flood");
        write(story.resolve("InputDocs/2021-05-03/1.htm.txt"), "The Kessel dam broke on Monday after three days of"
                + " heavy rain .\nWater flooded the valley below the dam within an hour of the break .\n");
        write(story.resolve("InputDocs/2021-05-04/2.htm.txt"), "Hundreds of villagers were evacuated on Tuesday from"
                + " the flooded valley .\nThe Kessel dam broke on Monday , the worst flood in the region in fifty"
                + " years .\n");
        write(story.resolve("InputDocs/2021-05-10/3.htm.txt"), "A public inquiry into the Kessel dam failure opened"
                + " on Monday in the capital .\nThe dam broke on May 3 , flooding the valley and forcing hundreds"
                + " from their homes .\n");
        write(story.resolve("timelines/gold.txt"), "2021-05-03\nThe Kessel dam breaks after heavy rain .\n"
                + "--------------------------------\n2021-05-10\nAn inquiry into the dam failure opens .\n");
        return story;
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void theTimeline17LayoutHasTheMostNamedDayWithItsSentences() throws Exception {
        assertThat(run("summarize", story().resolve("InputDocs").toString(), "--dates", "2", "--sentences", "1",
                "--format", "t17")).as(err.toString()).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).isEqualTo("2021-05-03");
        assertThat(lines[1]).contains("dam").endsWith(" .");
        assertThat(lines[2]).isEqualTo("-".repeat(32));
        assertThat(lines).hasSize(5);
        assertThat(err.toString()).contains("3 read for the story");
    }

    @Test
    void jsonOutputHasOneEventADayWithItsSources() throws Exception {
        assertThat(run("summarize", story().resolve("InputDocs").toString(), "--dates", "3", "--format", "json"))
                .as(err.toString()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        JsonNode events = json.get("events");
        assertThat(events.size()).isBetween(1, 3);
        assertThat(events.get(0).get("when").get("value").asString()).isEqualTo("2021-05-03");
        assertThat(events.get(0).get("sources").size()).isPositive();
        assertThat(out.toString()).doesNotContain("-LRB-", "``");
    }

    @Test
    void moreDatesThanTheStoryNamesIsAWarningNotAnError() throws Exception {
        assertThat(run("summarize", story().resolve("InputDocs").toString(), "--dates", "40")).isZero();
        assertThat(err.toString()).contains("days, not 40: the articles name only");
    }

    @Test
    void badOptionsAndInputsAreOneClearLineAndAnExitCode() throws Exception {
        Path inputs = story().resolve("InputDocs");
        assertThat(run("summarize", inputs.toString(), "--sentences", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("sentences for each date must be at least 1, not 0");
        err.getBuffer().setLength(0);
        assertThat(run("summarize", inputs.toString(), "--from", "2021-05-10", "--to", "2021-05-01")).isEqualTo(2);
        assertThat(err.toString()).contains("the range starts on 2021-05-10, after its end 2021-05-01");
        err.getBuffer().setLength(0);
        assertThat(run("summarize", inputs.toString(), "--from", "2030-01-01")).isEqualTo(1);
        assertThat(err.toString()).contains("none of the 3 documents has a creation date between 2030-01-01");
        err.getBuffer().setLength(0);
        Path undated = Files.writeString(dir.resolve("undated.txt"), "The dam broke on Monday.");
        assertThat(run("summarize", undated.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("none of the 1 documents has a creation date");
        err.getBuffer().setLength(0);
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(run("summarize", empty.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no .txt, .jsonl or .tml files in folder").doesNotContain("Exception");
    }

    @Test
    void evalStoryScoresAgainstTheGoldTimelineAndWritesItsTimelines() throws Exception {
        Path story = story();
        Path written = dir.resolve("written");
        assertThat(run("eval-story", story.toString(), "--out", written.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("timelines 1").containsPattern("date  P [01]\\.\\d{3}");
        assertThat(written.resolve("flood/gold.txt")).exists();
        assertThat(Files.readString(written.resolve("flood/gold.txt"))).startsWith("2021-05-03\n");
        err.getBuffer().setLength(0);
        assertThat(run("eval-story", dir.resolve("written").toString(), "--out", written.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no InputDocs folder");
    }
}
