package dev.timeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.document.Document;
import dev.timeline.document.Documents;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChronologiesTest {
    @Test
    void twoAttacksOfOneDayInTwoArticlesStayTwoEvents() {
        // were one event: an attack was a war, of which one day holds one
        java.time.LocalDate friday = java.time.LocalDate.of(2010, 6, 11);
        List<Document> docs = List.of(
                Document.of("a", "Ola Berg attacked the Oslo city council on Friday.").withDct(friday),
                Document.of("b", "Gunmen attacked a police station in Tromso on Friday.").withDct(friday));
        assertThat(Chronologies.build(docs).timeline().events()).hasSize(2)
                .allSatisfy(e -> assertThat(e.sources()).hasSize(1));
    }

    @Test
    void readingDocumentsInParallelGivesTheSameChronologyEveryTime() {
        List<Document> docs = Documents.readFolder(Path.of("..", "seeds"));
        Chronology first = Chronologies.build(docs);
        for (int i = 0; i < 3; i++) {
            assertThat(Chronologies.build(docs)).isEqualTo(first);
        }
    }

    @Test
    void oneThreadAndSeveralThreadsGiveTheSameChronology() {
        List<Document> docs = Documents.readFolder(Path.of("..", "seeds"));
        for (boolean lend : new boolean[] {false, true}) {
            Chronology one = Chronologies.build(docs, ChronologyOptions.builder().lendDctEvidence(lend).threads(1)
                    .build());
            for (int threads : new int[] {2, 4}) {
                assertThat(Chronologies.build(docs, ChronologyOptions.builder().lendDctEvidence(lend)
                        .threads(threads).build())).isEqualTo(one);
            }
        }
    }

    @Test
    void oneLongDocumentReadOnSeveralThreadsGivesTheSameChronologyAsOnOne() {
        // the seeds one after another, many times: more dated sentences than one piece of the language layer holds
        // and more sentences than one thread takes at a time, so that the document's parts are shared out
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            Documents.readFolder(Path.of("..", "seeds")).forEach(d -> text.append(d.text()).append("\n\n"));
        }
        List<Document> one = List.of(Document.of("long", text.toString()));
        Chronology alone = Chronologies.build(one, ChronologyOptions.builder().threads(1).build());
        assertThat(alone.timeline().size()).isGreaterThan(12);
        for (int threads : new int[] {2, 3}) {
            assertThat(Chronologies.build(one, ChronologyOptions.builder().threads(threads).build())).isEqualTo(alone);
        }
    }

    @Test
    void fewerThanOneThreadIsRefused() {
        assertThatThrownBy(() -> ChronologyOptions.builder().threads(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the number of threads must be at least 1, not 0");
    }

    @Test
    void twoDocumentsWithOneIdAreRefused() {
        Document d = Documents.fromText("same", "Talks resumed on Monday.");
        assertThatThrownBy(() -> Chronologies.build(List.of(d, d), ChronologyOptions.builder().threads(2).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two documents have the id \"same\"");
    }

    @Test
    void progressCountsUpOneDocumentAtATime() {
        List<Integer> seen = new ArrayList<>();
        Chronologies.build(Documents.readFolder(Path.of("..", "seeds")), ChronologyOptions.builder()
                .progress((done, total) -> seen.add(done)).build());
        assertThat(seen).containsExactly(1, 2, 3, 4, 5);
    }
}
