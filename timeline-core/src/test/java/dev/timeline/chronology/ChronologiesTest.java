package dev.timeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.document.Document;
import dev.timeline.document.Documents;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChronologiesTest {
    @Test
    void readingDocumentsInParallelGivesTheSameChronologyEveryTime() {
        List<Document> docs = Documents.readFolder(Path.of("..", "seeds"));
        Chronology first = Chronologies.build(docs);
        for (int i = 0; i < 3; i++) {
            assertThat(Chronologies.build(docs)).isEqualTo(first);
        }
    }

    @Test
    void progressCountsUpOneDocumentAtATime() {
        List<Integer> seen = new ArrayList<>();
        Chronologies.build(Documents.readFolder(Path.of("..", "seeds")), ChronologyOptions.builder()
                .progress((done, total) -> seen.add(done)).build());
        assertThat(seen).containsExactly(1, 2, 3, 4, 5);
    }
}
