package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Used to" before a verb: a habit or a describing participle, no happening; the passive tells one. A time of a set
 * ("at 5:30 every morning") tells a habit too.
 */
class PastHabitsTest {
    @Test
    void aHabitOfThePastIsNoHappening() {
        assertThat(LexiconExamples.titles("He also noted that Kelmar Oil used to publish its third-quarter results in"
                + " November but had brought them forward in recent years.")).noneMatch(t -> t.contains("use"));
    }

    @Test
    void aParticipleAfterItsNounDescribesIt() {
        assertThat(LexiconExamples.titles("Pell then showed photos of the types of booms used to clean up the"
                + " oil spills off Santa Barbara in 1969.")).noneMatch(t -> t.contains("use"));
    }

    @Test
    void thePassiveTellsAHappening() {
        assertThat(LexiconExamples.titles("A vaccine was used to protect humans from a version of swine flu in"
                + " Norlandia in 1976.")).anyMatch(t -> t.contains("is used to protect humans"));
    }

    @Test
    void aTimeOfASetTellsAHabit() {
        assertThat(LexiconExamples.dated("Ana Reyes, the pier's manager, shows up at work at 5:30 every morning."))
                .isEmpty();
        assertThat(LexiconExamples.dated("Ana Reyes, the pier's manager, showed up at work at 5:30 on Monday."))
                .anyMatch(t -> t.contains("Ana Reyes shows up at work"));
    }
}
