package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.timeline.Event;
import org.junit.jupiter.api.Test;

/**
 * A verb of change ({@code statistic-verbs.txt}) over a month or longer reports a statistic, unless its object is a
 * thing it acted on rather than a quantity; "add" with such an object is an act, not a remark. The creation date is
 * Thursday 28 Aug 2025.
 */
class ChangeVerbObjectsTest {
    @Test
    void aDeterminedObjectThatCountsNothingMakesTheChangeAnAct() {
        assertThat(LexiconExamples.events("Last month Governor Tom Welk eased a ban on night fishing in Lake Varna."))
                .extracting(Event::title)
                .containsExactly("Governor Tom Welk eases a ban on night fishing in Lake Varna");
        assertThat(LexiconExamples.events("In 2019 the Orvan club dropped its bid to host the games."))
                .extracting(Event::title).containsExactly("The Orvan club drops its bid to host the games");
    }

    @Test
    void addingAThingIsAnActAndAddingWordsARemark() {
        assertThat(LexiconExamples.events("The Velo Motors plant added a third shift in March."))
                .extracting(Event::title).containsExactly("The Velo Motors plant adds a third shift");
        assertThat(LexiconExamples.events("Dorn added the talks ended on Wednesday."))
                .extracting(Event::title).noneMatch(t -> t.contains("add"));
        assertThat(LexiconExamples.events("The Velo plant added 200 jobs in March.")).isEmpty();
    }

    @Test
    void aQuantityOrADateAfterTheVerbKeepsTheStatistic() {
        assertThat(LexiconExamples.events("Inflation eased to 2 percent in April.")).isEmpty();
        assertThat(LexiconExamples.events("Korvo chalked up a 12 percent rise in sales last year.")).isEmpty();
        assertThat(LexiconExamples.events("Rates on 30-year loans rose this month to their highest level.")).isEmpty();
        assertThat(LexiconExamples.events("Dorn averaged a modest 18 with the bat in 2024.")).isEmpty();
        assertThat(LexiconExamples.events("Analysts last month tripled their estimate of costs to $7.5 billion."))
                .isEmpty();
    }
}
