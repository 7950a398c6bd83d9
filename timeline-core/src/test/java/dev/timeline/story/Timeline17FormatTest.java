package dev.timeline.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Timeline17Format}: the layout written and read back, sentences tokenised as the gold timelines are. */
class Timeline17FormatTest {
    @TempDir
    Path dir;

    @Test
    void sentencesAreWrittenTokenisedInThePennTreebankManner() {
        assertThat(Timeline17Format.tokenize("BP's chief said \"we can't\" (for now), at a cost of $20bn."))
                .isEqualTo("BP 's chief said `` we ca n't '' -LRB- for now -RRB- , at a cost of $ 20bn .");
    }

    @Test
    void aWrittenTimelineReadsBackDayByDay() throws Exception {
        LocalDate d1 = LocalDate.of(2010, 4, 20);
        LocalDate d2 = LocalDate.of(2010, 7, 15);
        StoryTimeline story = StoryTimeline.of(List.of(
                new StoryDay(d1, 3.0, 2, List.of(new StorySentence("The rig exploded.", "a", d1, 0, 17),
                        new StorySentence("Eleven workers died.", "b", d1, 0, 20))),
                new StoryDay(d2, 2.0, 1, List.of(new StorySentence("The well was capped.", "c", d2, 0, 20)))),
                3, 0, 2);
        String text = Timeline17Format.write(story);
        assertThat(text).isEqualTo("2010-04-20\nThe rig exploded .\nEleven workers died .\n"
                + "--------------------------------\n2010-07-15\nThe well was capped .\n");
        Map<LocalDate, List<String>> read = Timeline17Format.read(Files.writeString(dir.resolve("t.txt"), text));
        assertThat(read).containsOnlyKeys(d1, d2);
        assertThat(read.get(d1)).containsExactly("The rig exploded .", "Eleven workers died .");
    }

    @Test
    void aDateLineThatIsNoDateIsNamedWithItsLine() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.txt"), "2010-04-20\nA sentence .\n2010-02-30\n");
        assertThatThrownBy(() -> Timeline17Format.read(file)).hasMessageEndingWith("bad.txt:3: '2010-02-30' is not a date");
    }

    @Test
    void daysOutOfOrderAreRefused() {
        LocalDate d = LocalDate.of(2010, 4, 20);
        assertThatThrownBy(() -> StoryTimeline.of(List.of(new StoryDay(d, 1, 1, List.of()),
                new StoryDay(d, 1, 1, List.of())), 1, 0, 1)).hasMessageContaining("out of order");
    }
}
