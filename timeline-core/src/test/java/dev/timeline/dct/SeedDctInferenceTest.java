package dev.timeline.dct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.document.Document;
import dev.timeline.document.Documents;
import dev.timeline.tag.TimeTagger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeedDctInferenceTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final LocalDate THURSDAY = LocalDate.of(2025, 8, 28);

    @Test
    void everySeedArticleWithoutADateIsDatedThursday28August2025() {
        List<Document> seeds = Documents.readFolder(SEEDS);
        DctInference inference = DctInference.using(TimeTagger.english());
        for (Document seed : seeds) {
            Optional<DctEstimate> estimate = inference.estimate(seed);
            assertThat(estimate).as(seed.id()).isPresent();
            assertThat(estimate.get().date()).as(seed.id()).isEqualTo(THURSDAY);
        }
    }

    @Test
    void theSeedWithADateHeaderKeepsItAsGiven() {
        Document seed = Documents.readText(SEEDS.resolve("003_7e6d134827aba8c2.txt"));
        assertThat(seed.dct()).contains(THURSDAY);
        assertThat(seed.text().strip()).startsWith("North Korean and Chinese officials");
        assertThat(DctInference.using(TimeTagger.english()).estimate(seed).orElseThrow().method())
                .isEqualTo(DctEstimate.Method.GIVEN);
    }
}
