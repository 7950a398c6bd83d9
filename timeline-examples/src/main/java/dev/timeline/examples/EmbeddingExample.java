package dev.timeline.examples;

import dev.timeline.chronology.Chronologies;
import dev.timeline.chronology.Chronology;
import dev.timeline.chronology.ChronologyOptions;
import dev.timeline.document.Document;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import java.time.LocalDate;
import java.util.List;

/**
 * Embedding the library in an application: documents built in memory (from a database, a feed…), a known
 * publication date, and queries on the resulting timeline instead of rendering it.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /** Builds a chronology of two in-memory articles and prints the visits it holds. */
    public static void main(String[] args) {
        List<Document> documents = List.of(
                Document.of("feed-1", "The president will visit Japan on Oct. 4, the ministry said on Monday.")
                        .withTitle("President to visit Japan"),
                Document.of("feed-2", "The president last visited Japan in 2019.")
                        .withDct(LocalDate.of(2025, 9, 30)));
        ChronologyOptions options = ChronologyOptions.builder().dct(LocalDate.of(2025, 9, 29)).build();
        Chronology chronology = Chronologies.build(documents, options);
        for (Event visit : chronology.timeline().ofType(EventType.VISIT)) {
            System.out.println(visit.when().label() + ": " + visit.title() + " (" + visit.sources().size()
                    + " source(s))");
        }
        chronology.dcts().forEach((id, dct) -> System.out.println(id + " written " + dct));
    }
}
