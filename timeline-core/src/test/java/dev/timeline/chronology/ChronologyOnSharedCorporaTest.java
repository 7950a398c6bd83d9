package dev.timeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.timeline.document.Document;
import dev.timeline.document.Documents;
import dev.timeline.tag.timeml.SharedData;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Chronologies of every development and silver article, with their creation dates and without: real news exercises
 * combinations of mentions and triggers that the unit tests do not think of. Skipped when the shared data is absent.
 */
class ChronologyOnSharedCorporaTest {
    @Test
    void everyArticleOfTheSharedCorporaMakesAChronologyWhoseSourcesQuoteItsText() throws IOException {
        Path data = SharedData.tbaq().getParent();
        List<Document> dated = read(data.resolve("tbaq"));
        Path silver = data.resolve("silver");
        if (Files.isDirectory(silver)) {
            dated = Stream.concat(dated.stream(), read(silver).stream()).toList();
        }
        assumeTrue(!dated.isEmpty(), "no .tml files in the shared data");
        List<Document> undated = dated.stream().map(d -> Document.of(d.id(), d.text())).toList();
        for (List<Document> documents : List.of(dated, undated)) {
            Chronology chronology = Chronologies.build(documents);
            Map<String, String> texts = documents.stream()
                    .collect(Collectors.toMap(Document::id, Document::text, (a, b) -> a));
            assertThat(chronology.timeline().events()).isNotEmpty();
            for (Event e : chronology.timeline().events()) {
                for (Source s : e.sources()) {
                    String text = texts.get(s.documentId());
                    assertThat(text).as("document of %s", e).isNotNull();
                    assertThat(s.end()).as("source span of %s", e).isBetween(s.start(), text.length());
                }
            }
        }
    }

    private static List<Document> read(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".tml")).sorted().map(Documents::readTimeMl)
                    .collect(Collectors.toMap(Document::id, Function.identity(), (a, b) -> a)).values().stream()
                    .toList();
        }
    }
}
