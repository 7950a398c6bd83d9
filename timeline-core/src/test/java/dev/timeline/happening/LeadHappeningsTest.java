package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.document.Document;
import dev.timeline.tag.TimeTagger;
import dev.timeline.time.Modifier;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A lead that names no date tells a happening on or before the creation date, Thursday 28 Aug 2025. */
class LeadHappeningsTest {
    private static final LocalDate DCT = LocalDate.of(2025, 8, 28);

    private static List<Event> extract(String text, Optional<LocalDate> dct) {
        return EventExtractor.using(TimeTagger.english()).extract(Document.of("d", text), dct);
    }

    private static List<Event> extract(String text) {
        return extract(text, Optional.of(DCT));
    }

    @Test
    void aHappeningThatHasBegunIsALeadWhateverClassTheRecognizerGivesTheVerb() {
        assertThat(extract("The trial of Doctor Tam Rell, the personal physician of singer Ola Voss, has begun in "
                + "Tarnville.")).extracting(Event::title)
                .containsExactly("The trial of Doctor Tam Rell begins in Tarnville");
    }

    @Test
    void aPastLeadWithoutADateHappenedOnOrBeforeTheCreationDate() {
        List<Event> events = extract("Rebels seized the main airport in the capital, witnesses said. Fighting went "
                + "on in the north.");
        assertThat(events).extracting(Event::title).containsExactly("Rebels seize the main airport in the capital");
        When when = events.get(0).when();
        assertThat(when.modifier()).contains(Modifier.ON_OR_BEFORE);
        assertThat(when.latestDay()).isEqualTo(DCT);
    }

    @Test
    void aPresentPerfectLeadAndAReportedLeadCountToo() {
        assertThat(extract("The central bank of Norlandia has raised its main interest rate to five percent.")
                .get(0).when()).isEqualTo(When.parse("2025-08-28", Modifier.ON_OR_BEFORE));
        assertThat(extract("Police said a car bomb exploded outside the ministry, killing six people."))
                .extracting(Event::title).containsExactly("A car bomb explodes outside the ministry");
    }

    @Test
    void aPresentPerfectBeforeAReportThatClosesTheSentenceHappenedOnOrBeforeTheReportsDay() {
        // the perfect's own auxiliary is no verb of an aside before it; the report's Tuesday bounds it
        assertThat(extract("Velo Mobile has agreed to become the main sponsor of the Ostland football club Tarrow"
                + " United, the team's website said on Tuesday.")).singleElement().satisfies(e -> {
                    assertThat(e.title()).isEqualTo(
                            "Velo Mobile agrees to become the main sponsor of the Ostland football club Tarrow United");
                    assertThat(e.when()).isEqualTo(When.parse("2025-08-26", Modifier.ON_OR_BEFORE));
                });
        assertThat(extract("Ostland's president has declared Saturday a public holiday to celebrate the ordination of"
                + " the first bishop of Tarrow, the presidency said Tuesday.")).extracting(Event::when)
                .containsExactly(When.parse("2025-08-26", Modifier.ON_OR_BEFORE));
    }

    @Test
    void aLeadCountedSoFarIsARunningTotal() {
        assertThat(extract("Dorn Oil has received 15,000 claims for compensation so far, it said on Monday."))
                .extracting(Event::title).noneMatch(t -> t.contains("claims"));
        assertThat(extract("Dorn Oil has closed its Velo refinery, it said on Monday.")).extracting(Event::title)
                .contains("Dorn Oil closes its Velo refinery");
        // another clause's count leaves the happening one
        assertThat(extract("Ivo Rask, head of the Velo Bank, has offered aid to Tarn to fight an epidemic that has so"
                + " far killed 14 people.")).extracting(Event::title)
                .containsExactly("Ivo Rask offers aid to Tarn to fight an epidemic");
    }

    @Test
    void theDayOfAReportThatClosesTheLeadDatesTheReportEvenWithAParticipleAfterIt() {
        // gave nothing: the participle after the report's day hid that the day was the report's; the perfect
        // happened on or before that Wednesday
        assertThat(extract("Veteran President Ilse Moravec has won a landslide re-election to a new five-year term,"
                + " officials said Wednesday, sparking claims of fraud from the opposition.")).singleElement()
                .satisfies(e -> {
                    assertThat(e.title()).startsWith("Veteran President Ilse Moravec wins a landslide re-election");
                    assertThat(e.when()).isEqualTo(When.parse("2025-08-27", Modifier.ON_OR_BEFORE));
                });
    }

    @Test
    void recentlyDatesNothingSoTheCreationDateBoundsTheLead() {
        assertThat(extract("Gao Qiufu, former vice president of Xinhua News Agency, has recently published his prose"
                + " collection about his years in Africa.")).singleElement().satisfies(e -> {
                    assertThat(e.title()).isEqualTo("Gao Qiufu publishes his prose collection");
                    assertThat(e.when()).isEqualTo(When.parse("2025-08-28", Modifier.ON_OR_BEFORE));
                });
    }

