package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.timeline.Event;
import org.junit.jupiter.api.Test;

/** Which word of a sentence a date belongs to when a noun phrase after the verb holds it. */
class DateOwnershipTest {
    @Test
    void aDateInsideThePhraseOfAnEventNounDatesTheOtherNoun() {
        // the list is of 2007, the changes were adopted in September
        assertThat(LexiconExamples.events("WADA adopted the changes to its 2007 prohibition list in September."))
                .noneMatch(e -> e.when().toString().equals("2007"));
        // a named event is the time of what happened in it
        assertThat(LexiconExamples.titles("Saudi Arabia suffered a humiliating 8-0 defeat to Germany in their opener"
                + " of the 2002 World Cup in Japan.")).isNotEmpty();
    }

    @Test
    void aHolidaysNameAfterThePhrasesNounsModifiesItsLastNoun() {
        // "Christmas" names the tour, no day of the heading
        assertThat(LexiconExamples.titles("The ship will unload 3,000 containers before heading to Tarnia for its"
                + " mainland Velo Christmas gifts tour.")).noneMatch(t -> t.contains("head"));
    }

    @Test
    void aDateInsideAQuotedNameDatesNothing() {
        // "summer" is a word of the operation's name: no "The Velo army calls" in the summer
        assertThat(LexiconExamples.titles("Velo troops stormed the town of Orvo early on Wednesday in a large-scale"
                + " military operation, the Velo army had called \"the clouds of summer\".")).containsExactly(
                        "Velo troops storm the town of Orvo");
    }

    @Test
    void aDateBeforeTheFirstOfTwoJoinedNounsDatesOnlyTheFirst() {
        // the shootings were not on 11 September 2001
        assertThat(LexiconExamples.events("The fund oversaw the paying out of billions of dollars for families of"
                + " those who died in the Sept. 11, 2001, attacks and the Varnia Tech shootings."))
                .noneMatch(e -> e.title().contains("shoot"));
    }

    @Test
    void aDateAfterADefiniteNominalizationThatAfterOpensIsItsOwn() {
        assertThat(LexiconExamples.events("BP agreed to bankroll the fund after the sinking of its rig in April."))
                .extracting(Event::title).noneMatch(t -> t.startsWith("BP agrees"));
        // after an indefinite noun the date still dates the verb
        assertThat(LexiconExamples.events("Prime Minister Wen Jiabao resigned after a long battle with the unions on"
                + " Tuesday.")).extracting(e -> e.when().toString()).containsExactly("26 Aug 2025");
    }

    @Test
    void aDateInAParticiplePhraseOnTheSubjectIsTheParticiplesNotTheVerbs() {
        // the release was on Monday, the arrival on Tuesday
        assertThat(LexiconExamples.events("Two hostages freed by rebels on Monday arrived in Paris on Tuesday."))
                .extracting(e -> e.when() + " " + e.title()).containsExactlyInAnyOrder(
                        "25 Aug 2025 Two hostages are freed by rebels",
                        "26 Aug 2025 Two hostages freed by rebels arrive in Paris");
    }

    @Test
    void aGerundGoingIntoADateIsAFrameOfTime() {
        assertThat(LexiconExamples.titles("Going into the weekend, most people assumed that Omar Reyes would resign."))
                .isEmpty();
    }

    @Test
    void theRestOfAPeriodIsHowLongNotWhen() {
        assertThat(LexiconExamples.events("Drevco said it will suspend its dividend for the rest of this year."))
                .isEmpty();
    }

    @Test
    void aHolidaysNameBeforeANounDatesTheNounNotTheVerb() {
        assertThat(LexiconExamples.events("However, in 2023, Korvo just exported 630 million U.S. dollars of"
                + " Christmas commodities, down by 20.1 percent from 2022."))
                .noneMatch(e -> e.when().toString().contains("Dec"));
    }

