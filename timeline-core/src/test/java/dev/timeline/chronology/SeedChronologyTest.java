package dev.timeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.document.Documents;
import dev.timeline.tag.Anchor;
import dev.timeline.tag.HistoricalDates;
import dev.timeline.tag.Mention;
import dev.timeline.tag.TimeTagger;
import dev.timeline.tag.TimexType;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import dev.timeline.timeline.Source;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The parade of 3 September: the event of that day of type parade, not a clause whose subject is the parade. */
    private static Event parade() {
        return chronology.timeline().events().stream().filter(e -> e.when().equals(When.parse("2025-09-03"))
                && e.type().equals(EventType.of("parade"))).findFirst().orElseThrow();
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
        assertThat(parade().sources().stream().map(s -> s.documentId()).distinct()).hasSizeGreaterThanOrEqualTo(4);
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
        assertThat(find("2011", "Kim Jong-Il dies")).isPresent();
    }

    @Test
    void oneArticlesPassingMentionOfTheParadeJoinsTheParadeOf3September() {
        assertThat(chronology.timeline().events()).noneMatch(
                e -> e.when().equals(When.parse("2025")) && e.title().contains("parade"));
        assertThat(parade().sources()).extracting(Source::sentence).anyMatch(x -> x.contains("this year"));
    }

    @Test
    void everyEventIsDatedAsItsSourceSentencesDateIt() {
        assertThat(chronology.timeline().events()).allSatisfy(e -> assertThat(e.sources())
                .allSatisfy(s -> assertThat(datesAsTheSentence(e.when(), s))
                        .as("%s (%s) from: %s", e.title(), e.when(), s.sentence()).isTrue()));
    }

    @Test
    void noTwoEventsOfOneTypeWithNestedDatesShareASentence() {
        List<Event> events = chronology.timeline().events();
        for (Event a : events) {
            for (Event b : events) {
                boolean nested = a != b && a.type().equals(b.type())
                        && (a.when().isCertainlyDuring(b.when()) || b.when().isCertainlyDuring(a.when()));
                if (nested) {
                    assertThat(a.sources()).extracting(Source::sentence).as("%s and %s", a, b)
                            .doesNotContainAnyElementsOf(b.sources().stream().map(Source::sentence).toList());
                }
            }
        }
    }

    private static final Pattern YEARS = Pattern.compile("P(\\d+)Y");

    /**
     * Whether the sentence supports the date: it holds a date nested with it, a count of years back from the
     * creation date that lands on it, or a well-known historical date equal to it.
     */
    private static boolean datesAsTheSentence(When when, Source s) {
        LocalDate dct = chronology.dct(s.documentId()).orElseThrow().date();
        List<Mention> mentions = TimeTagger.english().tag(s.sentence(), Anchor.news(dct));
        for (Mention m : mentions) {
            if (m.type() == TimexType.DURATION) {
                Matcher years = YEARS.matcher(m.value());
                if (years.matches() && when.equals(When.ofYear(dct.getYear() - Integer.parseInt(years.group(1))))) {
                    return true;
                }
                continue;
            }
            When said;
            try {
                said = m.mod().isEmpty() ? When.parse(m.value()) : When.parseTimex(m.value(), m.mod().get());
            } catch (IllegalArgumentException notADate) {
                continue;
            }
            if (said.coveredDays().encloses(when.coveredDays()) || when.coveredDays().encloses(said.coveredDays())) {
                return true;
            }
        }
        return HistoricalDates.find(s.sentence()).filter(h -> when.equals(When.ofDay(h.date()))).isPresent();
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