    @Test
    void aCaptionWithNoVerbBeforeTheLeadIsPassedOver() {
        assertThat(extract("Debris on the beach at the site of the landslide near the old port of Valletta on the"
                + " island.\nFirefighters in Valletta have put out a huge blaze at a fuel depot near the docks."))
                .extracting(Event::title)
                .containsExactly("Firefighters in Valletta put out a huge blaze at a fuel depot near the docks");
    }

    @Test
    void aDelaysNewTermLeavesTheLeadUndated() {
        // "until May" dates no happening of the lead: the delay happened on or before the article's day
        assertThat(extract("Judge Michael Pastor has delayed the manslaughter trial of Conrad Murray until October to"
                + " allow both sides more time.")).singleElement().satisfies(e -> {
                    assertThat(e.title()).startsWith("Judge Michael Pastor delays the manslaughter trial");
                    assertThat(e.when()).isEqualTo(When.parse("2025-08-28", Modifier.ON_OR_BEFORE));
                });
    }

    @Test
    void aLeadWithADateKeepsItsDate() {
        assertThat(extract("Rebels seized the main airport in the capital on Monday, witnesses said."))
                .extracting(e -> e.when().label()).containsExactly("25 Aug 2025");
    }

    @Test
    void onlyTheLeadAndOnlyWhatHasHappenedAndOnlyWithACreationDate() {
        // the second sentence is no lead; a progressive tells what goes on, not what happened
        assertThat(extract("Talks on the budget resumed in the capital on Monday morning. The rebels seized the "
                + "airport, witnesses said.")).extracting(Event::title).doesNotContain("The rebels seize the airport");
        assertThat(extract("Farmers in the valley are suing the mining company for negligence.")).isEmpty();
        assertThat(extract("Rebels seized the main airport in the capital, witnesses said.", Optional.empty()))
                .isEmpty();
    }

    @Test
    void aHeadlineThatRunsOnIntoTheLeadGivesNoLeadHappening() {
        assertThat(extract("Farmers sue miner for negligence Farmers claim the company polluted the river and "
                + "killed their cattle.")).isEmpty();
        // a capitalized name after its common noun, before a preposition, is no headline's end
        assertThat(extract("Korvo Pharma halted all clinical trials of its cholesterol drug Zentrel in the northern"
                + " province of the country.\n\nThe company said it was notifying regulators."))
                .extracting(Event::title).containsExactly("Korvo Pharma halts all clinical trials of its cholesterol"
                        + " drug Zentrel in the northern province of the country");
    }

