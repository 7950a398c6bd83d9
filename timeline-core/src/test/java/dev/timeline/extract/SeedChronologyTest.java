package dev.timeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeedChronologyTest {
    private static Chronology chronology;

    @BeforeAll
    static void build() {
        chronology = Chronologies.build(Documents.readFolder(Path.of("..", "seeds")));
    }

    private static Optional<Event> find(String when, String titleWord) {
        return chronology.timeline().events().stream()
                .filter(e -> e.when().equals(When.parse(when)) && e.title().contains(titleWord)).findFirst();
    }

    @Test
    void kimTakesPowerInLate2011() {
        Event e = chronology.timeline().events().stream().filter(x -> x.title().contains("takes power"))
                .findFirst().orElseThrow();
        assertThat(e.when().label()).isEqualTo("late 2011");
        assertThat(e.sources()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theParadeOf3September2025HasAtLeastFourArticlesAsSources() {
        Event parade = find("2025-09-03", "parade").orElseThrow();
        assertThat(parade.sources().stream().map(s -> s.documentId()).distinct()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void putinIsInChinaFrom31AugustTo3September() {
        assertThat(find("2025-08-31/2025-09-03", "Putin")).isPresent();
    }

    @Test
    void kimsVisitsToChina2018To2019AreOneRange() {
        assertThat(find("2018/2019", "visits to China")).isPresent();
    }

    @Test
    void theOtherDatedHappeningsAreThere() {
        assertThat(find("2015", "Victory Day parade")).isPresent();
        assertThat(find("2025-10", "Workers")).isPresent();
        assertThat(find("2025-10", "APEC")).isPresent();
        assertThat(find("2026", "congress")).isPresent();
        assertThat(find("1959", "parade")).isPresent();
        assertThat(find("2019", "visit")).isPresent();
        assertThat(find("1945-09-02", "World War II")).isPresent();
        assertThat(find("2023", "trade")).isPresent();
        assertThat(find("2025-W35", "summit")).isPresent();
    }

    @Test
    void everyDocumentIsDatedThursday28August2025() {
        assertThat(chronology.dcts().values()).hasSize(5)
                .allSatisfy(d -> assertThat(d.date()).hasToString("2025-08-28"));
    }

    @Test
    void noEventLiesAfterTheNextYear() {
        List<Event> events = chronology.timeline().events();
        assertThat(events).allSatisfy(e -> assertThat(e.when().latestDay().getYear()).isLessThanOrEqualTo(2026));
    }
}
