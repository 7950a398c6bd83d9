package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.chronology.Chronologies;
import dev.timeline.chronology.Chronology;
import dev.timeline.document.Document;
import dev.timeline.document.Documents;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Source;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A source's span selects its sentence in the file as the user sees it, header line included. */
class SourceSpanTest {
    private static final Path SEEDS = Path.of("..", "seeds");

    @Test
    void everySourceSpanOfTheSeedChronologySelectsItsSentenceInTheFile() throws Exception {
        List<Document> seeds = Documents.readFolder(SEEDS);
        Chronology chronology = Chronologies.build(seeds);
        int checked = 0;
        for (Event e : chronology.timeline()) {
            for (Source s : e.sources()) {
                String file = Files.readString(SEEDS.resolve(s.documentId() + ".txt"), StandardCharsets.UTF_8);
                assertThat(file.substring(s.start(), s.end())).as("source of %s", e).isEqualTo(s.sentence());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void aHeaderLineDoesNotMoveTheSpans() {
        String body = "Kim Jong Un visited Beijing on 3 March 2019. He met Xi Jinping there.";
        Document withHeader = Documents.fromText("h", "date 2025-08-28\n" + body);
        Event event = Chronologies.build(List.of(withHeader)).timeline().iterator().next();
        Source s = event.sources().get(0);
        assertThat(withHeader.text().substring(s.start(), s.end())).isEqualTo(s.sentence());
        assertThat(s.start()).isEqualTo("date 2025-08-28\n".length());
    }

    @Test
    void aTreebankFilesSpansPointIntoTheFileNotIntoItsProse() {
        String file = "date 2019-03-05\n"
                + "Kim Jong Un -LRB- North Korea 's leader -RRB- visited Beijing on 3 March 2019 .\n"
                + "He met Xi Jinping there , the agency said .\n";
        Document document = Documents.fromText("tb", file);
        Source s = Chronologies.build(List.of(document)).timeline().stream().map(e -> e.sources().get(0))
                .filter(x -> x.sentence().startsWith("Kim")).findFirst().orElseThrow();
        assertThat(s.sentence()).startsWith("Kim Jong Un (North Korea's leader) visited Beijing");
        assertThat(file.substring(s.start(), s.end()))
                .isEqualTo("Kim Jong Un -LRB- North Korea 's leader -RRB- visited Beijing on 3 March 2019 .");
    }
}