    @Test
    void aCaptionRunIntoTheLeadBeforeItsArticleEndsThereAndTheLeadIsRead() {
        // the caption is a sentence of its own; the participle after the lead's subject is no lead verb
        assertThat(extract("The ferry is carrying some 900 passengers A ferry carrying 900 passengers has been "
                + "ordered to stay at sea off the coast of Crete after three crew tested positive for the virus."))
                .extracting(Event::title, e -> e.when().modifier().orElse(null))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "A ferry carrying 900 passengers is ordered to stay at sea off the coast of Crete",
                        Modifier.ON_OR_BEFORE));
    }

    @Test
    void theDayOfAReportThatClosesTheLeadLeavesTheLeadUndated() {
        assertThat(extract("A Singaporean firm has signed a deal to build an office complex in Ho Chi Minh City, a"
                + " report said Thursday.")).extracting(Event::title, e -> e.when().modifier().orElse(null))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "A Singaporean firm signs a deal to build an office complex in Ho Chi Minh City",
                        Modifier.ON_OR_BEFORE));
        // so is one told in the past: the day is the report's
        assertThat(extract("A Dutch film won the grand prix of the 12th Lisbon Film Festival in Portugal, local media"
                + " reported Thursday.")).extracting(Event::title, e -> e.when().modifier().orElse(null))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "A Dutch film wins the grand prix of the 12th Lisbon Film Festival", Modifier.ON_OR_BEFORE));
        // a participle after its noun with its agent is no lead verb; a report's verb before one is no main verb
        assertThat(extract("A vaccine developed by Tom Berg's laboratory has won approval from regulators, a report"
                + " said Thursday.")).extracting(Event::title).noneMatch(t -> t.contains("is developed"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A rare white rhino has been born at the city zoo in Norlandia, the zoo announced Thursday. \
            | A rare white rhino is born at the city zoo in Norlandia
            Rebels killed more than 40 people during a raid on a village, an army spokesman said here Wednesday. \
            | Rebels kill more than 40 people during a raid on a village
            The mayor of Eastport has resigned over the housing scandal, an aide told reporters on Tuesday. \
            | The mayor of Eastport resigns over the housing scandal
            """)
    void anyReportThatClosesTheLeadGivesItsDayToTheReport(String lead, String title) {
        // announced, "said here", "told reporters": the day is the report's, the happening on or before it
        assertThat(extract(lead)).extracting(Event::title, e -> e.when().modifier().orElse(null))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(title, Modifier.ON_OR_BEFORE));
    }

    @Test
    void aNameWithACapitalInsideIsNoHeadlineRunIntoTheLead() {
        assertThat(extract("Norlandia has given the go-ahead to the gas project led by US oil giant ExxonMobil, the"
                + " energy ministry said Thursday.")).extracting(Event::title)
                .containsExactly("Norlandia gives the go-ahead to the gas project led by US oil giant ExxonMobil");
    }

    @Test
    void aRaisedPassiveAfterItsNounIsNoLeadVerb() {
        // "held to have wrapped": what the cloth is said to have done, no happening of the lead's
        assertThat(extract("The findings of the studies on the shroud, a strip of cloth traditionally held to have "
                + "wrapped a saint, are not definitive, the archbishop announced Thursday.")).isEmpty();
    }

    /** A lead dated Tuesday 26 Aug 2025, two days before the creation date. */
    private static final String DATED_LEAD = "Violence flared in the port city of Varna on Tuesday despite a fragile"
            + " truce, officials said. ";

    @Test
    void theSentenceRightAfterALeadDatedToADayTellsItsStoryOnThatDay() {
        // gave the lead's happening alone: a sentence that names no date was not read
        assertThat(extract(DATED_LEAD + "A soldier was killed at a checkpoint near the harbour after rebels fired on"
                + " it, police said.")).extracting(Event::title, e -> e.when().label())
                .contains(org.assertj.core.groups.Tuple.tuple("A soldier is killed at a checkpoint near the harbour",
                        "26 Aug 2025"));
        assertThat(extract("President Ivo Marek flew into Varna on Tuesday for talks with the new government on the"
                + " budget crisis. Prime Minister Ana Petrova greeted the president at the airport."))
                .extracting(Event::title, e -> e.when().label()).contains(org.assertj.core.groups.Tuple.tuple(
                        "Prime Minister Ana Petrova greets the president at the airport", "26 Aug 2025"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the next sentence opens on a frame that may span more days \
            | During the night, a soldier was killed at a checkpoint near the harbour after rebels fired on it.
            it tells something done and still so \
            | A soldier has been killed at a checkpoint near the harbour after rebels fired on it, police said.
            it names its own date \
            | A soldier was killed at a checkpoint near the harbour on Monday after rebels fired on it, police said.
            a sentence between names a date \
            | Shops closed on Monday. A soldier was killed at a checkpoint near the harbour after rebels fired on it.
            it is the fifth sentence \
            | It was bad. Shops shut. Banks shut. A soldier was killed at a checkpoint after rebels fired on it.
            it reports a closing level \
            | The main index ended up 29.08 points at 12,307.49 just after the closing bell.
            """)
    void noHappeningOnTheLeadsDayWhen(String why, String next) {
        // the lead's happening alone is on its day
        assertThat(extract(DATED_LEAD + next)).filteredOn(e -> e.when().label().equals("26 Aug 2025"))
                .extracting(Event::title).containsExactly("Violence flares in the port city of Varna");
    }

    @Test
    void theThirdAndFourthSentencesTellTheStoryOnTooAndAnOpeningParticipleIsNoneOfIt() {
        assertThat(extract(DATED_LEAD + "Shops in the old town of the city stayed shut. Confined to a wheelchair,"
                + " Mayor Ana Holm was greeted by protesters at the harbour. A soldier was killed at a"
                + " checkpoint.")).filteredOn(e -> e.when().label().equals("26 Aug 2025"))
                .extracting(Event::title).containsExactlyInAnyOrder("Violence flares in the port city of Varna",
                        "Mayor Ana Holm is greeted by protesters at the harbour",
                        "A soldier is killed at a checkpoint");
    }

    @Test
    void aLeadDatedMoreThanAWeekBackOrOnlyToAMonthLendsNoDay() {
        for (String when : List.of("on July 3", "in August")) {
            assertThat(extract("Violence flared in the port city of Varna " + when + " despite a fragile truce,"
                    + " officials said. A soldier was killed at a checkpoint near the harbour after rebels fired on"
                    + " it.")).extracting(Event::title).noneMatch(t -> t.startsWith("A soldier is killed"));
        }
    }

    @Test
    void aVerbAfterWhoseAndItsNounTellsOfTheOwnerNotTheLead() {
        // gave "Japan's brother shares the halfway lead": the relative clause's verb read as the lead's
        assertThat(extract("Hana Sato of Japan, whose brother shared the halfway lead in the Kobe Open, slumped to a"
                + " second-round 78 to be 16 over.")).extracting(Event::title).noneMatch(t -> t.contains("brother"));
    }

    @Test
    void aNumberAfterWithAroundCountsPeopleNoLevel() {
        // gave nothing: "around 150" read as the level that a price settled at
        assertThat(extract("The Catholic diocese of Varna has settled with around 150 people who said they were"
                + " abused by priests.")).extracting(Event::title)
                .containsExactly("The Catholic diocese of Varna settles with around 150 people");
    }
}
