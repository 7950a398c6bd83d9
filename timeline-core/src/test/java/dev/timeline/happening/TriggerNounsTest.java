package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.timeline.Event;
import org.junit.jupiter.api.Test;

/**
 * A noun of the trigger lexicon names a happening only as the head of its phrase: "election results", "visit plans"
 * name another thing. The creation date is Thursday 28 Aug 2025.
 */
class TriggerNounsTest {
    @Test
    void aTriggerNounBeforeTheNounItModifiesNamesNoHappening() {
        // the results became known on Wednesday; the election was the day before
        assertThat(LexiconExamples.events("Velo stocks opened lower on Wednesday as Tarnia's midterm election results"
                + " became known.")).extracting(Event::title).noneMatch(t -> t.contains("election"));
        assertThat(LexiconExamples.events("Tarnia's midterm election was held on Tuesday.")).extracting(Event::title)
                .containsExactly("Tarnia's midterm election is held");
    }
}
