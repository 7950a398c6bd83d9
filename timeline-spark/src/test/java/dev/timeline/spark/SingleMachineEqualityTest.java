package dev.timeline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.timeline.chronology.Chronologies;
import dev.timeline.document.Document;
import dev.timeline.json.TimelineJson;
import dev.timeline.timeline.Timeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distributed chronology of silver TimeML documents is the single-machine one, event for event. */
class SingleMachineEqualityTest {
    private static final int DOCUMENTS = 300;

    @TempDir
    static Path corpus;
    static boolean present;
    static SparkChronology distributed;
    static Timeline reference;

    @BeforeAll
    static void run() throws IOException {
        present = LocalSpark.silver().isPresent();
        if (!present) {
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(LocalSpark.silver().get())) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().limit(DOCUMENTS).toList();
        }
        List<Document> docs = new ArrayList<>();
        for (Path f : files) {
            Files.copy(f, corpus.resolve(f.getFileName()));
            docs.add(LocalSpark.readAsTheJob(f)); // as the job reads it, its dateline's place too
        }
        docs.sort(Comparator.comparing(Document::id));
        reference = Chronologies.build(docs).timeline();
        distributed = TimelineSpark.of(LocalSpark.get()).chronology(corpus.toString(), InputFormat.TIMEML);
    }

    @Test
    void mergedTimelineEqualsChronologiesBuild() {
        assumeTrue(present, "shared/data/silver is absent");
        assertThat(distributed.stats().documents()).isEqualTo(DOCUMENTS);
        assertThat(distributed.timeline().size()).isEqualTo(reference.size());
        assertThat(distributed.timeline().events()).containsExactlyElementsOf(reference.events());
        assertThat(TimelineJson.write(distributed.timeline())).isEqualTo(TimelineJson.write(reference));
    }

    @Test
    void mergingReallyJoinsReportsOfSeveralDocuments() {
        assumeTrue(present, "shared/data/silver is absent");
        assertThat((long) distributed.stats().mergedEvents()).isLessThan(distributed.stats().events());
    }

    @Test
    void noMergeTaskSeesAllEvents() {
        assumeTrue(present, "shared/data/silver is absent");
        SparkChronology.Stats s = distributed.stats();
        assertThat(s.mergeComponents()).isGreaterThan(1);
        assertThat(s.largestMergeComponent()).isLessThan(s.events());
    }

    @Test
    void oneTaggerServesTheWholeJvm() {
        assumeTrue(present, "shared/data/silver is absent");
        assertThat(Taggers.built()).isEqualTo(1);
    }
}
