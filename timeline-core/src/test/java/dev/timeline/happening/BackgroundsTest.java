package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Backgrounds}: what was going on where or when something happened is no happening of its own. */
class BackgroundsTest {
    @Test
    void aPastProgressiveInAClauseOfPlaceOrTimeIsTheScene() {
        assertThat(LexiconExamples.titles("Rescuers reached the Xinpo Coal Mine on Wednesday, where 17 miners were"
                + " working underground on Wednesday.")).noneMatch(t -> t.contains("work"));
        assertThat(LexiconExamples.titles("Police arrested Ahmed Ali on Monday in Cairo as he was trying to board a"
                + " plane to Paris.")).containsExactly("Police arrest Ahmed Ali in Cairo");
    }

    @Test
    void theMainClauseIsNoScene() {
        // its past progressive is what went on at that time (LearnedHappenings), its simple past a happening
        assertThat(LexiconExamples.titles("On Tuesday, rescuers searched for 17 miners in the Xinpo Coal Mine."))
                .containsExactly("Rescuers search for 17 miners in the Xinpo Coal Mine");
        assertThat(LexiconExamples.titles("As early as February, Halliburton got poor results in lab tests of"
                + " the recipe.")).isNotEmpty();
    }
}
