package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.timeline.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A title's predicate reads past an aside between brackets or dashes and past a date that is the possessive
 * determiner of its object; of two happenings of one date, the one that is no background stands. The creation date is
 * Thursday 28 Aug 2025.
 */
class AsidesTest {
    private static List<String> titles(String text) {
        return LexiconExamples.events(text).stream().map(Event::title).toList();
    }

    @Test
    void aDateThatIsThePossessiveOfTheObjectLeavesTheObjectInTheTitle() {
        assertThat(titles("Barack Obama won last year's presidential election on a message of hope."))
                .containsExactly("Barack Obama wins the presidential election on a message of hope");
        assertThat(titles("Italy's Lucia Recchia crashed at high speed in Friday's World Cup downhill."))
                .containsExactly("Italy's Lucia Recchia crashes at high speed in the World Cup downhill");
    }

    @Test
    void aDateThatHasItsOwnDeterminerStaysAModifier() {
        assertThat(titles("He won the 2024 presidential race after a long campaign."))
                .noneMatch(t -> t.contains("the the"));
    }

    @Test
    void anAsideBetweenBracketsOrDashesIsReadPastAndLeftOut() {
        assertThat(titles("On Tuesday, police found 5.47 kilograms (12 pounds) of heroin in a toilet."))
                .containsExactly("Police find 5.47 kilograms of heroin in a toilet");
        assertThat(titles("The pope on Friday appointed two scientists -- one from Taiwan, the other from the mainland"
                + " -- to the academy.")).containsExactly("The pope appoints two scientists to the academy");
        assertThat(titles("Fujimori celebrated his victory over the Tupac Amaru Revolutionary Movement (MRTA) rebels"
                + " on Tuesday.")).containsExactly(
                        "Fujimori celebrates his victory over the Tupac Amaru Revolutionary Movement rebels");
    }

    @Test
    void anAsideAfterWhichAnotherClauseStartsEndsThePredicate() {
        assertThat(titles("The army took the town on Monday -- the rebels fled."))
                .containsExactly("The army takes the town");
    }

    @Test
    void aNounTheTaggerTookForAVerbAfterAnAsideGoesOnWithThePhrase() {
        assertThat(titles("Qantas accepted on Thursday an 11-billion-dollar (8.6 billion US) takeover bid by a fund."))
                .containsExactly("Qantas accepts an 11-billion-dollar takeover bid by a fund");
    }

    @Test
    void ofTwoHappeningsOfOneDateTheBackgroundGivesWay() {
        assertThat(titles("Major Troy Gilbert was supporting ground troops near Baghdad on August 3 when a US"
                + " helicopter crashed in the desert.")).containsExactly("A US helicopter crashes in the desert");
    }
}
