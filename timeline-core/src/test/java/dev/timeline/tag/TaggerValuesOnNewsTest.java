package dev.timeline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.tag.timeml.SharedData;
import dev.timeline.tag.timeml.TimeMlDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every value the tagger gives on real news is one the time model reads: no impossible date, no stray mod. */
class TaggerValuesOnNewsTest {
    @Test
    void everyMentionOnTheDevelopmentNewsHasATimeValue() throws IOException {
        Path tbaq = SharedData.tbaq(); // skips the test when the shared data is absent
        Tagger tagger = Tagger.builder().strict(true).build();
        List<String> unread = new ArrayList<>();
        int mentions = 0;
        try (Stream<Path> files = Files.walk(tbaq)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tml")).toList()) {
                TimeMlDocument d = TimeMlDocument.read(f);
                for (Mention m : tagger.tag(d.text(), d.dct().map(Anchor::news).orElse(Anchor.none()))) {
                    mentions++;
                    if (m.timexValue().isEmpty()) {
                        unread.add(f.getFileName() + ": " + m);
                    }
                }
            }
        }
        assertThat(mentions).isGreaterThan(1000);
        assertThat(unread).isEmpty();
    }
}