    @Test
    void aParticipleAfterTheObjectOfAVerbIsDatedInItsOwnPhrase() {
        // the tagger reads "arrested" and "installed" as simple pasts; after a verb's object they are participles
        assertThat(LexiconExamples.events("Prosecutors questioned three men arrested in Vallis on Tuesday over the"
                + " bombing.")).extracting(e -> e.when().toString() + " " + e.title())
                .containsExactly("26 Aug 2025 Three men are arrested in Vallis over the bombing");
        assertThat(LexiconExamples.titles("Engineers are testing a new valve installed on the Kestrel well on Monday"
                + " night.")).containsExactly("A new valve is installed on the Kestrel well");
        // a participle of the subject's own phrase leaves the past after it the clause's verb
        assertThat(LexiconExamples.titles("A seven-member team led by refugee leader Tam Rijal met with Prime Minister"
                + " Ola Koirn on Monday.")).noneMatch(t -> t.contains(" is met"));
        // a relative clause without its pronoun: "the captain made" is active
        assertThat(LexiconExamples.titles("The president ordered the army on Monday to punish an officer for remarks"
                + " the captain made at the funeral of General Oran Vell.")).noneMatch(t -> t.contains(" is made"));
        // a count's noun: the toll, not a happening
        assertThat(LexiconExamples.titles("The latest attack brought the number of Orvan soldiers killed on Tuesday to"
                + " seven.")).noneMatch(t -> t.contains("are killed"));
        // nothing but the date after the participle: no happening of its own to tell
        assertThat(LexiconExamples.titles("Engineers are testing a new valve installed on Monday."))
                .noneMatch(t -> t.contains("is installed"));
    }

    @Test
    void aDaysPossessiveInTheObjectDatesItsNounWhenAnotherDayFollows() {
        // "Sunday's" dates the shooting; the arrest is Tuesday's (the creation date is Thursday 28 Aug 2025)
        assertThat(LexiconExamples.events("Police arrested the gunman in Sunday's shopping mall shooting on Tuesday."))
                .extracting(e -> e.when().toString()).containsExactly("26 Aug 2025");
        // with no day after it, or a quarter of play, it stays the verb's
        assertThat(LexiconExamples.events("Nowitzki left Wednesday's game against Seattle in the first quarter after"
                + " hurting his ankle.")).extracting(e -> e.when().toString()).containsExactly("27 Aug 2025");
    }

    @Test
    void aDateInTheWakeOfAHappeningIsThatHappenings() {
        assertThat(LexiconExamples.events("Mr Feinberg ran the victims' compensation fund set up in the wake of the 11"
                + " September 2001 attacks.")).extracting(Event::title).noneMatch(t -> t.startsWith("Mr Feinberg"));
    }

    @Test
    void aYearInsideANameAtTheEndOfAChainOfPhrasesIsTheNamesNotTheVerbs() {
        assertThat(LexiconExamples.events("Trinidad and Tobago will play the first leg of the play-offs against Bahrain"
                + " for a place in the 2006 German World Cup, local media said.")).isEmpty();
        // one phrase after the verb: the named event is the time of what happened in it
        assertThat(LexiconExamples.titles("Kwan settled for a silver medal at the 1998 Nagano Games.")).isNotEmpty();
    }

    @Test
    void anAppositivesParticipleIsDatedOnlyInsideItsPhrase() {
        // the day after the comma is the infinitive's; "plagued" took it, moved a year back as a past dated to come
        assertThat(LexiconExamples.titles("The performance is put on by children from Kardun town, an area plagued by"
                + " drugs and a rising number of HIV cases, to mark World AIDS Day on Sept. 1.")).noneMatch(
                        t -> t.startsWith("An area"));
    }

    @Test
    void theBaseOfAComparisonDatesNothing() {
        assertThat(LexiconExamples.titles("Opium production reached 6,100 tons, witnessing a 49 percent rise over 2024"
                + " and accounting for 92 percent of the world's supply, the report said.")).isEmpty();
        assertThat(LexiconExamples.titles("Exports were higher than in 2024, the ministry said.")).isEmpty();
        // a deadline is no comparison
        assertThat(ComparisonBasesProbe.isBase("The deal must be signed no later than Friday.", "Friday")).isFalse();
        assertThat(ComparisonBasesProbe.isBase("Sales rose 5 percent from a year ago.", "a year ago")).isTrue();
        // the date of the base's noun: "from its low of $27.02 on June 25"
        assertThat(LexiconExamples.titles("The company's share price has risen 63 percent from its low of $27.02 on"
                + " June 25.")).isEmpty();
    }

    @Test
    void aQuotedNameStaysInsideItsNounPhrase() {
        assertThat(LexiconExamples.titles("On Monday, a barge hauled the 100-ton \"box\" containment system to the"
                + " well.")).containsExactly("A barge hauls the 100-ton \"box\" containment system to the well");
        assertThat(LexiconExamples.titles("A glossy \"Lessons Learned\" document released on Monday by BP describes"
                + " the blowout.")).containsExactly("A glossy \"Lessons Learned\" document is released by BP");
        // a subject that would cut a quotation in two names nothing
        assertThat(LexiconExamples.titles("The so-called \"top kill\" procedure was halted on Saturday.")).isEmpty();
    }

