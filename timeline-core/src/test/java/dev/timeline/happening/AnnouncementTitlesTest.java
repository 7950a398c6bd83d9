package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An announcement with an object of its own is a happening ("announced a cabinet reshuffle"), the verb alone or with
 * a clause is speech; the creation date is Thursday 28 Aug 2025.
 */
class AnnouncementTitlesTest {
    private static List<String> titles(String text) {
        return LexiconExamples.titles(text);
    }

    @Test
    void anAnnouncementOfAnActIsAHappening() {
        assertThat(titles("The prime minister on Monday announced a cabinet reshuffle, dismissing three ministers."))
                .contains("The prime minister announces a cabinet reshuffle");
    }

    @Test
    void aVerbWithADateAndAClauseAfterItIsNoParticipleOfAReducedRelative() {
        // read as "police [who were] announced", the clause's own verb coming later
        assertThat(titles("Police announced Wednesday they had arrested two men in the capital."))
                .noneMatch(t -> t.contains("are announced"));
        assertThat(titles("Prosecutors announced on Wednesday the opening of an inquiry into the fire."))
                .contains("Prosecutors announce the opening of an inquiry into the fire");
    }

    @Test
    void aSayerThatCommitsItselfToAnActOnADayMakesTheDecisionNews() {
        assertThat(titles("On Tuesday, Norbank said it would close 40 branches across the north."))
                .containsExactly("Norbank says it will close 40 branches across the north");
        // a forecast of others, an act with a day of its own, a refusal or no act at all: nothing new that day
        assertThat(titles("Norbank said on Tuesday the economy would shrink.")).isEmpty();
        assertThat(titles("Norbank said on Tuesday it would close 40 branches next year.")).noneMatch(
                t -> t.contains("says"));
        assertThat(titles("Norbank said on Tuesday it would not close any branches.")).isEmpty();
        assertThat(titles("Norbank said on Tuesday it would continue to lend to farmers.")).isEmpty();
        // a condition makes it no decision
        assertThat(titles("Norbank said on Tuesday it would close 40 branches if the merger failed.")).isEmpty();
    }

    @Test
    void theSayingAloneIsNoHappening() {
        assertThat(titles("Three soldiers were killed by a roadside bomb, the army announced on Sunday."))
                .noneMatch(t -> t.contains("announces"));
    }
}
