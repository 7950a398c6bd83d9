package dev.timeline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.story.StoryDay;
import dev.timeline.story.StoryTimeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story timeline example on a small coverage of an invented story, in folders named as dates. */
class StoryTimelineExampleTest {
    @TempDir
    Path dir;

    @Test
    void theDayTheCoverageKeepsComingBackToLeadsWithWhatHappened() throws Exception {
        write("2023-03-07/1.txt", "Fire broke out at the Norden chemical plant on Monday night.\n"
                + "Firefighters fought the blaze at the plant until dawn on Tuesday.\n");
        write("2023-03-07/2.txt", "The Norden plant fire, which began on Monday, forced the closing of two schools.\n"
                + "Officials said the smoke from the plant was not toxic.\n");
        write("2023-03-20/3.txt", "The owners of the Norden plant were charged on Monday over the March 6 fire.\n"
                + "Prosecutors said safety rules at the plant had been broken for years.\n");

        StoryTimeline story = StoryTimelineExample.summarize(dir, 2, 1, null, null);

        StoryDay top = story.days().stream().max(Comparator.comparingDouble(StoryDay::salience)).orElseThrow();
        assertThat(top.date()).isEqualTo(LocalDate.of(2023, 3, 6));
        assertThat(top.documents()).isEqualTo(3);
        assertThat(top.sentences().get(0).text()).containsIgnoringCase("fire");
        assertThat(story.days()).hasSize(2);
    }

    private void write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