    @Test
    void aDateAfterAParticipleInsideANounPhraseAfterFromDatesTheNoun() {
        // "scheduled/NN": the tagger's noun between the possessive and the date
        assertThat(LexiconExamples.titles("\"When the Governor returns to Los Angeles from his scheduled Christmas"
                + " trip, he will have surgery,\" the spokesman said.")).noneMatch(t -> t.contains("returns"));
    }

    @Test
    void aDateAfterACommaAndButIsTheContrastingClauses() {
        assertThat(LexiconExamples.events("The government imposed the ban in response to the BP spill, but a federal"
                + " judge last month blocked the move.")).extracting(Event::title)
                .noneMatch(t -> t.startsWith("The government imposes"));
    }

    @Test
    void aWhereClauseAfterAParticiplesPlaceHasATimeOfItsOwn() {
        assertThat(LexiconExamples.events("Mayor Tom Berg will return to the Gulf coast on Friday. Berg has been"
                + " criticized for the response. Berg will be in Louisiana for the day on Friday, flying there from"
                + " Chicago, where he will be spending the long holiday weekend, and returning to Chicago that night."))
                .extracting(Event::title).noneMatch(t -> t.contains("spend"));
        // a date right before the place may be the place's: the blast's year is the deaths'
        assertThat(LexiconExamples.titles("The company had a refinery blast in 2005 at Texas City, where 15 workers"
                + " died.")).anyMatch(t -> t.contains("15 workers die"));
    }

    @Test
    void aWhenClauseRightAfterADateTellsASecondHappeningOfThatDay() {
        assertThat(LexiconExamples.titles("Prices began falling on Monday when the Central Bank of Norlandia raised"
                + " its main rate.")).containsExactly("Prices begin falling",
                        "The Central Bank of Norlandia raises its main rate");
        // after the date's comma too: the clause says what happened that day
        assertThat(LexiconExamples.events("The strike collapsed on Monday, when the Tarsk dockers' union refused to"
                + " sign the pay deal.")).extracting(e -> e.when().toString() + " " + e.title())
                .contains("25 Aug 2025 The Tarsk dockers' union refuses to sign the pay deal");
        // another verb before it opens a clause of its own
        assertThat(LexiconExamples.titles("Prices began falling on Monday when traders said the Central Bank of"
                + " Norlandia raised its main rate.")).doesNotContain(
                        "The Central Bank of Norlandia raises its main rate");
    }

