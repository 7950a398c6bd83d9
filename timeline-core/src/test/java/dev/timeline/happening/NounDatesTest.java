package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dates that belong to a noun ("Tuesday's bombing", "a deadly 2017 tunnel explosion"), two years that "and" joins,
 * what keeps a told happening from being lost or cut, and what is no happening (captions, levels, states that hold
 * "even today"); the creation date is Thursday 28 Aug 2025.
 */
class NounDatesTest {
    private static List<Event> extract(String text) {
        return LexiconExamples.events(text);
    }

    private static List<String> told(String text) {
        return extract(text).stream().map(e -> e.when().edtf() + " " + e.title()).toList();
    }

    @Test
    void anEventNounWithItsOwnDateIsToldByWhereItHappened() {
        // no name says who bombed; the place tells the happening
        assertThat(extract("Detectives are investigating Tuesday's bombing of a bus depot in Quetta."))
                .singleElement().satisfies(e -> {
                    assertThat(e.title()).isEqualTo("Bombing of a bus depot in Quetta");
                    assertThat(e.when()).isEqualTo(When.parse("2025-08-26"));
                });
    }

    @Test
    void aBoundBeforeADatesPossessiveGovernsThePhraseNotTheNounsDate() {
        // "after" bounds the tightening, not the bombing, whose day "Tuesday's" tells
        assertThat(extract("Security was tightened at Vallis airport after Tuesday's bombing of a bus depot in Quetta."))
                .singleElement().satisfies(e -> {
                    assertThat(e.title()).isEqualTo("Bombing of a bus depot in Quetta");
                    assertThat(e.when()).isEqualTo(When.parse("2025-08-26"));
                });
        assertThat(told("Investors stayed nervous since last week's collapse of Norvik Bank."))
                .containsExactly("2025-W34 Collapse of Norvik Bank");
    }

    @Test
    void aDateThatModifiesTheNounAfterAfterDatesThatNounNotTheVerb() {
        // the fine came after the explosion, not in 2017 for all the sentence says
        assertThat(titles("Norlandia Rail was fined after a deadly 2017 tunnel explosion in Bergen."))
                .containsExactly("Tunnel explosion in Bergen");
    }

    @Test
    void aSumPledgedIsNewsSupportPledgedIsNot() {
        assertThat(titles("Norway pledged 40 million dollars in aid to the flood victims on Monday."))
                .containsExactly("Norway pledges 40 million dollars in aid to the flood victims");
        assertThat(extract("Donors pledged support to the flood victims on Monday.")).isEmpty();
    }

    @Test
    void twoYearsJoinedByAndTellAHappeningInEachButBetweenOpensARange() {
        assertThat(told("Ajax won the national cup in 2011 and 2014."))
                .containsExactly("2011 Ajax wins the national cup", "2014 Ajax wins the national cup");
        assertThat(told("Ajax won the national cup between 2011 and 2014.")).noneMatch(t -> t.startsWith("2011 "));
    }

    @Test
    void aHopeInARelativeAsideDoesNotMakeTheMainVerbHypothetical() {
        assertThat(titles("A rescue plan for Norlandia Steel, which was the city's last hope, collapsed on Monday."))
                .containsExactly("A rescue plan for Norlandia Steel collapses");
    }

    @Test
    void overBeforeThePhraseOfTimeIsNoParticle() {
        assertThat(titles("A merger of Acme and Globex failed over the weekend."))
                .containsExactly("A merger of Acme and Globex fails");
    }

    @Test
    void aSurnameInSAfterAFirstNameTakesASingularVerb() {
        assertThat(titles("Kurt Hendricks won the regional title in 2012."))
                .containsExactly("Kurt Hendricks wins the regional title");
    }

    @Test
    void aCaptionWhoseOnlyVerbEndsInIngTellsNothing() {
        assertThat(extract("The Norlandia ferry sinking off Bergen last week.")).isEmpty();
        assertThat(titles("The ferry Norlandia sank off Bergen last week."))
                .containsExactly("The ferry Norlandia sinks off Bergen");
    }

    @Test
    void aLengthTheAnchorerChoseGivesWayToTheDateAfterItAndStaysInTheTitle() {
        assertThat(told("Nils Berg was sentenced to six years in prison on Monday."))
                .containsExactly("2025-08-25 Nils Berg is sentenced to six years in prison");
        assertThat(titles("Envoy Eva Holm spent three hours with the hostages on Monday."))
                .containsExactly("Envoy Eva Holm spends three hours with the hostages");
    }

    @Test
    void aLengthTheAnchorerChoseGivesWayToTheDateThatOpensTheSentence() {
        assertThat(told("On Monday, rebel leader Omar Dene gave the army 48 hours to leave the town."))
                .containsExactly("2025-08-25 Rebel leader Omar Dene gives the army 48 hours to leave the town");
        // after any preposition, as a caption's test reads a fronted date
        assertThat(told("In May, opposition supporters spent a week camped out in the main square of Tarvik."))
                .containsExactly("2025-05 Opposition supporters spend a week camped out in the main square of Tarvik");
        // the date of a saying dates no length of what was said
        assertThat(told("On Monday, Acme Corp said it spent $40 million in the first 20 days of the clean-up."))
                .noneMatch(t -> t.contains("spends"));
    }

    @Test
    void aPriceTradingAroundALevelIsAQuote() {
        assertThat(extract("Copper was trading around $3 a pound on Friday in London.")).isEmpty();
        assertThat(extract("Copper traded near 3 dollars a pound on Friday in London.")).isEmpty();
    }

    @Test
    void whatHoldsEvenTodayIsAState() {
        assertThat(extract("The great strike deeply divides the mining towns of Norlandia even today.")).isEmpty();
    }

    private static List<String> titles(String text) {
        return LexiconExamples.titles(text);
    }
}
