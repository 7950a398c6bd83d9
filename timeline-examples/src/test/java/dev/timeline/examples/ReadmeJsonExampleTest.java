package dev.timeline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.json.TimelineJson;
import dev.timeline.timeline.Timeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The complete JSON document in the README is a valid timeline, so the documentation cannot drift from the format. */
class ReadmeJsonExampleTest {
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(\\{\\n  \"format\": \"timeline\".*?)```",
            Pattern.DOTALL);

    @Test
    void readmeExampleReadsAsATimelineAndWritesBackTheSameEvents() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher m = JSON_BLOCK.matcher(readme);
        assertThat(m.find()).as("a complete timeline JSON document in README.md").isTrue();

        Timeline timeline = TimelineJson.read(m.group(1));

        assertThat(timeline.events()).extracting(e -> e.when().label())
                .containsExactly("late 2011", "31 Aug – 3 Sep 2025");
        assertThat(TimelineJson.read(TimelineJson.write(timeline))).isEqualTo(timeline);
    }
}