    @Test
    void aWhenClauseAfterTheVerbLendsItsDateWhereItsOwnHappeningIsToldByNone() {
        // "it convened": a pronoun, no happening of its own; "when" says the vote was at that time
        assertThat(LexiconExamples.events("The Northland Legislative Assembly unanimously voted to endorse lifting the"
                + " ban when it convened on Thursday.")).extracting(Event::title, e -> e.when().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "The Northland Legislative Assembly votes to endorse lifting the ban", "28 Aug 2025"));
        // where the clause tells a happening of its own, that one stays
        assertThat(LexiconExamples.titles("Rebels seized the town of Kindu when government troops withdrew on"
                + " Monday.")).containsExactly("Government troops withdraw");
        // a comma before "when" leaves the date to its clause
        assertThat(LexiconExamples.titles("The Northland Legislative Assembly voted to endorse the plan, when it"
                + " convened on Thursday.")).isEmpty();
    }

    @Test
    void aVerbJoinedByAndToARelativeClausesVerbIsTheRelativeClausesToo() {
        // the report's Friday dates neither verb of the aside
        assertThat(LexiconExamples.titles("Kelmar Oil, which leased the rig and took the lead in the cleanup, said"
                + " Friday it has activated an extensive oil spill response.")).noneMatch(t -> t.contains("takes"));
    }

    @Test
    void aDateBetweenCommasAfterANounDatesTheNoun() {
        assertThat(LexiconExamples.titles("The city had only just recovered from the ravages of Hurricane Katrina, five"
                + " years ago, and was looking forward to a bumper year.")).isEmpty();
        // after a place, the date is where and when the verb was; after an apposition, the verb's
        assertThat(LexiconExamples.titles("China won 20 swimming titles at the last Asian Games in Busan, South Korea,"
                + " four years ago.")).isNotEmpty();
        assertThat(LexiconExamples.titles("Iran resumed uranium conversion activities, a preparatory step for uranium"
                + " enrichment, in early August, a move scuttling the talks.")).containsExactly(
                        "Iran resumes uranium conversion activities");
    }

    @Test
    void aPresentPerfectIsNotDatedByAYearLongPast() {
        // the perfect tells what holds now: 2011 is the seasons' year, not the day the record fell
        assertThat(LexiconExamples.titles("Lena Berg has beaten her previous best seasons of 41 goals in 2011 -- in"
                + " just her second year as a professional -- and 39 in 2013.")).noneMatch(t -> t.contains("beat"));
        // unless the sentence counts the times it happened: then its years are the occasions
        assertThat(LexiconExamples.titles("Ivo Marsh has twice won the Golden Lion at the Venice festival, in 2005"
                + " for \"Stone\" and in 2015 for \"River\".")).contains(
                        "Ivo Marsh wins the Golden Lion at the Venice festival");
    }

    @Test
    void aHolidayAfterForIsAnOccasionNotTheDayOfTheVerb() {
        // was 25 Dec 2024: the decorating took place before the holiday it was for
        assertThat(LexiconExamples.titles("Lena Varga decorated her home lavishly for Christmas every year."))
                .isEmpty();
        assertThat(LexiconExamples.titles("The Varga family flew home for Easter.")).isEmpty();
        // on the holiday, or scheduled for it, the day is the verb's
        assertThat(LexiconExamples.titles("Lena Varga died on Christmas Day.")).containsExactly("Lena Varga dies");
    }

    @Test
    void aHolidaysHolidaysOrPeriodIsSomeDayAroundIt() {
        // was 20 Apr 2025, Easter Sunday: the visit took place some day of the school's Easter holidays
        assertThat(LexiconExamples.titles("A pupil at the Velo school who visited Tarn during the Easter holidays has"
                + " been diagnosed with the flu.")).noneMatch(t -> t.contains("visit"));
        assertThat(LexiconExamples.titles("The Orvo club enters the busy Christmas period in good form.")).isEmpty();
        // the holiday itself is its day
        assertThat(LexiconExamples.titles("A pupil at the Velo school visited Tarn at Easter.")).anyMatch(
                t -> t.contains("visit"));
    }

    @Test
    void aDateThatModifiesANounOfTheObjectGivesWayToTheClausesDay() {
        // each gave nothing: the anchorer placed the deal in 2026, a past verb dated to come
        assertThat(LexiconExamples.events("Premier Ana Voss sealed an agreement on a 2026-2030 farm budget on"
                + " Tuesday.")).extracting(e -> e.when().toString()).containsExactly("26 Aug 2025");
        assertThat(LexiconExamples.titles("Senator Ray Olin opened a hearing into the March 9 refinery blast on"
                + " Wednesday.")).containsExactly("Senator Ray Olin opens a hearing into the March 9 refinery blast");
    }

    @Test
    void aDateThatModifiesANounInAnotherVerbsObjectDatesNotTheVerb() {
        // was "1992 | The Security Council mulls a Velsan proposal to lift the 1992 arms embargo"
        assertThat(LexiconExamples.titles("The Security Council mulled a Velsan proposal to lift the 1992 arms"
                + " embargo.")).isEmpty();
        // the verb's own object keeps it
        assertThat(LexiconExamples.titles("Velsa held the 2004 elections peacefully.")).containsExactly(
                "Velsa holds the 2004 elections");
    }

    @Test
    void aHazardTheRecognizerIsUnsureOfTakesOnlyTheDateOfItsOwnPhrase() {
        // the day is the hearing's: the blowout the blame is for is not dated by it
        assertThat(LexiconExamples.titles("In written testimony for Tuesday's Senate hearings, a Korvo executive"
                + " directs blame for the blowout at Velo Drilling, the rig's owner and overseer of the blowout"
                + " preventer."))
                .noneMatch(t -> t.startsWith("Blowout"));
        assertThat(LexiconExamples.titles("Oil has gushed into the bay since the March 3 blowout aboard the Dalen"
                + " rig.")).containsExactly("Blowout aboard the Dalen rig");
    }

    @Test
    void aDecadeBeforeANameAndItsNounDatesThatNoun() {
        // "the 1930s" holds its article, and the name between it and "attempt" is the attempt's
        assertThat(LexiconExamples.titles("Starting in the 1960s, commercial banks and investment banks developed"
                + " products and services that competed with one another, vitiating the 1930s Dorn-Vellis attempt to"
                + " separate the two types of institutions.")).noneMatch(t -> t.contains("compete"));
    }

    @Test
    void aHazardsTollInItsRelativeClauseIsOfTheHazardsOwnDate() {
        // "since" governs the explosion, whose date is its own; the relative clause after its site tells its toll
        assertThat(LexiconExamples.events("Oil has gushed into the bay since the 20 April explosion on the Velo rig,"
                + " which killed 11 workers.")).extracting(e -> e.when() + " " + e.title())
                .contains("20 Apr 2025 The explosion on the Velo rig kills 11 workers");
    }
}
