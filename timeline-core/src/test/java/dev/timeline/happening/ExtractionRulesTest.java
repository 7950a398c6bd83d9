package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.document.Document;
import dev.timeline.tag.TimeTagger;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of English that keep extraction precise on general news; the creation date is Thursday 28 Aug 2025. */
class ExtractionRulesTest {
    private static List<Event> extract(String text) {
        return EventExtractor.using(TimeTagger.english())
                .extract(Document.of("d", text), Optional.of(LocalDate.of(2025, 8, 28)));
    }

    private static List<String> titles(String text) {
        return extract(text).stream().map(Event::title).toList();
    }

    @Test
    void aConditionThatOpensTheSentenceIsNoHappeningUpToItsComma() {
        assertThat(titles("If a reinvigorated, more virulent form of the virus appears in the city late in the year,"
                + " health workers could have enough time to prepare vaccines.")).isEmpty();
        // after the comma the main clause is the sentence's own
        assertThat(titles("If the weather holds over the coming weekend in the capital, the government of the city"
                + " reopened the airport on Monday.")).contains("The government of the city reopens the airport");
    }

    @Test
    void aStocksTickerAfterItsCompanyIsNoWordOfTheTitle() {
        // a wire's "(BP.L)" split the sentence at its stop and left the verb without a subject
        assertThat(titles("An offshore oil platform owned by Kelmar Plc (KEL.L) exploded on Tuesday, killing 11"
                + " workers.")).containsExactly("An offshore oil platform owned by Kelmar Plc explodes");
        assertThat(titles("Kelmar Plc (KEL.L) sold its refinery in Texas on Tuesday."))
                .containsExactly("Kelmar Plc sells its refinery in Texas");
        assertThat(titles("Shares of Tarrow Ltd <TAR.N> fell 6 percent on Tuesday."))
                .containsExactly("Shares of Tarrow Ltd fall 6 percent");
    }

    @Test
    void aNameTheTaggerTookForAnImperativeIsTheSubject() {
        assertThat(titles("Zang cancelled a trip to Lagos on Wednesday.")).containsExactly(
                "Zang cancels a trip to Lagos");
        // its day between the name and the verb
        assertThat(titles("Zang on Wednesday cancelled a trip to Lagos.")).containsExactly(
                "Zang cancels a trip to Lagos");
    }

    @Test
    void whatWasCalledOffDidNotHappenOnItsDayButTheCallingOffDid() {
        assertThat(titles("Zang on Wednesday cancelled a trip to Lagos, which was due to begin on Friday."))
                .containsExactly("Zang cancels a trip to Lagos");
        // a noun of the trigger lexicon, titled by the name a later sentence gives
        assertThat(titles("Prime Minister Lena Varga has indefinitely postponed a visit to Slovakia that had been"
                + " scheduled for Sunday, her spokesman said.\n\n\"Mrs Varga is determined to stay at home,\" he said"
                + " on Thursday.")).noneMatch(t -> t.contains("visit"));
        // a clause after the plan's date that says it was called off
        assertThat(titles("Kelmar Bank was due to pay a 900 million dollar dividend on Monday, which has now been"
                + " canceled.")).isEmpty();
        // the day whose shows were postponed is theirs, not the postponing's (gave it the Sunday before)
        assertThat(titles("The Tarrow Brothers have postponed Sunday's shows in Brisk to July 31 because of the flu."))
                .isEmpty();
        assertThat(titles("Organisers called off Saturday's match in Brisk because of the storm.")).isEmpty();
        assertThat(titles("The Tarrow Brothers won Sunday's race in Brisk."))
                .containsExactly("The Tarrow Brothers win the race in Brisk");
    }

    @Test
    void aMoodThatGripsAPlaceIsNoHappening() {
        assertThat(titles("Fear gripped the Tarvel stock exchange on Monday.")).isEmpty();
        assertThat(titles("Anger swept the streets of Dalton on Sunday.")).isEmpty();
    }

    @Test
    void aConfirmedFirstCaseIsAMilestoneButACountAReport() {
        assertThat(titles("Norlandia confirmed its first case of bird flu on Friday.")).containsExactly(
                "Norlandia confirms its first case of bird flu");
        assertThat(titles("Norlandia confirmed 12 new cases of bird flu on Friday.")).isEmpty();
    }

    @Test
    void theMonthMayIsNoModal() {
        assertThat(titles("Norlandia in May signed a trade deal with Tarvel.")).containsExactly(
                "Norlandia signs a trade deal with Tarvel");
    }

    @Test
    void howFarAHappeningWentStaysInItsTitle() {
        assertThat(titles("Acme Bank almost collapsed on Monday.")).containsExactly("Acme Bank almost collapses");
        assertThat(titles("A storm on Sunday partially destroyed the old town hall in Berwick.")).containsExactly(
                "A storm partially destroys the old town hall in Berwick");
    }

    @Test
    void aDirectionCompletesItsVerb() {
        assertThat(titles("The Lornian trade minister headed north on Sunday to escape the heat.")).containsExactly(
                "The Lornian trade minister heads north to escape the heat");
    }

    @Test
    void aNumberKeepsItsThousandsSeparator() {
        assertThat(titles("Floods killed 1,200 people in March.")).containsExactly("Floods kill 1,200 people");
    }

    @Test
    void howMuchFlowedOverAPeriodIsAFigureButOnADayAHappening() {
        assertThat(titles("Toyota sold 2.1 million cars in the first half of the year.")).isEmpty();
        assertThat(titles("Serbia registered a 6.1-percent growth of its economy in the first half.")).isEmpty();
        assertThat(titles("The Treasury sold $30 billion of bonds on Tuesday.")).containsExactly(
                "The Treasury sells $30 billion of bonds");
        // what was sold is no quantity: a happening over the period too
        assertThat(titles("The government sold its stake in the airline in July.")).containsExactly(
                "The government sells its stake in the airline");
        // a total over a period is a count; on a day, the total of a happening, and plural
        assertThat(titles("A total of 31 panda cubs were born via artificial insemination this year.")).isEmpty();
        assertThat(titles("A total of 12 people were killed in the attack on Monday.")).containsExactly(
                "A total of 12 people are killed in the attack");
    }

    @Test
    void aMarketThatOpensOrClosesHigherIsAQuoteOfTheSessionButAPlanComeUpWithIsAHappening() {
        assertThat(titles("US stocks opened higher on Tuesday as the rally returned.")).isEmpty();
        assertThat(titles("Japanese share prices traded slightly lower on Thursday.")).isEmpty();
        assertThat(titles("European stock markets closed slightly lower on Friday.")).isEmpty();
        assertThat(titles("US stocks ended up 0.3 percent on Friday.")).isEmpty();
        // a plan someone came up with is one
        assertThat(titles("The government came up with a rescue plan for the airline on Monday."))
                .anyMatch(t -> t.contains("comes up with a rescue plan"));
    }

    @Test
    void aRelativeClauseAfterAnotherVerbIsNotPlacedByTheDateBeforeIt() {
        assertThat(titles("More than 15.5 million Iraqis were called to the polls Thursday to elect the 275 MPs who"
                + " will sit in the parliament.")).noneMatch(t -> t.contains("sit"));
        // the date of the noun phrase the relative clause tells of is its date too
        assertThat(titles("The April 20 explosion, which killed 11 workers, sank the rig."))
                .anyMatch(t -> t.contains("kills 11 workers"));
    }

    @Test
    void aRelativeClauseAfterADescriptionBesideANameTellsOfTheNamed() {
        assertThat(titles("Lamar McKay, the BP official who visited Capitol Hill on Tuesday, was evasive."))
                .contains("Lamar McKay visits Capitol Hill");
        assertThat(titles("The spill was discussed by Tony Hayward, the chief executive who resigned in July."))
                .contains("Tony Hayward resigns");
    }

    @Test
    void aListOfNounsBeforeTheSubjectsAndBelongsToIt() {
        assertThat(titles("ExxonMobil, Chevron Corp., ConocoPhillips and Shell Oil agreed on Wednesday to pool $1"
                + " billion.")).containsExactly("ExxonMobil, Chevron Corp., ConocoPhillips and Shell Oil agree to pool"
                + " $1 billion");
        assertThat(titles("Officials said Britain, France and Germany signed the treaty on Monday.")).containsExactly(
                "Britain, France and Germany sign the treaty");
        // a place after a preposition opens no list
        assertThat(titles("In Paris, France and Germany signed the treaty on Monday.")).containsExactly(
                "France and Germany sign the treaty");
        // nor does a phrase before a comma when the subject is a name and what is its own ("Lacking standards" was
        // the list's first item)
        assertThat(titles("Lacking standards, Pelmar and its partners made critical errors in April.")).containsExactly(
                "Pelmar and its partners make critical errors");
    }

    @Test
    void whatIsDueOrScheduledToHappenIsAPlanOfTheScheduledSubject() {
        List<Event> plan = extract("BP is scheduled to open a new plant in Texas on Sept. 27.");
        assertThat(plan).extracting(Event::title).containsExactly("BP opens a new plant in Texas");
        assertThat(plan.get(0).attributes()).containsEntry("planned", "true");
        assertThat(titles("Attention has focused on the Iraq Study Group -- a panel of experts headed by former"
                + " secretary of state James Baker -- which is due to pass its recommendations to the president on"
                + " Friday.")).containsExactly("The Iraq Study Group passes its recommendations to the president");
        assertThat(titles("BP was due to open the plant on August 1 but delayed it.")).isEmpty();
        // a schedule names its day or its week; "set to" a year is a forecast
        assertThat(titles("Mexico is set to suffer a worse downturn than the United States this year.")).isEmpty();
        // a timetable may set a month, and the schedule of a plural subject is no happening of its own
        List<Event> month = extract("Velsa and Ostland are scheduled to join the union in January 2027.");
        assertThat(month).extracting(Event::title).containsExactly("Velsa and Ostland join the union");
        assertThat(month.get(0).attributes()).containsEntry("planned", "true");
        assertThat(titles("The Kessa bridge is due to open in July 2030.")).containsExactly("The Kessa bridge opens");
        assertThat(titles("Velsa is set to suffer a worse downturn in June 2030.")).isEmpty();
        // the day may stand between the schedule and its infinitive
        List<Event> day = extract("Ivo Rask was due Sunday to attend the funeral in Velo.");
        assertThat(day).extracting(Event::title).containsExactly("Ivo Rask attends the funeral in Velo");
        assertThat(day.get(0).attributes()).containsEntry("planned", "true");
        assertThat(day.get(0).when()).isEqualTo(When.parse("2025-08-31"));
        assertThat(titles("The Velo cabinet is expected next week to approve the budget.")).containsExactly(
                "The Velo cabinet approves the budget");
    }

    @Test
    void standingTrialIsAHappeningAndAFutureIsNotDatedBeforeTheArticle() {
        // "stand" is a state of not-happenings.txt ("Unemployment stood at 5 percent"); "stand trial" is tried
        List<Event> trial = extract("Ivan Lebrov is due to stand trial in September 2030.");
        assertThat(trial).extracting(Event::title).containsExactly("Ivan Lebrov stands trial");
        assertThat(trial.get(0).attributes()).containsEntry("planned", "true");
        assertThat(titles("Unemployment in Kessa stood at 5 percent in May 2024.")).isEmpty();
        // the year is the privatization's: the future gives way to the verb whose date it is (which antecedent the
        // relative takes, "his role in" or the privatization, is another rule's)
        assertThat(titles("Ivo Brandt will also stand trial for his role in the failed privatization of Kessa Bank in"
                + " 1998, which toppled the government then in power.")).singleElement()
                .matches(t -> t.endsWith("Kessa Bank topples the government then in power"));
    }

    @Test
    void aPhraseWhoseNounSaysNothingWithoutItsClauseIsLeftOut() {
        // was "... to Pelmar chief Ivo Marek for the way"
        assertThat(titles("Under pressure, Rep. Ana Voss late Thursday retracted her apology to Pelmar chief Ivo Marek"
                + " for the way his company has been treated by regulators.")).containsExactly(
                        "Rep. Ana Voss retracts her apology to Pelmar chief Ivo Marek");
    }

    @Test
    void anIndefinitePronounIsAnObjectThatSaysWhom() {
        // was "... orders doctors in Kessa to test": a pronoun ended the predicate (a request, "asked", is speech)
        assertThat(titles("The Health Council ordered doctors in Kessa on Monday to test everyone with a fever."))
                .containsExactly("The Health Council orders doctors in Kessa to test everyone with a fever");
    }

    @Test
    void aNameInItsPossessiveFormIsTheSubjectOfThePastAfterIt() {
        // "Moody's downgraded Pelmar": the name after the past, its object, ends its phrase; "Kessa Steel shares rose":
        // the plural is the subject
        assertThat(titles("Moody's downgraded Pelmar on Thursday.")).containsExactly("Moody's downgrades Pelmar");
        assertThat(titles("Kessa Steel shares rose 7 percent on Thursday.")).containsExactly(
                "Kessa Steel shares rise 7 percent");
    }

    @Test
    void whatStatisticsOrASurveyShowIsAFindingAndTheSurveyIsItsSource() {
        assertThat(titles("Statistics show that 4.13 million students graduated from colleges and universities in"
                + " 2024.")).isEmpty();
        assertThat(titles("A nationwide survey on student health conducted by the Ministry of Education in 2024 found"
                + " that 80 percent of students suffered from poor eyesight.")).isEmpty();
        assertThat(titles("The Ministry of Education conducted a survey on student health in 2024."))
                .containsExactly("The Ministry of Education conducts a survey on student health");
        assertThat(titles("An autopsy report showed that the singer died of an overdose in Los Angeles on June 25."))
                .containsExactly("The singer dies of an overdose in Los Angeles");
    }

    @Test
    void aParticiplesPhraseThatOpensTheSentenceKeepsItsDateAndTellsOfTheSubject() {
        assertThat(titles("Born on October 6, 1945, in the northeast of Brazil, Lula learned to read when he was 10."))
                .isEmpty();
        assertThat(titles("Founded in 1998 by two students, Google grew into a giant."))
                .containsExactly("Google is founded by two students");
        assertThat(titles("Accused of taking part in the 1994 genocide, which killed at least 500,000 people, the"
                + " soldiers are believed to be carrying out attacks.")).contains(
                "A genocide kills at least 500,000 people"); // "the 1994 genocide": its date said which
    }

    @Test
    void anAsideWithADateOfItsOwnIsNotDatedByTheSentence() {
        assertThat(titles("The broadcast Christmas speech -- a tradition started by her grandfather King George V in"
                + " 1932 -- was recorded on Monday at Southwark Cathedral.")).noneMatch(t -> t.contains("tradition"));
    }

    @Test
    void whatHasHappenedSinceADateIsARunningTotal() {
        // but "the first time ... since" tells of the time before
        assertThat(titles("It was the first time a North Korean leader has joined a Chinese military parade since"
                + " 1959.")).isNotEmpty();
        assertThat(titles("H5N1 has killed more than 150 people worldwide since late 2003.")).isEmpty();
        assertThat(titles("Around 20,000 people have died in the campaign since 1989.")).isEmpty();
    }

    @Test
    void aParticipleAfterBeingAfterANounIsNoHappeningOfItsOwn() {
        // "a forum being hosted in Tromso": what goes on with the forum, read before as "A forum is hosted in Tromso
        // ends" on the day the forum ends
        assertThat(titles("Lena Berg was asked to testify after a Nordic forum being hosted in Tromso ends on"
                + " Friday.")).noneMatch(t -> t.contains("hosted"));
        assertThat(titles("Despite being forced out of office in 2019, Lena Berg still leads the party."))
                .noneMatch(t -> t.contains("forced"));
        // a clause of its own keeps its progressive passive
        assertThat(titles("The Nordic forum is being hosted in Tromso on Friday.")).isNotEmpty();
    }

    @Test
    void anEventNounThatIsFearedOrAskedForIsNoHappening() {
        // was "US rate cut", planned for March
        assertThat(titles("Bond traders expect weak payrolls data, which would revive fears of a US rate cut in March,"
                + " analysts said.")).noneMatch(t -> t.contains("rate cut"));
        // was "Dismissal of Defence Minister Lars Holm" on Tuesday
        assertThat(titles("The opposition called for the dismissal of Defence Minister Lars Holm on Tuesday."))
                .noneMatch(t -> t.contains("Dismissal"));
        // the happening itself, then the fears it raised
        assertThat(titles("Vestia dockers staged a strike in May, raising fears of inflation.")).anyMatch(
                t -> t.contains("strike"));
    }

    @Test
    void aRulingTakesItsThatClauseForItsTitle() {
        // "ruled that" gave nothing: the clause was taken for something said
        assertThat(titles("On March 3 a district court in Oslo ruled that Petric could attend party meetings."))
                .contains("A district court in Oslo rules that Petric could attend party meetings");
        assertThat(titles("The Tromso city council decided on Monday that Norrail's plant would close."))
                .contains("The Tromso city council decides that Norrail's plant would close");
    }

    @Test
    void aTestimonyIsAHappeningTitledWithItsThatClause() {
        // gave nothing: a verb of saying with a clause
        assertThat(titles("Banker Marc Dupont testified Monday that he arranged loans to help Paul Vermeer."))
                .containsExactly("Banker Marc Dupont testifies that he arranged loans to help Paul Vermeer");
        // a saying within the clause is too long a title: none
        assertThat(titles("Nurse Ana Lind testified on Tuesday that Dr Berg told her only that he had given the"
                + " patient a sedative.")).isEmpty();
    }

    @Test
    void aHappeningOfTheLexiconToComeIsPlanned() {
        // was not flagged: only the learned events were
        List<Event> summit = extract("Traders said attention would switch to the EU summit in Brussels on September"
                + " 4.");
        assertThat(summit).extracting(Event::title).containsExactly("EU holds a summit in Brussels");
        assertThat(summit.get(0).attributes()).containsEntry("planned", "true");
        List<Event> past = extract("Traders said attention was on the EU summit in Brussels on August 4.");
        assertThat(past).extracting(Event::title).containsExactly("EU holds a summit in Brussels");
        assertThat(past.get(0).attributes()).doesNotContainKey("planned");
    }

    @Test
    void whatWasToBeIsAPlanUntilItsDayHasPassed() {
        List<Event> plan = extract("The prime minister was to meet the Iraqi president later on Thursday.");
        assertThat(plan).extracting(Event::title).containsExactly("The prime minister meets the Iraqi president");
        assertThat(plan.get(0).attributes()).containsEntry("planned", "true");
        assertThat(titles("The stay was to end on August 21 but the court extended it.")).noneMatch(
                t -> t.contains("ends"));
        assertThat(titles("The ferry service was to have begun on Tuesday.")).isEmpty();
    }

    @Test
    void anAdjectiveAfterALinkingVerbIsAStateWhateverDayFollows() {
        assertThat(titles("The leader appeared determined Wednesday to crush the strike.")).noneMatch(
                t -> t.contains("appears"));
    }

    @Test
    void anAdverbBeforeTheDateAfterAVerbGoesWithTheDate() {
        assertThat(titles("The Dalai Lama met officially on Wednesday with the vice president.")).containsExactly(
                "The Dalai Lama meets with the vice president");
        assertThat(titles("The minister arrived here Monday for a two-day state visit.")).containsExactly(
                "The minister arrives for a two-day state visit");
    }

    @Test
    void theSurnameInSOfAPersonNamedBeforeIsNoPlural() {
        assertThat(titles("Education Secretary Margaret Spellings arrived in Beijing on Wednesday. Spellings opened a"
                + " new school in the city on Thursday.")).contains("Spellings opens a new school in the city");
    }

    @Test
    void aClauseOpenedByWhereSaysThePlaceItTellsOf() {
        assertThat(titles("The envoy will visit the southern city of Malakal -- where violent clashes broke out last"
                + " month -- on his trip.")).contains("Violent clashes break out in the southern city of Malakal");
        // a phrase that names nothing gives no place
        assertThat(titles("Turnout was lower than in a referendum where residents rejected a proposal in 2002."))
                .noneMatch(t -> t.contains(" in a referendum"));
    }

    @Test
    void aPluralSubjectTakesAPluralVerb() {
        assertThat(titles("Three climbers died on the northern ridge in July.")).containsExactly(
                "Three climbers die on the northern ridge");
    }

    @Test
    void theLexiconsHappeningGivesWayToALearnedClauseThatSaysWhoDidWhat() {
        // the lexicon's toll ("202 people killed") names the victims only; the clause names what killed them, and
        // keeps the lexicon's type so that reports of the one happening still merge
        List<Event> events = extract("The Bali bombings killed 202 people in October 2002.");
        assertThat(events).extracting(Event::title).containsExactly("The Bali bombings kill 202 people");
        assertThat(events.get(0).type()).isEqualTo(EventType.of("death"));
        // the lexicon's passive toll reads as a clause, as the learned titles do
        assertThat(extract("Jixi is a coal city in China. A gas blast happened there on June 20, 2002. The city also"
                + " saw a gas blast on Sept. 30 this year, when 13 miners were killed in the Dalong pit."))
                .extracting(Event::title).contains("13 miners are killed in the Dalong pit");
    }

    @Test
    void aDateInsideASubordinateClauseAfterTheEventIsThatClausesDate() {
        assertThat(titles("Obama imposed the ban after an explosion aboard an oil rig on April 20 killed 11 workers."))
                .noneMatch(t -> t.contains("imposes"));
        // a preposition opens no clause: the date is the resigning's
        assertThat(titles("The minister resigned after a long battle with the unions on Tuesday."))
                .anyMatch(t -> t.startsWith("The minister resigns"));
        // the clause's verb must follow the date before another clause opens ("when ...") or an age ("aged 79")
        assertThat(titles("Taki sprained his ankle after jumping from the roof on Tuesday when troops stormed the house."))
                .anyMatch(t -> t.startsWith("Taki sprains"));
    }

    @Test
    void aParticipleUsedAsAnAdjectiveStaysInsideTheSubject() {
        assertThat(titles("A wave of coordinated bombings killed 15 people in eastern Baghdad on Thursday."))
                .containsExactly("A wave of coordinated bombings kills 15 people in eastern Baghdad");
    }

    @Test
    void aParticipleAfterANounWhoseClauseIsCutOffEndsNoTitle() {
        assertThat(titles("The agency on Wednesday released a report suggesting that most of the oil was gone."))
                .containsExactly("The agency releases a report");
    }

    @Test
    void aTitleEndsBeforeAPurposeItCannotHoldAndKeepsASecondVerbsPronounObject() {
        // "in an attempt [to capture the oil]" ended the title
        assertThat(titles("On Monday, Apex placed a containment cap on the well in an attempt to capture the flowing oil"
                + " at source.")).containsExactly("Apex places a containment cap on the well");
        // "and wounded [another]": the object is a word alone
        assertThat(titles("A roadside bomb near a police station in Helmand on Tuesday killed one British soldier and"
                + " wounded another.")).containsExactly(
                "A roadside bomb near a police station in Helmand kills one British soldier and wounds another");
    }

    @Test
    void aPassiveConjunctOfOthersIsToldWithTheFirstAndAPastConjunctInThePresent() {
        // "others" are others than the first subject: alone, "At least five others are injured" said not of what
        assertThat(titles("Three people were killed and at least five others were injured in a bus crash in Porto"
                + " on Tuesday.")).containsExactly(
                "Three people are killed and at least five others injured in a bus crash in Porto");
        assertThat(titles("A man was arrested and his car was seized in Varna on Tuesday."))
                .containsExactly("A man is arrested and his car is seized in Varna");
    }

    @Test
    void aNumberBeforeAProperNounInTheSingularMakesThePluralSubjectItCounts() {
        // the model tags "Palestinians" NNP: the number before it counts it
        assertThat(titles("Two Palestinians were wounded on Tuesday in clashes with settlers in Hebron."))
                .containsExactly("Two Palestinians are wounded in clashes with settlers in Hebron");
        assertThat(titles("Nineteen Palestinians were wounded on Tuesday in the shelling of homes."))
                .containsExactly("Nineteen Palestinians are wounded in the shelling of homes");
        assertThat(titles("Some 300 displaced Zaireans were flown on Sunday to Kisangani."))
                .containsExactly("Some 300 displaced Zaireans are flown to Kisangani");
        assertThat(titles("One of two men was wounded on Tuesday in the shelling of homes."))
                .noneMatch(t -> t.contains(" are "));
        // a people in "-ans" that the model tags NNP takes the plural without a number too
        assertThat(titles("Kenyans will finally vote in the referendum this coming Monday."))
                .containsExactly("Kenyans vote in the referendum");
    }

    @Test
    void verbFormsAgreeWithTheirSubject() {
        assertThat(VerbForms.agree("dies", true)).isEqualTo("die");
        assertThat(VerbForms.agree("is elected", true)).isEqualTo("are elected");
        assertThat(VerbForms.agree("takes power", false)).isEqualTo("takes power");
    }

    @Test
    void aQuantitySomeoneHadIsAFigureUnlessWhatIsCountedHappens() {
        assertThat(titles("On Friday the Support BP site had 1,039 fans while the Boycott BP site had 652,128."))
                .isEmpty();
        assertThat(titles("The trusts still held between $350,000 and $750,000 in BP stock at the end of 2009."))
                .isEmpty();
        assertThat(titles("The pope will hold two other ceremonies on Saturday in Gniezno."))
                .anyMatch(t -> t.contains("holds two other ceremonies"));
        assertThat(titles("The state held 20 percent of the bank in May.")).isEmpty();
        assertThat(titles("Police held three men in April.")).containsExactly("Police hold three men");
    }

    @Test
    void aReportingNounNearerTheDateReportsNothing() {
        // "a report by ..." is no verb of saying: the date is the opening's
        assertThat(titles("The board dismissed the mayor in August last year after a report by the state"
                + " comptroller.")).containsExactly("The board dismisses the mayor");
    }

    @Test
    void aRelativeClauseOpenedByWhoseLeavesTheSubjectToTheMainVerb() {
        assertThat(titles("Obama, whose reputation is on the line over the spill, toured the Gulf coast on Friday."))
                .contains("Obama tours the Gulf coast");
    }

    @Test
    void anAndInsideAnOrganizationsNameMakesNoPluralSubject() {
        assertThat(titles("In 2004, the Securities and Exchange Commission adopted a rule on capital."))
                .contains("The Securities and Exchange Commission adopts a rule on capital");
        assertThat(titles("Britain and France signed the treaty in 2004.")).contains("Britain and France sign the treaty");
        assertThat(titles("The National Oceanic and Atmospheric Agency (NOAA) released a report on its fleet on"
                + " Wednesday.")).containsExactly("The National Oceanic and Atmospheric Agency (NOAA) releases a report"
                        + " on its fleet");
    }

    @Test
    void aRelativeClauseSetOffByDashesStandsForTheNameBeforeIt() {
        assertThat(titles("But chief executive Tony Hayward - who resigned in July - accepted the decision."))
                .contains("Chief executive Tony Hayward resigns");
    }

    @Test
    void aPassiveGoesOnAfterItsDateOnlyWithAPreposition() {
        assertThat(titles("He says that although the Libyan deal was signed three years ago the timing of the drilling"
                + " is not ideal.")).contains("The Libyan deal is signed");
    }

    @Test
    void aRelativeClauseSetOffByCommasKeepsItsDateAndLeavesTheSubjectToTheMainVerb() {
        // the date after the clause's closing comma is the main verb's, whose subject is before the clause
        assertThat(titles("The judge, who blocked the moratorium on drilling, on Tuesday sold his holdings in Exxon."))
                .containsExactly("The judge sells his holdings in Exxon");
        assertThat(titles("Mr Smith, who had led the company for years, resigned on Monday."))
                .containsExactly("Mr Smith resigns");
        // a verb inside the clause keeps a date before it from the main verb no more than the clause's subject does
        assertThat(titles("Last week, Norway's rate committee, of which Olsen is a voting member, raised the main"
                + " rate.")).containsExactly("Norway's rate committee raises the main rate");
        assertThat(titles("Last week, Norway's rate committee, whose chairman is Olsen, raised the main rate."))
                .containsExactly("Norway's rate committee raises the main rate");
        // a date inside the clause is the clause's, not the main verb's
        assertThat(titles("The Chechens, who declared independence in 1991, drove out Russian troops in the war."))
                .noneMatch(t -> t.startsWith("The Chechens drive"));
        // a clause of the sentence's own after the parenthetical closed: the participle has no such subject
        assertThat(titles("The trial, which is closely watched, has had a slow beginning with a brief session on"
                + " October 19, followed by a long delay.")).noneMatch(t -> t.startsWith("The trial follow"));
    }

    @Test
    void aPeopleInThePluralTakesAPluralVerbAndACountryOrASurnameDoesNot() {
        assertThat(titles("After the Russians launched Sputnik in 1957, America responded."))
                .contains("The Russians launch Sputnik");
        assertThat(titles("In 1976 Americans were inoculated needlessly.")).containsExactly("Americans are inoculated");
        assertThat(titles("The Kurds rebelled in 1991.")).containsExactly("The Kurds rebel");
        assertThat(titles("The Netherlands halted its efforts on Monday.")).containsExactly(
                "The Netherlands halts its efforts");
        assertThat(titles("Evans scored twice on Saturday.")).containsExactly("Evans scores");
    }

    @Test
    void aDateThatModifiesANounAfterAdjectivesStaysInsideTheObject() {
        assertThat(titles("President Bush has presided over the weakest eight-year span for the U.S. economy in"
                + " decades, according to an analysis of key data.")).anySatisfy(t -> assertThat(t)
                .startsWith("President Bush presides over the weakest eight-year span"));
    }

    @Test
    void aPastOfAVerbThatTakesNoObjectIsNoParticipleInsideASubject() {
        // "The suspects arrested in the raid appeared" has a participle inside its subject; "died" is never one
        assertThat(titles("Two more U.S. marines died from wounds sustained due to enemy action in Anbar province"
                + " on Saturday.")).noneMatch(t -> t.contains("died from"));
    }

    @Test
    void theSmallWordsOfANameDoNotCountTowardsTheLengthOfASubject() {
        assertThat(titles("The summit of the Organization for Security and Cooperation in Europe opened on Thursday"
                + " in Ljubljana.")).containsExactly(
                "The summit of the Organization for Security and Cooperation in Europe opens in Ljubljana");
    }

    @Test
    void whatARelativeClauseTellsOfIsNotThePlaceItHappenedInNorARate() {
        assertThat(titles("Diamonds fuelled the brutal conflict in Sierra Leone that ended in 2001."))
                .contains("The brutal conflict in Sierra Leone ends");
        // "off" before a place too
        assertThat(titles("An explosion on a drilling rig off Louisiana, which killed 11 workers on 20 April, raised"
                + " questions.")).contains("An explosion on a drilling rig off Louisiana kills 11 workers");
        assertThat(titles("A synod on Lebanon, which met in November 1995 in Rome, called for peace."))
                .contains("A synod on Lebanon meets in Rome");
        assertThat(titles("\"It was a lapse,\" said Aneesh Prabhu, an analyst at S&P, which lowered its rating for"
                + " the firm on Aug. 13.")).noneMatch(t -> t.startsWith("An analyst"));
        // "who" tells of people, not of where they are from; a rate's "per" phrase is never what "which" tells of
        assertThat(titles("Leaders from 34 countries who attended the summit in 1994 agreed to set up a trade zone."))
                .anySatisfy(t -> assertThat(t).startsWith("Leaders from 34 countries attend the summit"));
        assertThat(titles("The letter said the tariff of 176 euros per ton, which took effect on Jan. 1, had cut"
                + " imports.")).contains("The tariff of 176 euros per ton takes effect");
        // a plural verb agrees with the noun a restrictive relative clause follows, not with the noun nearest to it
        assertThat(titles("Britain's new licensing laws which allow pubs to apply for 24-hour drinking in some areas"
                + " come into force at midnight Wednesday.")).contains("Britain's new licensing laws come into force");
    }

    @Test
    void aTitleCutByTheLengthLimitEndsOnAParticleOnlyAfterItsVerb() {
        // not "... jumbo jet over": the cut phrase ends on its noun, here the one that an adjective after it finishes
        assertThat(titles("Libyan agents blew up a Pan Am jumbo jet over the Scottish town in 1988."))
                .containsExactly("Libyan agents blow up a Pan Am jumbo jet over the Scottish town");
    }

    @Test
    void aDateRightAfterTheNounOfABoundDatesThatNoun() {
        // the summit's day, not the appeal's; the summit itself is told ("EU leaders hold a summit in Brussels")
        assertThat(titles("Crvenkovski made the appeal ahead of a summit Thursday of EU leaders in Brussels."))
                .noneMatch(t -> t.startsWith("Crvenkovski"));
        assertThat(titles("Detectives stepped up the search for evidence after the discovery Tuesday near Ipswich of"
                + " two corpses.")).noneMatch(t -> t.startsWith("Detectives"));
    }

    @Test
    void aDateOfANounInsideTheSubjectIsNotTheVerbs() {
        assertThat(titles("A monitoring committee set up under the terms of the April 26 truce agreement ending the"
                + " offensive has met 14 times.")).isEmpty();
        assertThat(titles("Officials said that ballots from Thursday's legislative poll were still being counted."))
                .noneMatch(t -> t.contains("count"));
        // a phrase set off by a comma before the subject keeps the date for the verb
        assertThat(titles("According to sources close to Monday's talks, Wu Yi accepted the need for greater"
                + " flexibility, but insisted that members take into account China's level of development."))
                .contains("Wu Yi accepts the need for greater flexibility");
    }

    @Test
    void aNameWithAnAppositiveIsTheSubjectAndTheAppositivesDateIsNotTheVerbs() {
        assertThat(titles("Castro, 80, handed over the reins of power on July 31 to his brother Raul Castro."))
                .contains("Castro hands over the reins of power to his brother Raul Castro");
        assertThat(titles("Pinochet, 91, died Sunday a week after suffering a heart attack.")).contains(
                "Pinochet dies after suffering a heart attack");
        assertThat(titles("Transocean, the world's largest offshore drilling contractor, filed papers in a Houston"
                + " court on Thursday.")).contains("Transocean files papers in a Houston court");
        assertThat(extract("Fabien Barthez, last seen on a football pitch keeping goal for France in July, has"
                + " reportedly been offered a contract with French side Nantes."))
                .noneMatch(e -> e.title().contains("offered") && e.when().equals(When.parse("2025-07")));
        // a relative clause of the apposition after a fronted date: "last month" is the talking's
        assertThat(extract("On Monday, Ana Ruiz, the Peruvian president who was talking about a crisis as recently"
                + " as last month, announced a bailout package."))
                .noneMatch(e -> e.title().contains("bailout") && e.when().equals(When.parse("2025-07")));
    }

    @Test
    void aPronounStandsForThePersonWhoOpenedThePreviousSentence() {
        assertThat(titles("Andy Inglis, the head of exploration, will leave the company at the end of the year. A"
                + " graduate of Cambridge University, he joined Shell 30 years ago.")).contains("Andy Inglis joins Shell");
        // another person between them: the pronoun stands for no one
        assertThat(titles("Smith met Jones for lunch in Paris. He resigned on Tuesday."))
                .noneMatch(t -> t.contains("resign"));
    }

    @Test
    void aPronounAfterSomeoneWithAnHonorificOfItsSexIsThatPersons() {
        String jackson = "Michael Jackson died in June. Jackson had taken a sedative for years. ";
        // "she" is Ms Lee's, named with her honorific before it, not the article's main person's
        assertThat(titles(jackson + "Ms Lee, who has spoken publicly about Jackson, will tell jurors about it when she"
                + " continues testifying on Tuesday.")).noneMatch(t -> t.contains("Jackson continues"));
        // no one else named so: the pronoun still stands for the main person
        assertThat(titles(jackson + "He toured Japan in March.")).contains("Michael Jackson tours Japan");
    }

    @Test
    void aRangeThatOpensTheSentenceDatesItsClause() {
        assertThat(extract("From July to August, researchers from the Lawrence Berkeley National Laboratory took 170"
                + " samples of gulf water.")).singleElement().extracting(e -> e.when().toString())
                .isEqualTo("July–August 2025");
        // inside the clause, a range may be a state's: "in 1995 and 1996" is two years, left to the trigger lexicon
        assertThat(extract("Libya violated the flight embargo in 1995 and 1996.")).noneMatch(e -> e.when().isRange());
    }

    @Test
    void aDayBeforeALengthEndsNoRange() {
        // "Friday to 14 years" read as the two ends of a range, and a range's end dates no happening alone
        assertThat(extract("Orvo Danek was sentenced on Friday to 14 years in jail.")).singleElement()
                .satisfies(e -> {
                    assertThat(e.title()).startsWith("Orvo Danek is sentenced");
                    assertThat(e.when().toString()).isEqualTo("22 Aug 2025");
                });
    }

    @Test
    void dueToSchedulesAsSetToDoes() {
        // "due" is an intensional state to the recognizer, and no wish
        assertThat(extract("Congress is due to hold a hearing on Friday.")).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Congress holds a hearing");
            assertThat(e.attributes()).containsEntry("planned", "true");
        });
    }

    @Test
    void aNameEndingOnAnOrganizationsWordIsNoPersonAPronounStandsFor() {
        assertThat(titles("Michel Camdessus met the International Monetary Fund board on Monday. He flew to Paris on"
                + " Wednesday.")).contains("Michel Camdessus flies to Paris")
                .noneMatch(t -> t.startsWith("International"));
        // nor a place's
        assertThat(titles("\"The response to the incident in the Gulf of Mexico continues to be our highest"
                + " priority,\" said Mr Hayward. \"Our commitment to the Gulf States is for the long-term.\" He joined"
                + " the BP board in April 2009.")).noneMatch(t -> t.startsWith("Gulf States"));
    }

    @Test
    void aPronounReportedByADescribedSpeakerStandsForThatSpeaker() {
        String rig = "The Deepwater Horizon rig exploded on April 20. The Deepwater Horizon sank two days later. ";
        // the official who announced it, not the name before: no *Deepwater Horizon steps down*
        assertThat(titles(rig + "The department's top official overseeing offshore oil and gas drilling announced"
                + " that he will step down May 31.")).noneMatch(t -> t.contains("steps down"));
        // a title names the speaker when a titled name came before
        assertThat(titles("President Barack Obama met governors on Monday. The president said on Monday he will visit"
                + " Louisiana on Friday.")).contains("Barack Obama visits Louisiana");
    }

    @Test
    void aPersonOrOrganizationInAppositionAfterADescriptionIsTheSubjectEvenBehindAPagesStamp() {
        assertThat(titles("Russia's top negotiator in Chechnya, Ivan Rybkin, opened new peace talks on Wednesday."))
                .contains("Ivan Rybkin opens new peace talks");
        assertThat(titles("Wednesday, August 27, 2025; 6:32 PM BP's new chief executive, Bob Dudley, has ousted the"
                + " company's chief of exploration and production.")).contains(
                "Bob Dudley ousts the company's chief of exploration and production");
        assertThat(titles("The country's biggest bank, HSBC, collapsed on Monday.")).containsExactly("HSBC collapses");
        // a place in apposition to a place is no subject
        assertThat(titles("Judges at the state court in Surabaya, East Java, sentenced Ahmad Arif Hermansyah, 27, on"
                + " Tuesday.")).noneMatch(t -> t.startsWith("East Java"));
    }

    @Test
    void aPresentAfterAFrontedDateAndItsCommaIsANarrativesNotACaptions() {
        // a caption puts its date last; a narrative opens on it ("On March 12, 1933, Roosevelt delivers ...")
        assertThat(titles("On May 3, 1951, King Olav opens the new bridge over the fjord.")).containsExactly(
                "King Olav opens the new bridge over the fjord");
        assertThat(titles("King Olav opens the new bridge over the fjord on May 3, 1951.")).isEmpty();
        // a present passive is a caption's present too, though "raised" may be a past
        assertThat(titles("The damaged hull of the ferry Norlandia is raised from the fjord on July 3, 2025."))
                .isEmpty();
        // a relative clause's present is a state, whatever date opens the sentence
        assertThat(titles("On Tuesday, Karl Lund, who heads the Norlandia Labour Party, promised to support the"
                + " bill.")).noneMatch(t -> t.contains("heads"));
    }

    @Test
    void aPhotoCaptionOfTheArticlesOwnDayIsNoHappening() {
        // the caption's full date with its year ends the sentence; the page's stamp dates the caption after it
        assertThat(titles("A police woman wears a mask in Mexico City August 28, 2025.")).isEmpty();
        assertThat(titles("Thursday 28 August 2025 17.33 BST Rescuers tend to a seabird covered in oil.")).isEmpty();
        // a present tense of things to come, or dated with a preposition, stays
        assertThat(titles("The president visits Paris on Friday.")).containsExactly("The president visits Paris");
        assertThat(titles("Key dates. Sept. 7: The government seizes Fannie Mae. Sept. 14: The Fed expands its"
                + " rules. Sept. 16: The Fed lends 85 billion dollars to AIG.")).isNotEmpty();
    }

    @Test
    void aPassiveKillingIsTitledByItsVictims() {
        Event e = extract("Twelve miners were killed in a gas explosion on Tuesday.").get(0);
        assertThat(e.title()).isEqualTo("Twelve miners are killed in a gas explosion");
        assertThat(e.when()).isEqualTo(When.parse("2025-08-26"));
    }

    @Test
    void theClockTimeOfAStampDatesTheLeadByItsDayOnly() {
        Event e = extract("LONDON | Wed Aug 27, 2025 4:42 pm EDT LONDON (Reuters) - Fitch Ratings downgraded BP by"
                + " six notches to BBB, citing the costs of the oil spill.").get(0);
        assertThat(e.title()).isEqualTo("Fitch Ratings downgrades BP by six notches to BBB");
        assertThat(e.when()).isEqualTo(When.parse("2025-08-27"));
        // the stamp's clock time after "pm" too (was "27 Aug 2025, 22:19": the stamp's minute), cut off the lead
        Event flu = extract("By Ana Ruiz TULSA | Wed Aug 27, 2025 10:19 pm BST TULSA (Reuters) - A new type of flu has"
                + " infected at least two children in Kessa, health officials said.").get(0);
        assertThat(flu.when()).isEqualTo(When.parse("2025-08-27"));
        assertThat(flu.sources().get(0).sentence()).startsWith("A new type of flu");
        // a stamp in digits, year first, before the place and the agency
        Event cap = extract("2025 08 28 07:14 JST KESSEL (Reuters) - Engineers capped the broken well at the Kessel"
                + " field, the operator said.").get(0);
        assertThat(cap.when()).isEqualTo(When.parse("2025-08-28"));
    }

    @Test
    void aDayOfTheLeadsClauseDatesItRatherThanTheStamp() {
        Event e = extract("LONDON | Wed Aug 27, 2025 4:42 pm EDT LONDON (Reuters) - Storms halted the clean-up of the"
                + " Kessel oil spill on Tuesday as high winds threatened to hamper plans to capture crude.").get(0);
        assertThat(e.title()).isEqualTo("Storms halt the clean-up of the Kessel oil spill");
        assertThat(e.when()).isEqualTo(When.parse("2025-08-26"));
        // a month that only modifies a noun does not take the stamp's place
        Event paid = extract("Wednesday, August 27, 2025; 7:04 PM Korvo has paid the state $518 million for the April"
                + " spill, auditors said.").get(0);
        assertThat(paid.when()).isEqualTo(When.parse("2025-08-27"));
    }

    @Test
    void aLeadThatAPagesStampRanIntoIsTheArticlesLeadWithoutTheStamp() {
        Event e = extract("28 August 2025 Last updated at 09:43 GMT Help Engineers have installed a new sealing cap on"
                + " the pit in Kessel, union officials say.").get(0);
        assertThat(e.title()).isEqualTo("Engineers install a new sealing cap on the pit in Kessel");
        assertThat(e.sources().get(0).sentence()).isEqualTo("Engineers have installed a new sealing cap on the pit in"
                + " Kessel, union officials say.");
        assertThat(e.when()).isEqualTo(When.parse("2025-08-28"));
    }

    @Test
    void aTitleCutByTheLengthLimitFinishesItsNounPhraseOrEndsBeforeIt() {
        assertThat(titles("Divers fitted a new sealing cap on the leaking Lake of Kessel pipeline valve on Monday."))
                .containsExactly("Divers fit a new sealing cap on the leaking Lake of Kessel pipeline valve");
        assertThat(titles("Divers fitted a new, tighter-fitting cap on top of the leaking Lake Kessel water main"
                + " Monday.")).containsExactly("Divers fit a new, tighter-fitting cap");
    }

    @Test
    void aVerbWhoseSubjectDoesItsInfinitiveIsActiveAfterANoun() {
        assertThat(titles("Farm ministers failed to agree on Tuesday on a list of crops to benefit from the low value"
                + " added tax.")).allSatisfy(t -> assertThat(t).doesNotContain("are failed"))
                .anySatisfy(t -> assertThat(t).endsWith("fail to agree"));
        assertThat(titles("Farm workers forced to leave the valley on Tuesday protested outside the dam."))
                .anySatisfy(t -> assertThat(t).endsWith("are forced to leave the valley"));
    }

    @Test
    void aParticipleThatOpensTheSentenceHasTheSubjectOfTheClauseAfterIt() {
        assertThat(titles("Arriving in Kessel on Tuesday, the prime minister was greeted by the mayor at the station."))
                .containsExactly("The prime minister arrives in Kessel");
        assertThat(titles("Workers wearing helmets on Tuesday entered the mine.")).noneMatch(t -> t.contains("wear"));
    }

    @Test
    void aDailyMarketCloseWhosePastTheTaggerTookForAnAdjectiveIsAStatistic() {
        assertThat(titles("Share prices on the Kessel Stock Exchange closed lower Thursday, with the main index down 25"
                + " points, dealers said.")).isEmpty();
    }

    @Test
    void aKillingWithoutASubjectIsTitledByItsVictimsOnlyWhenItNamesThem() {
        assertThat(titles("The flu of 1918 was the worst outbreak of the century, which killed up to 50 million people"
                + " across the globe.")).noneMatch(t -> t.startsWith("Up"));
        assertThat(titles("The officers were tried for the deaths of people killed trying to cross the border on"
                + " Friday.")).noneMatch(t -> t.startsWith("Trying"));
    }

    @Test
    void aDatedListItemNamesItsActorBeforeItsVerb() {
        assertThat(titles("May 2 - Ruiz visits the Kessel dam.\nMay 3 - Berg visits Paris.\nMay 4 - Ruiz meets Berg."))
                .contains("Ruiz visits the Kessel dam");
    }

    @Test
    void aCommonNounInThePluralThatOpensTheSentenceTakesAPluralVerbAndANameDoesNot() {
        assertThat(titles("Fans stormed the pitch outside the stadium on Monday."))
                .containsExactly("Fans storm the pitch outside the stadium");
        assertThat(titles("The United Nations imposed an embargo on Kessel in April 1992."))
                .containsExactly("The United Nations imposes an embargo on Kessel");
    }

    @Test
    void aPronounFarFromTheOnlyPersonNamedBeforeItStandsForNoOne() {
        assertThat(titles("In court on Monday, lawyer Ana Ruiz said the defense's position was that Tom Berg was"
                + " addicted to the drug and was withdrawing from it when he died in June 2009."))
                .noneMatch(t -> t.contains("Ruiz dies"));
    }

    @Test
    void aTimeExpressionIsNoSubject() {
        assertThat(titles("In 2019 storms killed four fishermen.")).containsExactly("Storms kill four fishermen");
    }

    @Test
    void aRelativeWhoStandsForThePersonItFollows() {
        assertThat(titles("The court heard from Maria Lopez Garcia, who died in May."))
                .containsExactly("Maria Lopez Garcia dies");
    }

    @Test
    void aVerbWhoseSubjectCannotBeFoundMakesNoTitle() {
        assertThat(extract("It said they died in 2020.")).isEmpty();
    }

    @Test
    void aShareIsATradeEventOnlyWhenItIsAShareOfTrade() {
        assertThat(extract("Tablets accounted for 40% of the firm's revenue in 2024.")).isEmpty();
        assertThat(extract("Soybeans accounted for a third of Brazil's exports in 2024."))
                .extracting(e -> e.type().name()).containsExactly("trade");
    }

    @Test
    void electedToWithAVerbIsAChoiceNotAnElection() {
        // the re-trained recognizer may class the choice an occurrence of its own verb: it is still no election
        assertThat(extract("Bondholders have elected to convert their notes in 2027."))
                .extracting(e -> e.type().name()).doesNotContain("election");
        assertThat(extract("Maria Lopez Garcia was elected to parliament in 2019.")).extracting(e -> e.type().name())
                .containsExactly("election");
    }

    @Test
    void aDeathSentenceIsNoDeath() {
        assertThat(extract("He faces a possible death sentence under a 2004 law.")).isEmpty();
    }

    @Test
    void aNegatedNounIsNoHappening() {
        assertThat(extract("There will be no elections this year.")).isEmpty();
    }

    @Test
    void aSayingOfTheDayIsNoEventWhenWhatIsSaidIsUndated() {
        assertThat(extract("Acme Corp said on Monday that sales fell sharply.")).isEmpty();
        assertThat(extract("Acme Corp told reporters on Monday that the meeting went well.")).isEmpty();
    }

    @Test
    void aSayingOfTheDayIsNoEventWhenTheSourceIsUnnamed() {
        assertThat(extract("Officials said on Monday that the minister will visit Brazil next month."))
                .extracting(e -> e.type().name()).containsExactly("visit");
    }

    @Test
    void aNamedSourceAnnouncingADatedHappeningMakesNoEventOfTheSaying() {
        // a report is no happening: what it announces is the event, on its own date
        assertThat(extract("Acme Corp said on Monday that its chief executive will visit Brazil next month."))
                .extracting(e -> e.type().name()).containsExactly("visit");
    }

    @Test
    void aQuarterAfterReportedIsWhatWasReportedNotWhen() {
        assertThat(extract("Acme Corp reported third-quarter profit of $5 million.")).isEmpty();
    }

    @Test
    void placesAndPeopleComeFromTheClauseOfTheHappening() {
        Event power = extract("Since taking power in 2011, Kim Jong Un has visited China four times.").stream()
                .filter(e -> e.when().equals(When.parse("2011"))).findFirst().orElseThrow();
        assertThat(power.places()).doesNotContain("China");
        Event visits = extract("Kim Jong Un's trip could signal an interest in the US, as his visits to China in 2018"
                + " preceded talks.").stream().findFirst().orElseThrow();
        assertThat(visits.places()).containsExactly("China");
    }

    @Test
    void aNewsAgencyReportsAHappeningAndTakesNoPartInIt() {
        List<Event> events = extract("The Associated Press noted on Thursday that Kim Jong Un will visit Beijing"
                + " next week.");
        assertThat(events).isNotEmpty();
        assertThat(events).allSatisfy(e -> assertThat(e.participants()).doesNotContain("Associated Press"));
    }

    @Test
    void aTriggerInsideItsDateIsNextToIt() {
        // "Election Day" is both the date and the trigger "election": nothing lies between them
        assertThat(extract("Stopping clinic violence is going to be a major theme of our campaign from now to"
                + " Election Day.")).allSatisfy(e -> assertThat(e.when().toString()).isNotEmpty());
    }

    @Test
    void aTypeWordAloneIsNoTitle() {
        assertThat(extract("A meeting is planned for Friday.")).isEmpty();
    }

    @Test
    void aDateAcrossATemporalConnectiveDatesAnotherClause() {
        // Wednesday dates the return, not the talks before it
        assertThat(extract("The minister returned home on Wednesday after talks in Oslo."))
                .extracting(Event::title).containsExactly("The minister returns home");
        assertThat(HappeningFinder.acrossConnective(" will be his first to China since ", true)).isFalse();
        assertThat(HappeningFinder.acrossConnective(" was known prior to ", true)).isTrue();
    }

    @Test
    void aTriggerInsideAHyphenatedWordIsNoTrigger() {
        assertThat(extract("His sudden-death goal in 2021 won the cup.")).isEmpty();
    }

    @Test
    void visitingBeforeANameAfterAPrepositionIsAnAdjective() {
        // no visit: the match is the happening
        assertThat(extract("The hosts beat visiting Rovers on Saturday.")).extracting(Event::title)
                .containsExactly("The hosts beat visiting Rovers");
    }

    @Test
    void aDateThatBoundsAHappeningDoesNotDateIt() {
        // the sales fell at some time before June 2007, not in it; the minister left at some time after 2010
        assertThat(extract("Sales of the new model fell sharply before June 2007, the company said."))
                .noneMatch(e -> e.when().equals(When.parse("2007-06")));
        assertThat(extract("The minister left the government after 2010 for a post at the bank."))
                .noneMatch(e -> e.when().equals(When.parse("2010")));
        assertThat(extract("The minister left the government in 2010 for a post at the bank."))
                .anyMatch(e -> e.when().equals(When.parse("2010")));
    }

    @Test
    void aDateBetweenTheSubjectAndItsVerbLeavesTheSubjectWhole() {
        assertThat(titles("The rescue team on Monday evacuated 300 villagers from the flooded town."))
                .contains("The rescue team evacuates 300 villagers from the flooded town");
        assertThat(titles("The storm on November 6, 2004 destroyed 12 boats.")).contains("The storm destroys 12 boats");
        assertThat(titles("The coast guard, on Monday, rescued four sailors.")).contains("The coast guard rescues four"
                + " sailors");
    }

    @Test
    void aSubjectMayHoldAPrepositionalPhrase() {
        assertThat(titles("The fishermen's union in Porto on Monday voted a motion against the new quotas."))
                .contains("The fishermen's union in Porto votes a motion against the new quotas");
        // the head noun comes before the first preposition: it decides the number of the verb
        assertThat(titles("Hundreds of farmers blocked the main road into the city on Tuesday."))
                .contains("Hundreds of farmers block the main road into the city");
        assertThat(titles("Police in the northern province on Sunday arrested two smugglers."))
                .contains("Police in the northern province arrest two smugglers");
    }

    @Test
    void aDateBetweenTheVerbAndItsObjectIsSkipped() {
        assertThat(titles("The finance minister approved Thursday the decision to cut fuel subsidies."))
                .contains("The finance minister approves the decision to cut fuel subsidies");
        assertThat(titles("The trade delegation arrived on Monday in Lisbon for three days of talks."))
                .contains("The trade delegation arrives in Lisbon for three days of talks");
    }

    @Test
    void aVerbThatEndsInEdBeforeAnAttributionStaysActive() {
        // a finite verb after the comma is the attribution's, not the sign of a reduced relative clause
        assertThat(titles("The peso strengthened against the euro on Tuesday, traders said."))
                .contains("The peso strengthens against the euro");
        assertThat(titles("The index slumped on Monday as traders were worried about rates."))
                .contains("The index slumps");
        // a reduced relative clause is passive: an agent follows, or the clause's own verb comes later
        assertThat(titles("A new bridge built by the army in May collapsed after the floods."))
                .anyMatch(t -> t.startsWith("A new bridge is built by the army"));
        assertThat(titles("The complaint filed in the district court on Friday seeks damages."))
                .anyMatch(t -> t.startsWith("The complaint is filed in the district court"));
    }

    @Test
    void aParticipleThatIsNoPastFollowsANameTaggedNounAsAReducedRelative() {
        // "Photos" opening the sentence is tagged a proper noun; "taken" is no past, so no "Photos take by"
        assertThat(titles("Photos taken by employees in the Velo drilling field this summer show rusted pipes."))
                .anyMatch(t -> t.startsWith("Photos are taken by employees")).noneMatch(t -> t.contains("take by"));
        // a past spelled as its participle is read as before: "put" may be the relative's verb
        assertThat(titles("The US coastguard admiral who Obama put in charge of the clean-up last week resigned."))
                .noneMatch(t -> t.startsWith("Obama is put"));
    }

    @Test
    void aHyphenInsideAWordDoesNotCutTheTitle() {
        assertThat(titles("The navy fired a 21-gun salute in the harbour on Friday."))
                .anyMatch(t -> t.startsWith("The navy fires a 21-gun salute"));
    }

    @Test
    void aReducedRelativeClauseDatedOutsideItIsNoHappening() {
        // "used to collect oil" describes the barges; Sunday dates their parking
        assertThat(titles("On Sunday, large barges used to collect oil from the spill were parked in the harbour."))
                .noneMatch(t -> t.contains("used"));
    }

    @Test
    void aRelativeClauseWhoseObjectIsThePronounGivesNoTitle() {
        assertThat(titles("The judge whom the governor appointed last month resigned."))
                .noneMatch(t -> t.startsWith("The governor appoints"));
    }

    @Test
    void aPresentTenseCaptionOfAPastDayIsNoHappening() {
        assertThat(titles("Volunteers clean the beach near the harbour on May 20, 2009.")).isEmpty();
        assertThat(titles("Volunteers cleaned the beach near the harbour on May 20, 2009."))
                .anyMatch(t -> t.startsWith("Volunteers clean the beach"));
    }

    @Test
    void anItemOfADatedListIsAHappeningInThePresent() {
        assertThat(extract("Aug. 12 - The government seizes the two mortgage lenders.\nAug. 14 - The central bank"
                + " cuts its rate.\nAug. 19 - Lawmakers pass the rescue plan."))
                .extracting(Event::title, e -> e.when().timexValue())
                .contains(org.assertj.core.groups.Tuple.tuple("The government seizes the two mortgage lenders",
                        "2025-08-12"));
    }

    @Test
    void aNounTheTaggerReadsAsAPresentVerbIsNoOtherClause() {
        // the part-of-speech model tags "leak" after "pipeline" as a verb
        assertThat(titles("The operator suffered a pipeline leak in the north in 2006."))
                .anyMatch(t -> t.startsWith("The operator suffers a pipeline leak"));
    }

    @Test
    void aSubjectPronounEndsThePredicate() {
        assertThat(titles("The report on Tuesday shows they were warned, the minister said."))
                .noneMatch(t -> t.endsWith(" they"));
    }

    @Test
    void aMeetingAfterADeterminerIsTheNounNotTheVerb() {
        assertThat(titles("The film director attended a meeting with scientists and officials yesterday."))
                .noneMatch(t -> t.contains(" meets "))
                .anyMatch(t -> t.startsWith("The film director attends a meeting with scientists"));
    }

    @Test
    void aReportInTheInfinitiveLeavesTheDateToTheHappening() {
        // "to announce" is the purpose of the gathering, not this text's report of it
        assertThat(titles("Thousands of workers filled the central square to announce a general strike on Monday."))
                .anyMatch(t -> t.startsWith("Thousands of workers fill the central square"));
    }

    @Test
    void aQuantityThatChangedOverAMonthIsAStatisticNotAHappening() {
        assertThat(titles("Consumer prices in the region rose 0.4 percent in July.")).isEmpty();
        assertThat(titles("Shares of the airline jumped 9 percent on Tuesday.")).anyMatch(t -> t.startsWith("Shares"));
    }

    @Test
    void aNounPhraseThatPointsBackIsNoTitle() {
        assertThat(titles("Those talks ended in March without a deal.")).noneMatch(t -> t.startsWith("Those talks"));
        assertThat(titles("An identical attack in June killed two guards.")).noneMatch(t -> t.startsWith("Identical"));
    }

    @Test
    void anEstimateOrAForecastIsNoHappening() {
        assertThat(titles("The economist estimates that 9,000 jobs will be lost in the second half of the year."))
                .isEmpty();
        assertThat(titles("The bank forecast that up to 9,000 jobs in farming, fishing and tourism will be lost in"
                + " the second half of the year.")).isEmpty();
    }

    @Test
    void toBeInAMonthIsNoVisit() {
        assertThat(extract("The repairs will take four weeks after the well is sealed, expected to be in August."))
                .extracting(e -> e.type().name()).doesNotContain("visit");
    }

    @Test
    void aForumOrACongressWithACapitalIsABodyNotAMeeting() {
        assertThat(extract("The Regional Economic Forum this month rated the city's banks as the soundest."))
                .extracting(Event::type).extracting(EventType::name).doesNotContain("meeting");
        assertThat(extract("The Workers' Party will hold a party congress in October.")).extracting(Event::type)
                .extracting(EventType::name).contains("meeting");
    }

    @Test
    void aLongAttributionAfterAHappeningDatesIt() {
        // the report's date dates what it reports when the attribution closes the sentence
        assertThat(titles("The troops arrested six men in the southern region, a statement of the defence ministry"
                + " said on Tuesday.")).anyMatch(t -> t.startsWith("The troops arrest six men in the southern region"));
        assertThat(titles("Police arrested three men in the capital, said a spokesman on Monday."))
                .anyMatch(t -> t.startsWith("Police arrest three men"));
        // a relative clause is no attribution: the date is the saying's
        assertThat(titles("The mill closed its gates, which union officials said on Monday was a blow."))
                .noneMatch(t -> t.startsWith("The mill closes"));
    }

    @Test
    void anAcronymInParenthesesAfterANameIsPartOfTheSubject() {
        assertThat(titles("Soldiers of the Regional Defence Force (RDF) arrested four smugglers on Monday."))
                .anyMatch(t -> t.startsWith("Soldiers of the Regional Defence Force (RDF) arrest four smugglers"));
    }

    @Test
    void aSubjectCutByTheLengthLimitIsNoActor() {
        assertThat(titles("A travel ban on the former deputy interior minister and party treasurer Ana Lopes was lifted"
                + " on Friday.")).noneMatch(t -> t.startsWith("Deputy") || t.startsWith("Interior")
                || t.startsWith("Minister") || t.startsWith("Party"));
        assertThat(titles("A ban on the sale of alcohol in the old harbour district of the city was lifted on Friday."))
                .noneMatch(t -> t.startsWith("The old harbour") || t.startsWith("The city") || t.startsWith("City"));
    }

    @Test
    void theSubjectOfAReportedClauseFollowsTheReportingVerb() {
        assertThat(titles("Police said a bomb exploded on Monday near the central market."))
                .anyMatch(t -> t.startsWith("A bomb explodes"));
        assertThat(titles("Officials said that the bus crashed on Friday near the border."))
                .anyMatch(t -> t.startsWith("The bus crashes"));
    }

    @Test
    void aVerbFarBeforeItsDateIsStillFound() {
        // the verb is sixteen words before "on Sunday": events are looked for within twenty words of a date
        assertThat(titles("Maria Lopez scored the only goal of the game in the friendly match against the visiting"
                + " team from Porto on Sunday.")).anyMatch(t -> t.startsWith("Maria Lopez scores the only goal"));
    }

    @Test
    void anIrregularPastTheTaggerTookForANounIsReadAsTheVerb() {
        // the part-of-speech model tags "rose" after "prices" as a noun
        List<Event> events = extract("Crude oil prices rose sharply on Wednesday.");
        assertThat(events).extracting(Event::title).containsExactly("Crude oil prices rise");
        assertThat(events.get(0).type().name()).isEqualTo("rise");
        assertThat(titles("She bought a red rose in the market on Wednesday.")).isEmpty();
    }

    @Test
    void aDecisionIsAHappeningButASpeechActIsNot() {
        assertThat(titles("The regional parliament on Wednesday agreed to launch an inquiry into the prisons."))
                .containsExactly("The regional parliament agrees to launch an inquiry into the prisons");
        assertThat(titles("The harbour board approved the new quay in October.")).containsExactly(
                "The harbour board approves the new quay");
        assertThat(titles("The governor urged calm on Tuesday.")).isEmpty();
        assertThat(titles("The governor declared a state of emergency on Tuesday and called in the army.")).contains(
                "The governor declares a state of emergency");
    }

    @Test
    void aVerbOfSayingWithoutAnObjectMakesNoTitle() {
        assertThat(titles("The governor declared yesterday in Boston that the storm was over.")).isEmpty();
        assertThat(titles("The governor declared a state of emergency on Friday."))
                .containsExactly("The governor declares a state of emergency");
    }

    @Test
    void aPredicateWhoseObjectIsAPronounPointsBack() {
        assertThat(titles("The contractor used it anyway in March, the inspectors found.")).isEmpty();
        // "it" before a preposition: what was secured, another sentence said
        assertThat(titles("Once the dome is in place later Friday, Norsk's robots will secure it over the broken well"
                + " at the bottom of the lake.")).noneMatch(t -> t.contains("secure it"));
        assertThat(titles("Two rifles were found in the car on Monday.")).containsExactly(
                "Two rifles are found in the car");
        assertThat(titles("The contractor used the cheaper cement in March.")).containsExactly(
                "The contractor uses the cheaper cement");
    }

    @Test
    void theFirstAndSecondPersonAreAColumnsVoiceAndAQuestionAssertsNothing() {
        assertThat(titles("My shop reopened in March after the flood, and I was glad.")).isEmpty();
        assertThat(titles("How many farms did the flood destroy in March?")).isEmpty();
        assertThat(titles("US troops entered the town in March.")).containsExactly("US troops enter the town");
    }

    @Test
    void aPossessiveGoesOnWithANounAndIsNoSubject() {
        assertThat(titles("The agency's acting director plans to leave the board on Thursday."))
                .noneMatch(t -> t.startsWith("The agency's acting"));
    }

    @Test
    void anInfinitiveThatAVerbGovernsIsNoHappeningButIsToIsTheFuture() {
        assertThat(titles("The board gave the council until a deadline in May to submit the report."))
                .noneMatch(t -> t.contains("submit"));
        assertThat(titles("The envoy is to leave the capital on Monday.")).containsExactly(
                "The envoy leaves the capital");
    }

    @Test
    void aPhotoCreditBeforeTheSentenceIsNoPartOfItsSubject() {
        assertThat(titles("Photograph: Jo Bloggs/AFP/Getty Images Fishing boats returned to the harbour on Monday."))
                .containsExactly("Fishing boats return to the harbour");
    }

    @Test
    void aConjunctionOrARelativeOpensAClauseWithItsOwnSubject() {
        assertThat(titles("More than 300 permits have been issued since Maria Lopez took office in January 2019, "
                + "the group says.")).containsExactly("Maria Lopez takes office");
        assertThat(titles("The minister attended a ceremony for soldiers who were killed in the mountains in July."))
                .containsExactly("Soldiers are killed in the mountains");
    }

    @Test
    void anEventNounAsSubjectStillMakesItsEvent() {
        assertThat(titles("Leaders met in Lima for the Pacific Rim summit. The summit ended on Tuesday with a joint"
                + " declaration.")).containsExactly("The Pacific Rim summit ends with a joint declaration");
        // a summit the article never named says not whose
        assertThat(titles("The summit ended on Tuesday with a joint declaration.")).isEmpty();
    }

    @Test
    void aBoundGovernsTheNounPhraseOfItsDate() {
        assertThat(titles("The president, who has led the island since its 1980 independence, spoke on Friday."))
                .noneMatch(t -> t.contains("leads"));
        assertThat(titles("Car sales fell this year for the first time since the 2019 crisis shook the market."))
                .contains("A crisis shakes the market"); // the date inside the subject is left out; it said which
        assertThat(titles("The former premier maintained on Saturday that he was innocent.")).isEmpty();
    }

    @Test
    void aSentenceInTheFirstPersonOutsideQuotesIsAColumnsVoice() {
        assertThat(titles("I remember a film about a sailor who died in the great storm of 1953.")).isEmpty();
        assertThat(titles("\"I have beaten him before,\" said Lin, who will face his rival again on Thursday."))
                .containsExactly("Lin faces his rival");
        assertThat(titles("The country was thrown into a crisis on March 30 when the Congress (I) party withdrew its "
                + "support.")).isNotEmpty();
    }

    @Test
    void aTrailingAttributionDatesTheMainClauseNotARelativeOne() {
        assertThat(titles("The police seized the cash held by smugglers who ferried cigarettes across the border, "
                + "a magistrate said Wednesday.")).noneMatch(t -> t.contains("ferr"));
        assertThat(titles("Troops arrested six men near the border, a spokesman said on Tuesday.")).containsExactly(
                "Troops arrest six men near the border");
    }

    @Test
    void aPagesCommentSectionIsReadersTalkNotNews() {
        String page = "The dam broke on Friday and flooded the valley.\n"
                + "The governor visited the town in July. Posted by: OldValley | August 14, 2025 6:10 PM\n"
                + "My cousin left the valley in 2019. Posted by: dam_skeptic | August 14, 2025 6:12 PM\n"
                + "The council met on Monday about it. Posted by: river | August 14, 2025 6:20 PM\n";
        assertThat(titles(page)).containsExactly("The dam breaks");
    }

    @Test
    void twoShortConjoinedSubjectsAndAComplementAfterTheDate() {
        assertThat(titles("Some 11 villagers and three Israeli border police officers were injured in clashes in the "
                + "town on Wednesday.")).containsExactly(
                "Some 11 villagers and three Israeli border police officers are injured in clashes in the town");
        assertThat(titles("The opposition leader flew on Sunday to the capital to meet the prime minister."))
                .containsExactly("The opposition leader flies to the capital to meet the prime minister");
    }

    @Test
    void aDateThatModifiesANounOfTheObjectStaysInTheTitle() {
        assertThat(titles("The striker won the 1990 World Cup with West Germany.")).containsExactly(
                "The striker wins the 1990 World Cup with West Germany");
    }

    @Test
    void aPossessiveSubjectIsTheMainPersonsOrNone() {
        assertThat(titles("Maria Lopez leads the party. Maria Lopez spoke on Friday. Her party lost control of the "
                + "council in May.")).contains("Maria Lopez's party loses control of the council");
        assertThat(titles("Its shareholders will vote on Tuesday on the merger.")).isEmpty();
    }

    @Test
    void aBoundGovernsTheDatedNounPhraseAfterItAndAQuotedFirstPersonIsNoSubject() {
        assertThat(titles("Sales of the singer's records have surged since his death on Thursday in Paris."))
                .noneMatch(t -> t.contains("surge"));
        assertThat(titles("\"Part of my soul has gone with him today,\" the actor said on Saturday.")).isEmpty();
    }

    @Test
    void aQuantifierAndAParenthesizedAcronymStayInTheSubject() {
        assertThat(titles("At least 11 people were killed in a bus crash on Saturday.")).containsExactly(
                "At least 11 people are killed in a bus crash");
        assertThat(titles("A seminar on intellectual property rights (IPR) protection opened here on Monday."))
                .containsExactly("A seminar on intellectual property rights (IPR) protection opens");
    }

    @Test
    void aPredicateCutByItsLengthEndsBeforeTheUnfinishedPhrase() {
        assertThat(titles("Cai Shuming received on Tuesday the Ramsar Wetland Conservation Award for Science at the "
                + "ninth meeting of the parties held in Kampala.")).containsExactly(
                "Cai Shuming receives the Ramsar Wetland Conservation Award for Science");
        // a short phrase that ends at a preposition finishes it instead
        assertThat(titles("Cai Shuming received on Tuesday the Ramsar Wetland Conservation Award for Science at the "
                + "ninth meeting of the parties in Kampala.")).containsExactly(
                "Cai Shuming receives the Ramsar Wetland Conservation Award for Science at the ninth meeting of the"
                        + " parties");
        assertThat(titles("The 2030 World Cup to be hosted by Morocco is set to attract players who play abroad."))
                .containsExactly("The World Cup is hosted by Morocco");
    }

    @Test
    void aNounAndTheClauseThatGovernsItAreOneHappeningWhateverTheirDatesPrecision() {
        assertThat(titles("Rebel and army envoys started their talks in the capital Thursday morning, he said."))
                .containsExactly("Rebel and army envoys start their talks in the capital");
    }

    @Test
    void aPresentAfterBeIsAMistaggedWordAndAPastAfterBeAPassive() {
        assertThat(titles("The issue of terrorism is very acute today.")).isEmpty();
        assertThat(titles("The contract was won by a Chinese firm on Monday.")).containsExactly(
                "The contract is won by a Chinese firm");
    }

    @Test
    void theDateOfAPurposeIsNotTheHappenings() {
        assertThat(extract("Beijing unveiled five mascots for the 2028 Olympic Games.")).isEmpty();
        assertThat(titles("Beijing unveiled five mascots at the 2024 Olympic Games.")).containsExactly(
                "Beijing unveils five mascots at the 2024 Olympic Games");
    }

    @Test
    void anAdverbThatCompletesItsVerbStaysInTheTitle() {
        assertThat(titles("The referendum in Kosovo went ahead on Sunday despite the boycott.")).containsExactly(
                "The referendum in Kosovo goes ahead");
    }

    @Test
    void aPastAfterBeIsAPassiveWhateverItsTagAndAQuestionsWhoHasNoAntecedent() {
        assertThat(titles("The tribunal was set up in February.")).containsExactly("The tribunal is set up");
        assertThat(titles("At least five policemen were hurt in the fighting on Monday.")).containsExactly(
                "At least five policemen are hurt in the fighting");
        assertThat(titles("The panel began in May to trace who received the money.")).noneMatch(
                t -> t.startsWith("Trace"));
    }

    @Test
    void aCapitalizedPrepositionIsNoPartOfAName() {
        assertThat(titles("During Pinochet's rule, thousands died. Pinochet came to power in a 1973 military coup."))
                .containsExactly("Pinochet comes to power in a 1973 military coup");
    }

    @Test
    void aVerbAfterAConjunctionSharesAnotherVerbsSubjectAndBornIsPassive() {
        assertThat(titles("She lived at Hill Farm, Lampeter and died in February 1996.")).isEmpty();
        assertThat(titles("Robert Davies was born in 1877. Robert Davies born 1877, Worthen.")).containsOnly(
                "Robert Davies is born");
    }

    @Test
    void aDatePremodifyingANounOfPurposeAndADanglingInfinitive() {
        assertThat(titles("Wheat futures for December delivery closed at 5.16 dollars on Friday.")).allMatch(
                t -> !t.startsWith("Delivery"));
        // a level after a currency sign, and a regular past the model took for a noun ("closed/NN on Friday")
        assertThat(titles("Norbank's share price closed on Friday at £4.95, but fell to £4.12 on Monday.")).isEmpty();
        assertThat(titles("The engineers will today carry out a pressure test to see whether they can seal the well."))
                .containsExactly("The engineers carry out a pressure test");
    }

    @Test
    void aConjunctionTaggedAnAdjectiveOpensNoSubjectAndShedIsItsOwnPast() {
        assertThat(titles("It was not enough; after prime minister Churchill overruled his foreign secretary Anthony "
                + "Eden in 1953, approval was given.")).containsExactly(
                "Prime minister Churchill overrules his foreign secretary Anthony Eden");
        // on a day: over a month the same words are a statistic (statistic-verbs.txt)
        assertThat(titles("U.S. employers shed more than half a million jobs on Friday.")).containsExactly(
                "U.S. employers shed more than half a million jobs");
        assertThat(titles("U.S. employers shed more than half a million jobs in November.")).isEmpty();
    }

    @Test
    void anObjectClauseCutOffMakesNoTitle() {
        assertThat(titles("Commentators discussed on Tuesday how the company is responding to the spill.")).isEmpty();
        assertThat(titles("The 2012 trial will address who is to blame for the spill.")).isEmpty();
    }

    @Test
    void aDatedReportDatesWhatItReportsWhenItIsTheFirstWordOfIt() {
        assertThat(extract("BP said on Sunday that it had successfully capped the well after weeks of work."))
                .extracting(Event::title, e -> e.when().toString()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BP caps the well", "on or before 24 Aug 2025"));
        // what the report tells in the perfect was done by its day, perhaps before it; in the past, on it
        assertThat(extract("The US embassy said on Tuesday that four American citizens had been quarantined in China"
                + " due to swine flu fears.")).extracting(e -> e.when().toString())
                .containsExactly("on or before 26 Aug 2025");
        assertThat(extract("Officials said on Monday that Merkel and Macron met in Paris.")).extracting(Event::title,
                e -> e.when().toString()).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "Merkel and Macron meet in Paris", "25 Aug 2025"));
        // the date that opens the sentence, before a comma and the report's subject, is the report's
        assertThat(extract("On Friday, police said two men were arrested in Paris.")).extracting(Event::title)
                .containsExactly("Two men are arrested in Paris");
        // a plan reported is no happening of its own day; its announcement is (AnnouncedPlans)
        assertThat(titles("Toyota announced on Tuesday that it will recall 400,000 cars.")).containsExactly(
                "Toyota announces it will recall 400,000 cars");
        assertThat(titles("An adviser said Saturday that \"the fire destroyed everything\" in the camp.")).isEmpty();
        assertThat(titles("The city which the rebels said Wednesday they had captured is large.")).isEmpty();
        assertThat(titles("The president said on Monday that the crisis that has seized markets could hurt jobs."))
                .isEmpty();
        // a telling's hearer stands before its date, a participle's phrase after the clause's subject
        assertThat(extract("Officials told reporters late Tuesday that a ferry carrying 90 passengers sank off the coast"
                + " of Sulawesi.")).extracting(Event::title).containsExactly(
                        "A ferry carrying 90 passengers sinks off the coast of Sulawesi");
        assertThat(titles("Police said on Tuesday that gunmen stormed a bank in Lyon, taking four hostages."))
                .containsExactly("Gunmen storm a bank in Lyon");
        // the talk a saying was made in stands between the verb and "that", or the verb and its date
        assertThat(titles("The ministry said in a statement that rebels seized the town of Kessa on Tuesday."))
                .containsExactly("Rebels seize the town of Kessa");
        assertThat(extract("The ministry said in a statement on Tuesday that 200 chickens died in a village near"
                + " Hanoi.")).extracting(Event::title, e -> e.when().toString()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("200 chickens die in a village near Hanoi", "26 Aug 2025"));
    }

    @Test
    void aDateInsideABoundPhraseAndATriggersNearerDateAndWhoAfterAName() {
        assertThat(titles("A few weeks after taking over from his brother on July 31, Raul Castro hinted at talks."))
                .isEmpty();
        assertThat(extract("Kim Il-Sung, the country's sole leader until he died in 1994, would have been 85 on "
                + "April 15.")).extracting(e -> e.when().toString()).containsExactly("1994");
        assertThat(extract("The trial over a 1975 coup in which the founding leader Sheikh Mujib Rahman was killed "
                + "was set to open Monday.")).extracting(e -> e.when().toString()).containsExactly("1975");
        assertThat(titles("Rebels called for the ouster of Arroyo, who survived an impeachment vote in September."))
                .containsExactly("Arroyo survives an impeachment vote");
        assertThat(titles("The ferry sank after colliding with a warship on March 28.")).containsExactly(
                "The ferry sinks");
        assertThat(titles("British Prime Minister Tony Blair, who touched down on Saturday in Cairo, spoke."))
                .containsExactly("British Prime Minister Tony Blair touches down in Cairo");
    }

    @Test
    void aPastNounPhraseThatNamesNoOneMakesNoEventButANamedOrComingOneDoes() {
        assertThat(titles("The minister gave a news conference on Monday.")).noneMatch(t -> t.startsWith("News"));
        assertThat(titles("Peace talks opened in the capital on Monday.")).noneMatch(t -> t.equals("Peace talks"));
        assertThat(titles("The ministers met at an OPEC meeting in Vienna on Monday, officials said."))
                .isNotEmpty();
        assertThat(titles("The party will hold a party congress next year.")).anyMatch(t -> t.contains("congress"));
    }

    @Test
    void aFilePhotosCaptionIsNoNews() {
        assertThat(titles("A pelican covered in oil sits on a beach in Grand Isle in this June 8, 2024 file photo."))
                .isEmpty();
    }

    @Test
    void aPossessiveDateAfterTheVerbIsItsObjectsDay() {
        assertThat(extract("Rafael Correa has won Sunday's presidential run-off with 57 percent of the votes."))
                .extracting(e -> e.when().toString()).containsExactly("24 Aug 2025");
    }

    @Test
    void aPresentPerfectOverAPeriodStillRunningIsATotalNotAHappening() {
        assertThat(titles("More than 80 US soldiers have died in Iraq this year.")).isEmpty();
        assertThat(titles("In August alone, at least 64 soldiers have been killed.")).isEmpty();
        assertThat(titles("Rebels have seized the airport on Monday.")).containsExactly("Rebels seize the airport");
        assertThat(titles("More than 80 soldiers died in Iraq last year.")).isNotEmpty();
    }

    @Test
    void aPrepositionOpensNoNounTitleAndAParticipleBeforeACutNounIsUnfinished() {
        assertThat(titles("The campaign turned towards key mid-term elections in November.")).noneMatch(
                t -> t.startsWith("Towards"));
        assertThat(titles("A new blowout preventer was placed late Friday on the blown-out well by engineers working "
                + "for the company in the Gulf.")).noneMatch(t -> t.endsWith("blown-out"));
    }

    @Test
    void theCompanyIsTheArticlesMainOrganization() {
        assertThat(titles("BHP said the well was sealed. BHP shares rose. The company pumped cement into the "
                + "well on Thursday.")).containsExactly("BHP pumps cement into the well");
    }

    @Test
    void followingIsABoundAndReiteratingIsSpeech() {
        assertThat(titles("Calm has returned to the capital following Friday's demonstration.")).isEmpty();
        assertThat(titles("The minister reiterated his support for the plan on Monday.")).isEmpty();
    }

    @Test
    void aCorrectionNoteIsPageFurniture() {
        assertThat(titles("The bill would cap emissions. cents This article was amended on 19 May 2025.")).isEmpty();
    }

    @Test
    void aHeadlineAndBylineRunIntoTheLeadAreCutOffWithTheirStamp() {
        Event e = extract("The union forced the board to reopen the pit in Kessel By Ana Ruiz and Tom Berg Thursday,"
                + " August 28, 2025; 4:05 PM The board gave way.").get(0);
        assertThat(e.title()).isEqualTo("The board gives way");
        assertThat(e.sources().get(0).sentence()).isEqualTo("The board gave way.");
        assertThat(titles("The album was Released By An Unknown Label on Monday."))
                .containsExactly("The album is released By An Unknown Label");
    }

    @Test
    void aVerbEndingInEedKeepsItsBaseForm() {
        assertThat(titles("The council will proceed with the dam review on Monday."))
                .containsExactly("The council proceeds with the dam review");
    }

    @Test
    void aQuotedNameInsideThePredicateStaysInTheTitle() {
        assertThat(titles("On Saturday, the crew lifted away the \"dome\" containment cap that had sat on the well."))
                .containsExactly("The crew lifts away the \"dome\" containment cap");
    }

    @Test
    void aGerundAfterAndGoesOnWithThePredicate() {
        assertThat(titles("The ministry started seizing and destroying stocks of poultry on Thursday."))
                .containsExactly("The ministry starts seizing and destroying stocks of poultry");
    }

    @Test
    void aMineOrAWellAfterAnArticleIsANoun() {
        assertThat(titles("A gas explosion took place in a coal mine in Silesia on Tuesday."))
                .containsExactly("A gas explosion takes place in a coal mine in Silesia");
        assertThat(titles("The company succeeded in sealing the well on Tuesday."))
                .containsExactly("The company succeeds in sealing the well");
    }

    @Test
    void aVerbAfterAndSharesTheSubjectOfTheVerbBeforeIt() {
        // the two verbs share the date after the second, and the title tells both
        assertThat(titles("The guerrillas surrounded the garrison and shelled the port on Sunday."))
                .containsExactly("The guerrillas surround the garrison and shell the port");
        assertThat(titles("The peacekeepers were withdrawn last December and replaced by a mission.")).isEmpty();
    }

    @Test
    void anAttackIsNoInvasion() {
        assertThat(titles("Masked gunmen attacked the depot on Monday."))
                .containsExactly("Masked gunmen attack the depot");
    }

    @Test
    void aCenturyDatesNoHappening() {
        assertThat(extract("The agency declared the first drought emergency of the 21st century.")).isEmpty();
    }

    @Test
    void aPluralInMenTakesAPluralVerb() {
        assertThat(titles("Armed gunmen seized the depot on Monday.")).containsExactly("Armed gunmen seize the depot");
        assertThat(titles("The specimen arrived at the museum on Monday."))
                .containsExactly("The specimen arrives at the museum");
    }

    @Test
    void aLevelReachedIsAStatisticButAMoveOnADayAndATimeAreNot() {
        assertThat(extract("The death toll from the mine blast rose to 68 on Monday.")).isEmpty();
        assertThat(titles("The exhibition opened at 10 a.m. on Monday.")).containsExactly("The exhibition opens");
    }

    @Test
    void aReflexiveObjectEndsThePredicate() {
        assertThat(titles("The port authority moved to protect itself on Monday."))
                .containsExactly("The port authority moves to protect itself");
    }

    @Test
    void aCapitalArticleInsideASubjectStartsIt() {
        assertThat(titles("Main index: +31.6 The central bank cut its main rate on Tuesday."))
                .containsExactly("The central bank cuts its main rate");
    }

    @Test
    void aNumberOfThingsTakesAPluralVerb() {
        assertThat(titles("Nine of the largest lenders were forced to accept aid last week."))
                .containsExactly("Nine of the largest lenders are forced to accept aid");
        assertThat(titles("Pope Pius II arrived in Siena on Monday.")).containsExactly("Pope Pius II arrives in Siena");
    }

    @Test
    void aParticleAfterItsVerbEndsThePredicate() {
        assertThat(titles("The chairman was forced to step down as head of the board on Monday."))
                .containsExactly("The chairman is forced to step down");
    }

    @Test
    void aGerundWithoutASubjectMakesNoTitleAndAConnectiveNoSubject() {
        assertThat(titles("However Maria Lopez died in 1906 suffering from dementia, when she fell."))
                .containsExactly("Maria Lopez dies suffering from dementia");
    }

    @Test
    void aNameInsideTheSubjectsPhraseIsNotTheSubject() {
        assertThat(titles("August 20: A fire on the Kessel Star ferry killed 11 passengers."))
                .containsExactly("A fire on the Kessel Star ferry kills 11 passengers");
    }

    @Test
    void aSubjectGoesOnAcrossAParticipleAndAParenthetical() {
        assertThat(titles("A lorry carrying chemical drums overturned on Tuesday, police said."))
                .containsExactly("A lorry carrying chemical drums overturns");
        assertThat(titles("Three fires, including one at the port, in the old town of Kessel, broke out on Thursday,"
                + " a city official told reporters.")).containsExactly("Three fires break out");
        assertThat(titles("The miners rescued from the pit returned home on Monday."))
                .containsExactly("The miners rescued from the pit return home");
    }

    @Test
    void aChangeFromADayIsNotDatedByIt() {
        assertThat(extract("The main index rose 34.6 points from Tuesday to close at 1,500.")).isEmpty();
        assertThat(titles("The strike will begin from Monday.")).containsExactly("The strike begins");
    }

    @Test
    void aMoodThatGrowsAndAStateBecomeAreNoHappenings() {
        assertThat(extract("Fears of a dam failure grew on Monday.")).isEmpty();
        assertThat(extract("The split in the party became evident on Tuesday.")).isEmpty();
        assertThat(extract("Things got worse on Monday when the rains came.")).isEmpty(); // "get" and a comparative
        // an approximate count over a year is a total; on a day, a happening
        assertThat(extract("Last year, more than 8,340 illegal immigrants were detained in Slovakia.")).isEmpty();
        assertThat(titles("More than 30 people, including 16 policemen, were injured in Varna on Sunday when rioting"
                + " broke out at a concert.")).anyMatch(t -> t.startsWith("More than 30 people are injured"));
        assertThat(titles("The colony became British territory in 1920."))
                .containsExactly("The colony becomes British territory");
        assertThat(titles("Consumer prices rose 2 percent on Friday."))
                .containsExactly("Consumer prices rise 2 percent");
    }

    @Test
    void theSharesAreTheMainCompanys() {
        assertThat(titles("KOC faced new pressure on Tuesday. KOC said it would act. The shares fell"
                + " 5 percent on Wednesday.")).contains("KOC shares fall 5 percent");
    }

    @Test
    void aTitleAloneIsThePersonLastNamedWithIt() {
        assertThat(titles("Prime Minister Maria Lopez Garcia left for Kessel on Sunday. The prime minister arrived in"
                + " the port city on Monday.")).contains("Maria Lopez Garcia arrives in the port city");
        assertThat(titles("The governor visited the flooded valley on Monday."))
                .containsExactly("The governor visits the flooded valley");
    }

    @Test
    void anAgentAfterAPhraseMakesAParticiplePassive() {
        assertThat(titles("A report sent to the ministry by the inspectors on Monday found faults."))
                .contains("A report is sent to the ministry by the inspectors");
        assertThat(titles("The army built the bridge by hand in 2001."))
                .containsExactly("The army builds the bridge by hand");
    }

    @Test
    void anObjectPronounGoesOnWithItsVerb() {
        assertThat(titles("The villagers began pelting them with stones on Friday."))
                .containsExactly("The villagers begin pelting them with stones");
    }

    @Test
    void aParticipleAfterAnObjectIsAPassiveDatedInItsOwnPhrase() {
        // the date is the theft's, not the examination's
        assertThat(titles("A museum inspector examined the painting stolen in 2019."))
                .containsExactly("The painting is stolen");
        // an appositive's participle is not dated by the date after its closing comma
        assertThat(titles("Doctors gave her midazolam, a sedative usually administered in hospitals, on 3 May."))
                .noneMatch(t -> t.contains("sedative"));
    }

    @Test
    void aNameInApostropheSIsTheSubjectOfThePastAfterIt() {
        assertThat(titles("Fitch Ratings and Moody's downgraded the bank's debt on Friday."))
                .containsExactly("Fitch Ratings and Moody's downgrade the bank's debt");
    }

    @Test
    void aRigThatTheTaggerTookForAnAdjectiveStillExplodes() {
        assertThat(titles("The rig exploded on April 20.")).containsExactly("The rig explodes");
    }

    @Test
    void theVerbAtTheEndOfACompoundWordMakesNoTitle() {
        assertThat(titles("Norway's state-owned metals giant Norska signed a $2 billion deal on Feb. 12."))
                .noneMatch(t -> t.contains("owns"));
    }

    @Test
    void haveBeforeADateAndAParticipleIsAnAuxiliaryNotAHappening() {
        assertThat(titles("The governor had last week announced the closure of the mine."))
                .noneMatch(t -> t.endsWith("has"));
    }

    @Test
    void aDateInsideAnotherHappeningsNounPhraseDoesNotDateTheVerb() {
        // "into the 2019 election" names the election, not the day the committee widened its probe
        assertThat(extract("A parliamentary committee widened its probe into the 2019 election of the mayor."))
                .isEmpty();
        assertThat(extract("The commission widened the inquiry into Thursday's blast at the plant.")).isEmpty();
        // "at the 2018 World Cup" places the verb: the team lost there
        assertThat(titles("Norlandia lost 3-0 to Brazil at the 2018 World Cup in Russia."))
                .containsExactly("Norlandia loses 3-0 to Brazil at the 2018 World Cup in Russia");
    }

    @Test
    void aCapitalizedWordTheTaggerCallsForeignStaysInTheSubject() {
        // the part-of-speech model tags "Chilean" here as a foreign word (FW)
        assertThat(titles("Last week, the Chilean government stepped up measures to deal with the floods."))
                .containsExactly("The Chilean government steps up measures to deal with the floods");
    }

    @Test
    void aLinkingVerbWithAnAdjectiveIsAStateAndWithAPlaceAHappening() {
        assertThat(extract("The union leader appeared determined on Monday to press ahead with the strike.")).isEmpty();
        assertThat(extract("The repair of the dam proved difficult on Tuesday.")).isEmpty();
        assertThat(titles("The former minister appeared in court on Monday."))
                .containsExactly("The former minister appears in court");
    }

    @Test
    void aPastEventDatedToComeTakesThePastOccurrenceOfItsMonth() {
        // written on 12 Dec 2025, "January 30" is read as the coming one; "boycotted" says it was the last
        List<Event> events = EventExtractor.using(TimeTagger.english()).extract(Document.of("d",
                "Opposition parties boycotted the January 30 election for a new parliament."),
                Optional.of(LocalDate.of(2025, 12, 12)));
        assertThat(events).extracting(e -> e.when().label()).containsExactly("30 Jan 2025");
    }

    @Test
    void aVisitingParticipleThatDescribesTheSubjectIsNoVisit() {
        assertThat(titles("On Monday a Canadian tourist visiting Lima died in a bus crash."))
                .noneMatch(t -> t.contains("visits"));
        assertThat(titles("President Obama visited Louisiana on Friday."))
                .containsExactly("President Obama visits Louisiana");
    }

    @Test
    void aVerbWhoseObjectIsAThatClauseOrAPronounCutOffMakesNoTitle() {
        assertThat(extract("The finance ministers agreed Monday that banks should hold more capital.")).isEmpty();
        assertThat(extract("The lower house voted for it 212-184 late Friday.")).isEmpty();
        assertThat(titles("The lower house voted on Friday to approve the budget."))
                .containsExactly("The lower house votes to approve the budget");
        // a pronoun that a subordinating word puts before its own verb is that clause's subject, no object: the verb
        // keeps its title (gave nothing)
        assertThat(titles("Finance minister Karl Berger resigned last July after it emerged that a donor had paid for"
                + " his car.")).contains("Finance minister Karl Berger resigns");
    }

    @Test
    void aNounPhraseThatEndsOnAMeetingOrADecisionSaysNotWhich() {
        assertThat(EventExtractor.endsOnBareNoun("Next meeting")).isTrue();
        assertThat(EventExtractor.endsOnBareNoun("Senior Officials Meeting of FOCAC")).isFalse();
        assertThat(EventExtractor.endsOnComplementNoun("Egypt's decision")).isTrue();
        assertThat(EventExtractor.endsOnComplementNoun("Barack Obama's fourth trip to the Gulf Coast")).isFalse();
        assertThat(titles("The central bank said its next meeting will be on September 18.")).isEmpty();
    }

    @Test
    void theAndOneNounIsTheThingTheArticleNamedBefore() {
        assertThat(titles("Norsk Hydro's blown-out Troll well leaked oil for weeks. The well was capped on Thursday."))
                .containsExactly("The Troll well is capped");
        assertThat(titles("The army shelled rebel positions on Sunday."))
                .containsExactly("The army shells rebel positions");
        assertThat(titles("Fire broke out on the Deepwater Horizon oil rig. The rig sank on Thursday."))
                .containsExactly("The Deepwater Horizon oil rig sinks");
        assertThat(titles("Crews said the Deepwater Horizon was a rig in trouble. The rig sank on Thursday."))
                .containsExactly("The rig sinks");
        assertThat(titles("Crews left the April drilling rig in time. The rig sank on Thursday."))
                .contains("The rig sinks").noneMatch(t -> t.startsWith("The April"));
        // a name that ends on the noun capitalized: "the Velo Solidarity Fund", then "The fund"
        assertThat(titles("Delegates discussed the Velo Solidarity Fund in Tarn. The fund was launched in March."))
                .contains("The Velo Solidarity Fund is launched");
        // not a name that goes on past it, nor a group's
        assertThat(titles("The Tarn Film Critics Circle met in May. The film was voted best picture of 2024."))
                .contains("The film is voted best picture").noneMatch(t -> t.startsWith("The Tarn Film is"));
        assertThat(titles("Brokers at the Velo Insurance Group were nervous. The group sold its bonds in March."))
                .noneMatch(t -> t.startsWith("The Velo"));
    }

    @Test
    void anIrregularParticipleAfterItsNounIsAPassive() {
        assertThat(titles("The electronic products trade fair held in April attracted 3,000 buyers."))
                .containsExactly("The electronic products trade fair is held");
        assertThat(titles("Police held three men in April.")).containsExactly("Police hold three men");
    }

    @Test
    void aDateBeforeAClauseOfItsOwnIsNotTheNextClauses() {
        assertThat(titles("Bolten had reasons for thinking Paulson might be a good pick -- Bolten himself had worked"
                + " for the bank in Europe in the 1990s -- and Paulson eventually gave in to his persistent lobbying."))
                .noneMatch(t -> t.startsWith("Paulson"));
        assertThat(titles("In 2004, the party split, and the leader of the Greens resigned."))
                .contains("The party splits");
    }

    @Test
    void makingSomethingClearIsAStatement() {
        assertThat(titles("President Obama made clear on Tuesday that BP would pay for the damage.")).isEmpty();
        // another object of "make" is a deed ("made a profit" is a result: idioms.txt)
        assertThat(titles("BP made an offer of $5 billion for Arco on Tuesday.")).isNotEmpty();
    }

    @Test
    void aPreviousVisitTheSentenceDoesNotNameMakesNoEvent() {
        // "the first ... in five years to visit": a visit five years before, but whose, to where, the title cannot say
        String text = "Indian Prime Minister Manmohan Singh called Thursday for an \"arc of prosperity\" with"
                + " fellow democracy Japan but pressed Asia's largest economy to invest more and support nuclear"
                + " cooperation.\n\nSingh is the first Indian premier in five years to visit Japan, whose conservative"
                + " government has made improving ties with New Delhi a top priority to balance frequent friction with"
                + " a rising China.";
        assertThat(EventExtractor.using(TimeTagger.english()).extract(Document.of("d", text),
                Optional.of(LocalDate.of(2006, 12, 14)))).extracting(Event::title)
                .noneMatch(t -> t.strip().equalsIgnoreCase("previous"));
        // nor does one whose title is left a bare noun once "first" is taken out
        assertThat(titles("Hu will visit Tarvia from Nov. 20 to 23, which will be the first visit by top Varnian"
                + " leaders in ten years.")).noneMatch(t -> t.toLowerCase().startsWith("previous"));
        assertThat(titles("Elin Varga made her first visit to Varna in six years on Monday."))
                .contains("Elin Varga’s previous visit to Varna");
    }

    @Test
    void aLengthSinceAFirstStaysInTheTitleAndTheDateAfterItDatesTheHappening() {
        // the length took the anchor, and the happening was lost
        assertThat(extract("The Marvel Party won control of the Senate for the first time in 20 years on Tuesday."))
                .anyMatch(e -> e.when().equals(When.parse("2025-08-26")) && e.title()
                        .equals("The Marvel Party wins control of the Senate for the first time in 20 years"));
        // a title cut before the length would say a first that was none
        assertThat(titles("The Central Bank of Tarvia raised its key interest rates for the first time in five years"
                + " on Tuesday.")).noneMatch(t -> t.endsWith("first time"));
        // the frame of a length dates nothing: "of this year" is the months'
        assertThat(titles("Tarvia recorded 7.4 billion dollars in trade with Varna in the first nine months of this"
                + " year.")).isEmpty();
        // the length of a subject's first stays out of the title
        assertThat(titles("The biggest corruption scandal in more than a decade brought down Tarvia's top official"
                + " Mira Holm in late July.")).contains("The biggest corruption scandal brings down Tarvia's top"
                + " official Mira Holm");
    }

    @Test
    void aSubjectMayOpenOnAParticipleAfterThatOrASubordinator() {
        // the participle was taken for the clause's verb, and the clause had no subject
        assertThat(titles("Police said on Tuesday that masked men robbed a jewellery shop in Lyon."))
                .contains("Masked men rob a jewellery shop in Lyon");
        assertThat(titles("When masked men stormed the bank in Varna on Monday, guards fled."))
                .contains("Masked men storm the bank in Varna");
    }

    @Test
    void anApproximateNumberAfterAParticipleOrAPrepositionStaysInsideTheSubject() {
        // the subject ended at the number: nothing, or the passengers sank
        assertThat(titles("A ferry carrying more than 300 passengers sank off Castel Ruvo on Wednesday."))
                .contains("A ferry carrying more than 300 passengers sinks off Castel Ruvo");
        assertThat(titles("A ferry carrying over 300 passengers sank off Castel Ruvo on Wednesday."))
                .contains("A ferry carrying over 300 passengers sinks off Castel Ruvo");
        assertThat(titles("A coach with nearly 40 pilgrims crashed near Lorvik on Monday."))
                .contains("A coach with nearly 40 pilgrims crashes near Lorvik");
    }

    @Test
    void aCloseOrAnOpeningInADirectionIsTheSessionsQuoteButAShutdownIsAHappening() {
        // a close down by an amount: the session's close, a market's statistic
        assertThat(titles("Kelmar Bank shares closed down 4 percent in Oslo on Wednesday.")).isEmpty();
        // "closed down" with no amount, or in the passive, shuts something
        assertThat(titles("The Kelmar paper mill closed down on Wednesday after 80 years.")).isNotEmpty();
        assertThat(titles("An entire school district in Tarvia was closed down on Thursday as a precaution."))
                .singleElement().asString().contains("is closed down");
        assertThat(titles("The Tarvia index opened 207 points lower on Wednesday.")).isEmpty();
        assertThat(titles("Kelmar shares in Oslo ended Tuesday trading down 2.3 percent.")).isEmpty();
    }

    @Test
    void theClauseAfterATellingsHearerHasItsOwnSubject() {
        // the hearer ran into the subject ("Reporters a Danish tourist arrives"), or "the" made it an object relative
        assertThat(titles("Mayor Ruth Okafor told reporters a Danish tourist arrived on a Norlink flight on Tuesday"
                + " afternoon.")).contains("A Danish tourist arrives on a Norlink flight");
        assertThat(titles("Coach Tavares told journalists the striker Nuno Pires injured his knee in training on"
                + " Monday.")).contains("The striker Nuno Pires injures his knee in training");
        // a rate's "a" opens no phrase
        assertThat(titles("The firm aims to pump 80,000 barrels of oil a day using a seal installed on Monday."))
                .noneMatch(t -> t.startsWith("A day"));
    }

    @Test
    void shortlyAfterANounOnItsDayIsThatDay() {
        // the day was the take-off's, a bound of the crash: nothing
        assertThat(titles("A cargo plane crashed near Orlen shortly after take-off on Wednesday."))
                .contains("A cargo plane crashes near Orlen");
        // after a noun alone, the day stays the noun's
        assertThat(titles("The minister resigned after the vote on Wednesday.")).isEmpty();
    }

    @Test
    void sinceAfterAVerbOfStateDatesTheStateNotTheTriggersHappening() {
        // "late January" was the visit's date
        assertThat(titles("Reports on Omar Reyes's visit to Norvania have been abundant since late January."))
                .isEmpty();
    }

    @Test
    void aReducedRelativeWithItsYearIsPassiveAndAnAdjectiveInIngStaysInsideThePlacePhrase() {
        // "adopted/VBD in 1977 designated/VBN": the resolution adopted something
        assertThat(titles("A UN resolution adopted in 1977 designated Nov. 29 as the Day of Solidarity with Tarvia."))
                .contains("A UN resolution is adopted");
        // "in neighboring/VBG Sierra Leone that ended": the place ended
        assertThat(titles("The 10-year conflict in neighboring Varnia that ended in 2001 was fuelled by diamonds."))
                .contains("The 10-year conflict in neighboring Varnia ends");
    }

    @Test
    void aReducedRelativeBeforeAMonthsDayOrAfterAPrepositionsObjectIsPassive() {
        // "arrested/VBD on August 14 were": a month's day counts no noun, so "were" is the clause's verb
        assertThat(titles("140 Varnian activists arrested on August 14 were freed on Tuesday."))
                .contains("140 Varnian activists are arrested");
        // "were among 140 activists arrested/VBD": a preposition's object is no clause's subject
        assertThat(titles("The students were among 140 Varnian activists arrested on August 14."))
                .contains("140 Varnian activists are arrested");
        assertThat(titles("He is recovering from a knee injury suffered against Varnia on August 16."))
                .contains("A knee injury is suffered against Varnia");
        // the relative's verb before, none after: the past is the main clause's own
        assertThat(titles("Fears that currents were spreading oil from the Varnian spill flared on Tuesday."))
                .noneMatch(t -> t.contains("is flared"));
    }

    @Test
    void namesBeforeAVerbTakenForANounAreItsModifiersAndASingularVerbTellsTheNumber() {
        // "an overwhelming Varnian Senate vote/VBP": a noun after names an article opens, no verb of another clause
        // between "confirmed" and its date; "who was confirmed": "Rivers" is one person
        assertThat(titles("Rivers, who was confirmed in his new job by an overwhelming 95-2 Varnian Senate vote on "
                + "August 7, is likely to stay.")).anyMatch(t -> t.startsWith("Rivers is confirmed in his new job"));
        // "helped create": "help" and its bare infinitive are one verb
        assertThat(titles("The Varnian oil disaster helped create an Earth Day revival in 1990."))
                .contains("The Varnian oil disaster helps create an Earth Day revival");
    }

    @Test
    void aSubjectGoesOnPastItsAgeOrAParticiplesAsideAndTheAsidesDateIsNotTheVerbs() {
        // the subject was lost in the aside: no event at all
        assertThat(titles("One marine, assigned to a Varnian combat team, died Saturday from wounds."))
                .contains("One marine dies from wounds");
        assertThat(titles("A Varnian soldier, 24, died on Saturday in a blast.")).contains("A Varnian soldier dies in a"
                + " blast");
        // "submitted to regulators in February 2009": the aside's date, not the verb's
        assertThat(titles("The Varnian plan, submitted to federal regulators in February 2009, minimized the danger"
                + " of a spill.")).noneMatch(t -> t.contains("minimizes"));
    }

    @Test
    void aRelativeAfterAPlaceWhoseNameHoldsOfTellsOfTheNounBeforeThePlace() {
        // was titled "The Gulf of Varnia ruptures"
        assertThat(titles("Kelmar permanently killed its deep-sea well in the Gulf of Varnia that ruptured in April"
                + " and unleashed the worst oil spill in its history, officials said.")).noneMatch(t -> t.startsWith(
                "The Gulf of Varnia"));
    }

    @Test
    void aHazardsPlaceMayOpenOnAnAdjective() {
        // gave nothing: "in northern Varnia" named no place
        assertThat(titles("A gold mine collapse in northern Varnia on Tuesday trapped 15 miners, rescue workers"
                + " said.")).contains("Gold mine collapse in northern Varnia");
    }

    @Test
    void aCommaBeforeAMeasureOfTheSameNounIsNoEndOfTheObject() {
        // was cut to "Kelmar begins drilling the primary"
        assertThat(titles("Kelmar began drilling the primary, 18,000-foot relief well May 2, 12 days after the rig"
                + " exploded.")).contains("Kelmar begins drilling the primary, 18,000-foot relief well");
    }

    @Test
    void aPronounAfterAPlacesWhereStandsForTheMainSubjectAndTheWhereClausesDateIsItsOwn() {
        // gave nothing: "they" after ", where" was no one
        assertThat(titles("Police raided a house in Varnia City, where they found weapons on Monday."))
                .contains("Police find weapons in Varnia City");
        // "killed" took April from the place's clause
        assertThat(titles("Swine flu has killed 109 people in Varnia, where it was first detected in April."))
                .noneMatch(t -> t.contains("kills 109 people"));
    }

    @Test
    void theAndACountAloneIsThePhraseTheSentenceBeforeCounted() {
        // gave nothing for the arrest: "The six" named no one
        assertThat(titles("Six members of the Varnian Workers Party were charged on Monday with fraud. The six were"
                + " arrested in the capital on Sunday.")).contains("Six members of the Varnian Workers Party are"
                + " arrested in the capital");
        // no count of six before: still no one
        assertThat(titles("Police charged the men on Monday with fraud. The six were arrested on Sunday."))
                .noneMatch(t -> t.contains("arrested"));
    }

    @Test
    void aSubjectGoesOnAcrossAPrepositionOfPlace() {
        assertThat(titles("Obama imposed the ban after an explosion aboard an oil rig on April 20 killed 11 workers."))
                .contains("An explosion aboard an oil rig kills 11 workers");
        assertThat(titles("A bomb near a police station in Kirkuk killed three officers on Sunday."))
                .contains("A bomb near a police station in Kirkuk kills three officers");
    }

    @Test
    void aShareOfAWholeAsSubjectIsAStatistic() {
        assertThat(titles("About 59 percent of eligible Iraqis cast their ballots in January for an interim"
                + " parliament.")).isEmpty();
        assertThat(titles("Iraqis cast their ballots in January for an interim parliament.")).isNotEmpty();
    }

    @Test
    void aClauseWhoseObjectIsTheRelativeThatMakesNoTitleWithoutIt() {
        assertThat(titles("The spill was contained with the cap that BP engineers lowered onto the geyser on"
                + " Thursday.")).noneMatch(t -> t.startsWith("BP engineers lower onto"));
        // after a noun that takes a clause of its own, "that" opens that clause, whose subject acts
        assertThat(titles("India disowned allegations that Saudi bungling caused the deaths of pilgrims on"
                + " Tuesday.")).contains("Saudi bungling causes the deaths of pilgrims");
    }

    @Test
    void aDateAfterANounAndForIsThatNounsPeriodNotTheVerbs() {
        assertThat(extract("The oil giant announced the new charge alongside its financial results for the third"
                + " quarter of the year.")).extracting(Event::title)
                .noneMatch(t -> t.startsWith("The oil giant announces"));
        assertThat(titles("The oil giant announced the new charge in the third quarter of the year."))
                .anyMatch(t -> t.startsWith("The oil giant announces"));
    }

    @Test
    void aNamingParticipleAndItsNameStayInTheSubjectAndMakeNoEvent() {
        assertThat(titles("A ship called Ocean Star sank on Tuesday off the coast."))
                .contains("A ship called Ocean Star sinks off the coast");
        assertThat(titles("On Saturday, a University of North Carolina energy blog titled Powering a Nation posted"
                + " images of a BP contract.")).noneMatch(t -> t.contains(" titles "));
        // "named" before a date is the verb of its clause
        assertThat(titles("The club named Tuesday Fabio Capello as its new coach, a move that will cost millions."))
                .contains("The club names Fabio Capello as its new coach");
    }

    @Test
    void aParticipleAloneBeforeTheVerbStaysInTheSubject() {
        // the tagger reads "trapped" as a past tense: two finite verbs in a row are none
        assertThat(titles("Fifteen of the 18 miners trapped are found dead on Saturday."))
                .contains("Fifteen of the 18 miners trapped are found dead");
        assertThat(titles("Three men arrested were charged on Friday with murder."))
                .contains("Three men arrested are charged with murder");
    }

    @Test
    void aRelativeClauseAfterNounOfNounTellsOfTheNearerNounUnlessTheFirstCountsNamesOrAgrees() {
        assertThat(titles("Refugees sheltered in camps south of Kisangani, which was taken on March 15 by rebels."))
                .contains("Kisangani is taken by rebels");
        assertThat(titles("The decision will be in the hands of the new Congress that will be elected on Sunday."))
                .contains("The new Congress is elected");
        // the first counts the second, or the verb agrees with it
        assertThat(titles("He was one of the 11 workers who died on April 20 aboard the rig."))
                .anyMatch(t -> t.startsWith("One of the 11 workers"));
        assertThat(titles("Police questioned the leaders of the union, which were arrested on Monday."))
                .anyMatch(t -> t.startsWith("The leaders of the union are arrested"));
        // a name keeps its "of" phrase
        assertThat(titles("At the Beijing Summit of the Forum on China-Africa Cooperation that opened Saturday morning,"
                + " Hu Jintao spoke.")).anyMatch(t -> t.startsWith("The Beijing Summit of the Forum"));
        // a name goes on across any preposition inside it
        assertThat(titles("The Partnership for Peace, which was created by NATO in 1994, was a program of aid."))
                .contains("The Partnership for Peace is created by NATO");
        // a time after "of" places the first noun
        assertThat(titles("The region recovers from Hurricane Alex, the first named cyclone of the season, which"
                + " battered northern Mexico on Friday.")).noneMatch(t -> t.startsWith("The season"));
    }

    @Test
    void aNounPhraseAfterAPrepositionTheTaggerTookForAnAdverbIsNoSubject() {
        assertThat(titles("Relatives of the 11 men who died aboard the rig are flying to the Gulf on Friday."))
                .noneMatch(t -> t.startsWith("The rig"));
    }

    @Test
    void aRelativeClauseAfterAnAppositionTellsOfTheNameBesideIt() {
        assertThat(titles("Ferenc Puskas, one of the greatest footballers of all time who led the Mighty Magyars to"
                + " world dominance in the 1950s, died on Friday."))
                .contains("Ferenc Puskas leads the Mighty Magyars to world dominance");
        assertThat(titles("Kovtun, one of three Russians who met Litvinenko in London on August 1, is in hospital."))
                .contains("Kovtun meets Litvinenko in London");
        // a date before the comma is no name
        assertThat(titles("Judges sentenced Ahmad Arif Hermansyah, 27, on Tuesday, a court clerk who identified himself"
                + " on Monday as a member of the group.")).noneMatch(t -> t.startsWith("Tuesday"));
    }

    @Test
    void aHappeningStillToComeIsNotDatedBeforeTheArticle() {
        // the creation date is Thursday 28 Aug 2025: the Saturday before is the report's, not the funeral's
        assertThat(titles("Iranian President Mahmoud Ahmadinejad will attend the funeral, Turkmen state television said"
                + " Saturday.")).noneMatch(t -> t.contains("attend"));
        assertThat(extract("Cameron will fire the opening shots in a revitalized campaign on Saturday."))
                .anyMatch(e -> e.title().contains("fire") && "true".equals(e.attributes().get(EventExtractor.PLANNED)));
    }

    @Test
    void anAnnouncedPlanTitlesTheAnnouncement() {
        assertThat(titles("Tony Hayward announced on Tuesday that he would step down effective Oct. 1."))
                .contains("Tony Hayward announces he will step down");
        assertThat(titles("Denmark announced Saturday it would put forward a motion critical of China's record."))
                .contains("Denmark announces it will put forward a motion critical of China's record");
        // a clause without "would" or "will" is no plan: the announcement alone says nothing
        assertThat(titles("Denmark announced Saturday that its envoy had been recalled.")).noneMatch(t -> t.startsWith(
                "Denmark announces"));
    }

    @Test
    void aVerbAfterAndWithAnAdverbBeforeItEndsThePredicate() {
        assertThat(titles("A customs official opened his suitcase on Monday and allegedly discovered the cash."))
                .contains("A customs official opens his suitcase");
    }

    @Test
    void aDateAfterAGerundThatAPrepositionOpensAfterTheVerbDatesTheGerund() {
        // convicted later: 1988 is the bombing's year
        assertThat(titles("The Libyan was convicted of blowing up a Pan Am jumbo jet over Lockerbie in 1988."))
                .isEmpty();
        // a noun's gerund keeps the verb's date
        assertThat(titles("A surge on Wall Street triggered a wave of buying across Asia on Wednesday."))
                .contains("A surge on Wall Street triggers a wave of buying across Asia");
    }

    @Test
    void aPresentPerfectOverAPeriodToNowIsACountNotAHappening() {
        assertThat(titles("Violence has swept several Java towns in the past month, officials said.")).isEmpty();
        assertThat(titles("Around 100 tar balls have been recovered in the Florida Keys in the last week.")).isEmpty();
        // a calendar unit is one: "last year" dates a happening
        assertThat(titles("Rebel forces have seized several towns in the north last year.")).isNotEmpty();
    }

    @Test
    void aSecondOfSomethingPointsBackToTheFirst() {
        assertThat(titles("A second attempt succeeded on Sunday.")).isEmpty();
    }

    @Test
    void aMoveWithinTheDayAndATotalAsOfADayAreStatistics() {
        assertThat(extract("Shares in Norsk Hydro fell nearly 5% this morning in Oslo.")).isEmpty();
        assertThat(extract("The claims fund had paid 1.9 billion dollars to 86,000 people as of Monday.")).isEmpty();
        assertThat(titles("Troops arrested six men this morning in the capital."))
                .containsExactly("Troops arrest six men in the capital");
    }

    @Test
    void aCountOfThousandsOverAYearIsATotal() {
        assertThat(titles("5,039 people were killed in non-political violence in Orvan in 1994."))
                .noneMatch(t -> t.startsWith("5,039"));
        // told with its happening, the count stays
        assertThat(titles("In 2006, 1,800 people were killed when a mudslide buried the village of Dorn."))
                .anyMatch(t -> t.contains("mudslide"));
    }

    @Test
    void aRunningCountMovedToItsNewFigureIsAStatistic() {
        assertThat(extract("The deaths of six more Orvan soldiers on Monday raised the army's death toll for August"
                + " to 93.")).isEmpty();
        // "tally/IN": the noun heads its phrase whatever the tagger made of it
        assertThat(extract("The World Health Organization on Wednesday increased its global tally of confirmed"
                + " cholera cases to more than 4,100.")).isEmpty();
        // a total that modifies a noun counts nothing
        assertThat(titles("Omar Reyes on Wednesday raised total output at the Vallis mine by a third."))
                .containsExactly("Omar Reyes raises total output at the Vallis mine");
    }

    @Test
    void aDatePrecededByLateOrEarlyAndItsPrepositionLeavesTheVerbItsComplement() {
        assertThat(titles("The board of EADS decided late on Wednesday to go ahead with the programme."))
                .containsExactly("The board of EADS decides to go ahead with the programme");
    }

    @Test
    void anAndInsideThePhraseAfterTheHeadJoinsNamesNotSubjects() {
        assertThat(titles("The Ministry of Trade and Industry raised the fuel price on Wednesday."))
                .containsExactly("The Ministry of Trade and Industry raises the fuel price");
        assertThat(titles("Britain and France signed a defence treaty on Wednesday."))
                .containsExactly("Britain and France sign a defence treaty");
    }

    @Test
    void anAgeSetOffAfterANameIsNoPartOfTheSubject() {
        assertThat(titles("Danai, 61, who died Monday, was the first Thai ambassador to the WTO."))
                .containsExactly("Danai dies");
    }

    @Test
    void aClauseThatAfterOpensPastTheMainClausesDateHappenedOnOrBeforeIt() {
        assertThat(extract("The well showed no signs of leaking on Wednesday after a new cap stopped the crude."))
                .filteredOn(e -> e.title().equals("A new cap stops the crude")).singleElement()
                .satisfies(e -> assertThat(e.when()).isEqualTo(When.parse("2025-08-27",
                        dev.timeline.time.Modifier.ON_OR_BEFORE)));
    }

    @Test
    void aDateThatEndsAPhraseOfTimeOrderDatesThatPhrasesHappening() {
        assertThat(titles("He was detained in Medina in a sweep following bomb attacks in Riyadh on May 12, 2003."))
                .noneMatch(t -> t.contains("detained"));
        assertThat(titles("India and Pakistan have fought three wars since independence from British rule in 1947."))
                .isEmpty();
    }

    @Test
    void whatAnAnniversaryIsOfHappenedAsManyYearsBeforeItsDate() {
        assertThat(extract("Lebanon marked the first anniversary on Wednesday of Israel's shelling of a UN compound in"
                + " Cana which killed 105 civilians."))
                .filteredOn(e -> e.title().contains("kills 105")).singleElement()
                .satisfies(e -> assertThat(e.when()).isEqualTo(When.parse("2024-08-27")));
        assertThat(titles("Lebanon marked the anniversary on Wednesday of the shelling of a UN compound in Cana which"
                + " killed 105 civilians.")).noneMatch(t -> t.contains("kills 105"));
        // the day after the phrase that names the happening
        assertThat(extract("Authorities fear any gesture on the 20th anniversary of the Ruritania Square protests and"
                + " the crackdown on June 4th.")).filteredOn(e -> e.title().equals("Ruritania Square protests"))
                .singleElement().satisfies(e -> assertThat(e.when()).isEqualTo(When.parse("2005-06-04")));
    }

    @Test
    void aChangeByAShareOverAPeriodIsAFigureButAShareOfSomethingIsNot() {
        assertThat(titles("US industrial output expanded by 0.7 percent in July, the Federal Reserve said.")).isEmpty();
        assertThat(titles("For the fiscal year ending in March, the trade surplus narrowed 29.6 percent.")).isEmpty();
        assertThat(titles("Tomen Corp. bought a 19 percent stake in Koppert Biological Systems in July."))
                .containsExactly("Tomen Corp. buys a 19 percent stake in Koppert Biological Systems");
        // after its object, with the level it left: a figure; without a level, an act of its year
        assertThat(titles("The Velo government cut its foreign aid in 2007 by 3.5 percent, to $21.7 billion, the"
                + " OECD said.")).isEmpty();
        assertThat(titles("In 1933, President Tam Rell devalued the dollar by 41 percent against gold."))
                .containsExactly("President Tam Rell devalues the dollar by 41 percent against gold");
    }

    @Test
    void whatAVerbOfSchedulingSetForItsDateIsAHappeningOfThatDateWithItsScheduler() {
        assertThat(extract("Prime Minister Tam Rell called a snap election for September 20."))
                .singleElement().satisfies(e -> {
                    assertThat(e.title()).isEqualTo("Snap election called by Prime Minister Tam Rell");
                    assertThat(e.when()).isEqualTo(When.parse("2025-09-20"));
                });
        assertThat(titles("The Velo Health Agency has called a meeting of scientific experts for Wednesday."))
                .containsExactly("Meeting of scientific experts called by The Velo Health Agency");
        // the date of the call, not of the election; no scheduler named; a plan, not a schedule set
        assertThat(titles("On Monday, Prime Minister Tam Rell called a snap election.")).noneMatch(t -> t.startsWith(
                "Snap election"));
        assertThat(titles("The court set a hearing for Sept. 20.")).isEmpty();
        assertThat(titles("Tam Rell is planning a pilgrimage to Mecca this year.")).isEmpty();
    }

    @Test
    void aCompanyDescribedStandsForACompanyNeverForAPublicBodyNamedMore() {
        // the organization named most is the White House; "The firm" is the company named last before it
        assertThat(titles("The White House said on Monday it would act. The White House also named a new envoy. VOC"
                + " named its first American CEO, Tam Rell, on Tuesday. The firm also closed its Tarn refinery on"
                + " Tuesday.")).contains("VOC closes its Tarn refinery").noneMatch(t -> t.contains("White House closes"));
    }

    @Test
    void aFirstNameAloneIsTheFullNameOfTheOnePersonItOpens() {
        assertThat(titles("Under the spotlight this week is Tam Rell. Born in 1930, Tam left school at 14."))
                .containsExactly("Tam Rell is born");
        assertThat(titles("President Hu Jintao will visit Laos. Hu arrived in Hanoi on Monday morning."))
                .contains("Hu Jintao arrives in Hanoi");
        // a law's or a broadcaster's name is no person's
        assertThat(titles("The Oil Pollution Act caps the liability of firms. Oil began washing up on the coast on"
                + " Friday.")).contains("Oil begins washing up on the coast");
        assertThat(titles("Velo TV showed the games live. Velo first competed in the Olympic Games in 1936."))
                .contains("Velo competes in the Olympic Games");
        // two persons of that first name: which one, the text does not say
        assertThat(titles("Tam Rell and Tam Oda sang at the show. Tam joined the army in 1947."))
                .containsExactly("Tam joins the army");
    }

    @Test
    void aFlowOfANounThatComesToAnAmountOverAPeriodIsAFigure() {
        assertThat(titles("Velo Oil generated cash of $7.7 billion from operating activities in the first quarter."))
                .isEmpty();
        assertThat(titles("Velo Oil sold assets worth $20bn last year.")).isEmpty();
    }

    @Test
    void aDateAfterLeadToOrResultInDatesTheEffectNotTheLink() {
        assertThat(titles("The Kimberley Process led to the adoption in November 2002 of a certification scheme."))
                .noneMatch(t -> t.contains("leads to"));
        assertThat(titles("The Kimberley Process began in 2000 and led to a certification scheme."))
                .anyMatch(t -> t.startsWith("The Kimberley Process begins"));
    }

    @Test
    void theEndOfACalendarPeriodIsTheCalendarsDate() {
        assertThat(titles("Tehran plans to install 3,000 centrifuges by the end of the current Iranian year, which will"
                + " end on March 20, 2026.")).noneMatch(t -> t.contains("ends"));
    }

    @Test
    void aLongSubjectsHeadKeepsTheNameAfterItsOf() {
        assertThat(titles("China's Ministry of Personnel and the United Nations Development Programme (UNDP) on"
                + " Wednesday jointly launched the three-year training program."))
                .contains("China's Ministry of Personnel and the United Nations Development Programme (UNDP) launch"
                        + " the three-year training program"); // the small words of names do not count
        // a subject long with its prepositional phrases ends on the noun phrase that opens it and its first phrase
        assertThat(titles("A gas explosion in the Jiaojiazhai colliery in Datong city of north China's Shanxi"
                + " Province killed 30 miners on Monday.")).containsExactly(
                "A gas explosion in the Jiaojiazhai colliery kills 30 miners");
    }

    @Test
    void aPersonAfterAPrepositionAndATitleIsNoActorButOneAfterACountrysTitleIs() {
        assertThat(titles("On Tuesday a former campaign press aide to former Vice President Ola Voss started as"
                + " Korvo's spokesperson.")).containsExactly(
                        "A former campaign press aide starts as Korvo's spokesperson");
        assertThat(titles("An eight-member delegation headed by Tarnland's Foreign Secretary Ola Mark Voss left for"
                + " Velo on Monday to resume talks with Dornia.")).containsExactly(
                "Ola Mark Voss leaves for Velo to resume talks with Dornia");
    }

    @Test
    void aStayIsTitledWithItsVerbAndANegatedOneIsNone() {
        assertThat(titles("Ola Voss will be in Velo City on Monday.")).containsExactly("Ola Voss is in Velo City");
        assertThat(titles("Ola Voss will not be in Velo City on Monday.")).isEmpty();
        assertThat(titles("Ola Voss did not travel to Velo City on Monday.")).isEmpty();
    }

    @Test
    void aDateBetweenASubjectNounAndItsVerbIsTheVerbsNotTheNouns() {
        assertThat(titles("The Velo campaign last night issued a statement by Ola Voss insisting that she was no"
                + " adviser.")).isEmpty();
        assertThat(titles("The Velo meeting last night ended in chaos after a row over the budget."))
                .containsExactly("The Velo meeting ends in chaos");
    }

    @Test
    void aFrontedPhraseOfComparisonDatesWhatTheEventIsSetAgainstNotTheEvent() {
        assertThat(titles("Unlike the earthquake in Quorra in January, the Velo spill has drawn few donations."))
                .containsExactly("Earthquake in Quorra");
        assertThat(titles("Like the strike in March, the walkout closed the Velo plant on Tuesday."))
                .containsExactly("The walkout closes the Velo plant");
    }

    @Test
    void aSecondRelativeClauseAfterAndHasTheFirstOnesAntecedent() {
        assertThat(titles("This is the Selka system, which should act as an emergency cut-off, and which failed"
                + " catastrophically last month.")).containsExactly("The Selka system fails");
        assertThat(titles("The Velo dam, which was built in 1960 and which burst on Tuesday, held back a large lake."))
                .containsExactlyInAnyOrder("The Velo dam is built", "The Velo dam bursts");
    }

    @Test
    void aNounOfHopeThatIsTheSubjectOfAnotherClauseMakesNoHypothesisOfAWhenClause() {
        assertThat(titles("Hopes were raised when Ostrel shut off the smallest of the three leaks last week."))
                .containsExactly("Ostrel shuts off the smallest of the three leaks");
        assertThat(titles("Ostrel hopes to shut off the smallest of the three leaks next week.")).isEmpty();
    }

    @Test
    void aDateBetweenARelativePronounAndItsVerbLeavesTheAntecedentTheSubject() {
        assertThat(titles("Actor Ned Harrow, who 15 years ago founded Orvane Solutions, has offered up his machines."))
                .containsExactly("Actor Ned Harrow founds Orvane Solutions");
        assertThat(titles("Actor Ned Harrow, who in 2011 founded Orvane Solutions, has offered up his machines."))
                .containsExactly("Actor Ned Harrow founds Orvane Solutions");
    }

    @Test
    void aListingOfDatedItemsIsNoProse() {
        assertThat(titles("1950: Stood first in BA, Economics, Panjab University, 1952; Stood first in MA, 1982: Joint"
                + " planning group meeting, 1993: Government meeting with the World Bank in Delhi.")).isEmpty();
        assertThat(titles("1968: An outbreak in Hong Kong killed up to one million people.")).isNotEmpty();
    }

    @Test
    void aSubjectThatMeasuresSomethingMakesAFigure() {
        assertThat(titles("Last year, the number of student visas the United States issued to foreign students reached"
                + " an all-time high of nearly 600,000, she said.")).noneMatch(t -> t.contains("number of"));
    }

    @Test
    void hereIsThePlaceTheDatelineNames() {
        String lead = "Namibian president visits\n\nSINGAPORE, Nov. 1 (Xinhua) -- Namibian President Hifikepunye"
                + " Pohamba arrived here on Tuesday for a three-day state visit.";
        assertThat(titles(lead)).contains("President Hifikepunye Pohamba arrives in Singapore for a three-day state"
                + " visit");
        assertThat(extract(lead).get(0).places()).contains("Singapore");
        // a document's place given apart from its text, as a TimeML DCT element gives it
        assertThat(EventExtractor.using(TimeTagger.english()).extract(Document.of("d", "Nine people were arrested"
                + " here on Wednesday after a fight between fans.")
                .withPlace("The Hague"), Optional.of(LocalDate.of(2025, 8, 28))))
                .extracting(Event::title).anyMatch(t -> t.contains("arrested in The Hague"));
        // no place in the title where it would read as the verb's particle: "calls in Beijing for"
        assertThat(titles("BEIJING (AFP) -- WTO chief Renato Ruggiero called here Monday for a new sense of urgency"
                + " on the issue of the entry of China.")).noneMatch(t -> t.contains("calls in"));
        // "here" after the object
        assertThat(titles("Oil reaches the beaches\n\nAP GRAND ISLE, La. -- Officials closed the public beach here"
                + " Friday as thick gobs of oil washed up.")).contains(
                        "Officials close the public beach in Grand Isle");
        // in a noun phrase's title too
        assertThat(titles("Militant jailed\n\nJAKARTA (AFP) - A court sentenced a militant to three years in jail for"
                + " storing explosives used in the 2004 suicide bombing of the Australian embassy here, a clerk said."))
                .contains("Suicide bombing of the Australian embassy in Jakarta");
        // without a dateline, "here" is left out as before
        assertThat(titles("Namibian President Hifikepunye Pohamba arrived here on Tuesday for a three-day state"
                + " visit.")).anyMatch(t -> t.endsWith("Pohamba arrives for a three-day state visit"));
    }

    @Test
    void aWarningIssuedLastWeekIsSpeechThoughTheDateFollowsItsNoun() {
        assertThat(titles("A Texas A&M University oceanographer issued a similar warning last week.")).isEmpty();
    }

    @Test
    void callingSomethingByANameOrAJudgementIsAReaction() {
        assertThat(titles("On Wednesday, Florida Governor Charlie Crist called the decision \"wonderful news.\""))
                .isEmpty();
        assertThat(titles("Governor Charlie Crist on Wednesday called the ruling unfair.")).isEmpty();
        assertThat(titles("Governor Charlie Crist on Wednesday called the ruling a great victory for the state."))
                .isEmpty();
    }

    @Test
    void aStripOfTeasersCutInsideAWordIsNoProse() {
        assertThat(titles("Relatives of the 11 men flew over the Gulf of Mexico on Wednesday, back to the epicenter of"
                + " the wo...")).isEmpty();
        assertThat(titles("Relatives of the 11 men flew over the Gulf of Mexico on Wednesday, back to the epicenter of"
                + " the disaster.")).isNotEmpty();
    }

    @Test
    void blastingSomeoneIsCriticismButBlastingOffALaunch() {
        assertThat(titles("U.S. lawmakers blasted major oil companies on Tuesday for their cookie-cutter spill plans."))
                .isEmpty();
        assertThat(titles("The shuttle Discovery and its crew blasted off on Saturday from Cape Canaveral."))
                .anyMatch(t -> t.contains("blast off"));
    }

    @Test
    void aStateThatHadBeenGoingOnIsNoHappening() {
        assertThat(titles("When he was arrested on Oct. 23 last year, Zhao had been working in a private kindergarten"
                + " in Hohhot for more than two years.")).noneMatch(t -> t.contains("works"));
    }

    @Test
    void whatWasGoingOnAtATimeIsNoHappeningUnlessAReportTellsIt() {
        assertThat(titles("Swimming champion Ana Lima was celebrating Tuesday after becoming the most decorated"
                + " swimmer in the history of the Games.")).noneMatch(t -> t.contains("celebrates"));
        assertThat(titles("In early September, Tom Reyes was gathering the documents required for the grant."))
                .isEmpty();
        // reported, the progressive tells what was being done
        assertThat(titles("The Norlandian central bank said Thursday it was raising its key interest rate by a quarter"
                + " point.")).anyMatch(t -> t.contains("raises its key interest rate"));
    }

    @Test
    void anAnniversaryTheCalendarBringsIsNoHappeningAndDatesNoClauseBackwards() {
        assertThat(titles("This year marks the 40th anniversary of the UN International Covenant on Civil and"
                + " Political Rights.")).isEmpty();
        // the clause after an anniversary in apposition to its day is that day's, not one years before
        List<Event> events = extract("On Sunday, the third anniversary of his becoming BP's chief executive, Tony"
                + " Hayward began his day in Houma, La.");
        assertThat(events).extracting(Event::title).containsExactly("Tony Hayward begins his day in Houma");
        assertThat(events.get(0).when()).isEqualTo(When.parse("2025-08-24"));
    }

    @Test
    void aLevelAQuantityAmountedToOrStoodAtIsAFigure() {
        assertThat(titles("Bilateral trade amounted to 197 million U.S. dollars in 2024.")).isEmpty();
        assertThat(titles("Foreign exchange reserves stood at 1.2 trillion dollars at the end of June.")).isEmpty();
        // where a price ended the day, up or down by an amount, is a quote (was "Norrail's shares in Oslo end")
        assertThat(titles("Norrail's shares in Oslo ended Tuesday trading down 2.3%.")).isEmpty();
        // a close in a direction on its day is the session's close, a market's statistic too
        assertThat(titles("Share prices in Oslo closed 0.6 percent higher on Tuesday.")).isEmpty();
        // the end of a happening is none
        assertThat(titles("The Norrail strike ended on Tuesday after 12 days of talks.")).isNotEmpty();
        // a session's breadth is a figure too
        assertThat(titles("Losers led gainers by 252 to 235 on the Tarvia exchange on Thursday.")).isEmpty();
        assertThat(titles("Gainers narrowly beat losers 42 to 38 on the Tarvia exchange on Thursday.")).isEmpty();
        // a close in a direction with no amount: "closed/JJ lower" is a past, "Oil/IN" a noun, and a statistic
        assertThat(titles("Oil prices closed lower on Tuesday in New York.")).isEmpty();
        // a market's day moved, though a bare plural names it ("Tests begin" says not which)
        assertThat(titles("Stocks fell sharply on Tuesday.")).containsExactly("Stocks fall");
        assertThat(titles("Tests began on Tuesday.")).isEmpty();
    }

    @Test
    void aBracketedAcronymGoesWithTheNameItShortens() {
        assertThat(titles("He visited Japan and the Republic of Korea (ROK) and attended the Nov. 18-19 Asia-Pacific"
                + " Economic Cooperation (APEC) forum in Busan of the ROK.")).anyMatch(
                        t -> t.startsWith("Asia-Pacific Economic Cooperation (APEC) forum"));
        assertThat(titles("Sri Lanka's presidential election Thursday was marked by low polling in the north."))
                .anyMatch(t -> t.startsWith("Sri Lanka's presidential election"));
    }

    @Test
    void anAcronymInCapitalsIsSingularThoughItEndsInS() {
        assertThat(titles("SARS, or severe acute respiratory syndrome, killed more than 800 people around the world"
                + " in 2003 after first appearing in southern China.")).anyMatch(t -> t.startsWith("SARS kills"));
    }

    @Test
    void aSubjectGoesOnAcrossInto() {
        // gave *Death of Mara Venn* on Friday: the inquest's clause had no subject, the lexicon's death took the day
        assertThat(titles("An inquest into the death of Mara Venn was opened on Friday."))
                .containsExactly("An inquest into the death of Mara Venn is opened");
    }

    @Test
    void aCountJoinedByAndToABoundOrApproximateCountIsOneSubject() {
        // gave nothing, and "At least three Israeli border police officers are injured": the scan stopped at the
        // second count's bound
        assertThat(titles("About 40 seal pups and more than 300 adults were taken to the shelter in February."))
                .containsExactly("About 40 seal pups and more than 300 adults are taken to the shelter");
        assertThat(titles("Some 11 Palestinians and at least three Israeli border police officers were injured on"
                + " Friday.")).containsExactly(
                        "Some 11 Palestinians and at least three Israeli border police officers are injured");
    }

    @Test
    void aListAfterOfOrFromBelongsToThePluralHeadBeforeIt() {
        assertThat(titles("The ministers of Brazil, Russia and India met on Monday.")).containsExactly(
                "The ministers of Brazil, Russia and India meet");
        assertThat(titles("Leaders from Britain, France and Germany agreed on Monday to set up a fund."))
                .containsExactly("Leaders from Britain, France and Germany agree to set up a fund");
        // the plural that opens the sentence may be tagged a name (gave "Germany and Italy meet in Varna")
        assertThat(titles("Ministers from France, Germany and Italy met in Varna on Tuesday."))
                .containsExactly("Ministers from France, Germany and Italy meet in Varna");
    }

    @Test
    void aSayingInALaterConjunctReportsWhatFollowsItNotTheClauseBefore() {
        assertThat(titles("BP PLC returned to profit in the third quarter but said it does not plan to rush back into"
                + " the Gulf of Mexico.")).contains("BP PLC returns to profit");
        // what the saying governs is told with the sayer, not with the clause before a conjunction
        assertThat(titles("BP said on Monday that it returned to profit in the third quarter.")).containsExactly(
                "BP returns to profit");
    }

    @Test
    void theSubjectOfAClauseAfterARelativeClauseIsThePeopleWhoTellsOf() {
        assertThat(titles("Eleven workers who live in Houma were treated at the hospital on Monday.")).containsExactly(
                "Eleven workers are treated at the hospital");
        // "who" as the object of the relative's verb is no subject of it but its object, and the relative's date is
        // its own
        assertThat(titles("The US coastguard admiral who Obama put in charge of the clean-up operation last week"
                + " issued BP with a 72-hour ultimatum.")).containsExactly(
                        "Obama puts the US coastguard admiral in charge of the clean-up operation");
        // the relative clause's own verbs tell of its noun only with their subject
        assertThat(titles("The union paid tribute to Norbert Zongo, another journalist who was shot and burned in his"
                + " car in Burkina Faso on December 13, 1998.")).noneMatch(t -> t.startsWith("Another journalist"));
    }

    @Test
    void aReportThatIsPublishedOrIssuedIsADocumentNotTalk() {
        // gave nothing: "report" is a noun of talk, and publishing or issuing talk makes no event
        assertThat(titles("The Harlan Commission published its full report on Tuesday."))
                .containsExactly("The Harlan Commission publishes its full report");
        assertThat(titles("The Harlan Commission issued a report on the spill on Tuesday."))
                .containsExactly("The Harlan Commission issues a report on the spill");
        // reports "of" something are talk still
        assertThat(titles("The ministry on Tuesday issued reports of looting in the north.")).isEmpty();
    }

    @Test
    void aParticiplesAsideAfterTheSubjectLeavesItsDayToTheMainVerb() {
        // gave nothing: "meeting/NN" opened no aside; the aside's participle kept the day from the main verb
        assertThat(titles("Nordic energy ministers, meeting in Oslo on Tuesday, failed to agree on a gas price cap."))
                .containsExactly("Nordic energy ministers fail to agree on a gas price cap");
        assertThat(titles("EU leaders, gathered in Brussels on Tuesday, agreed on a gas price cap."))
                .containsExactly("EU leaders agree on a gas price cap");
        // a participle right after its noun tells its own happening
        assertThat(titles("On the auction site, a copy signed by Alek Varga in 2005 was put up for sale last week."))
                .contains("A copy is signed by Alek Varga");
    }

    @Test
    void aDateALimitFollowsOrAFrontedAsOfOpensIsABound() {
        assertThat(titles("Interior has placed a moratorium on any new offshore drilling permits until at least May 28"
                + " when a safety review is due to be completed.")).noneMatch(t -> t.contains("moratorium"));
        assertThat(titles("As of Friday, 119,611 technological suggestions had been sent or routed to BP's offices in"
                + " Houston.")).isEmpty();
        // a count after it is a running total too (gave "12,400 barrels of oil are collected"); an act is not
        assertThat(titles("As of Tuesday, a total of approximately 12,400 barrels of oil were collected by the two"
                + " ships.")).isEmpty();
        assertThat(titles("As of Tuesday, Norcast stopped all drilling in the Gulf."))
                .containsExactly("Norcast stops all drilling in the Gulf");
        // the limit's bound before an "after" clause dates neither clause (gave the diagnosis "on or before" the
        // Thursday before the article)
        assertThat(titles("Classrooms at Tarrow High have been closed until at least Thursday after a 14-year-old girl"
                + " from Brisk was diagnosed with the virus.")).isEmpty();
    }

    @Test
    void aDateAfterAnInfinitiveIsTheInfinitivesStillToCome() {
        // gave the agreement the Sept. 3 of the year before
        assertThat(extract("Venn and Brisk have agreed to meet in Tarrow on Sept. 3, ahead of the regional summit."))
                .noneMatch(e -> e.title().contains("agree"));
        assertThat(titles("Norcast managed to cap the well on Monday.")).containsExactly("Norcast caps the well");
    }

    @Test
    void anObjectThatOnlyPointsBackToAHappeningSaysNotWhich() {
        // gave "The Tarn Coast Guard approves the operation"
        assertThat(titles("A Norcast statement said the top kill began at 1 p.m. after the Tarn Coast Guard approved the"
                + " operation, the most ambitious effort to date to cap the well.")).noneMatch(t -> t.contains("approve"));
        assertThat(titles("Dorn has held the event twice, in 1987 and 1996.")).isEmpty();
        // an "of" phrase or a name after the noun says which
        assertThat(titles("The Tarn Coast Guard approved the operation of the Velo rig on Monday."))
                .anyMatch(t -> t.contains("approves the operation of the Velo rig"));
    }

    @Test
    void aTitleThatEndsOnAnObjectPointingBackSaysNotWhich() {
        // read on every title, the trigger lexicon's too: these came from it in the working sets
        assertThat(HappeningFilters.endsOnAnaphoricObject("Some 300 officials attend the event")).isTrue();
        assertThat(HappeningFilters.endsOnAnaphoricObject("Vell makes the announcement")).isTrue();
        assertThat(HappeningFilters.endsOnAnaphoricObject("Some diplomats attend the ceremony")).isTrue();
        // a preposition's phrase says where or of what; a deal's parties say which
        assertThat(HappeningFilters.endsOnAnaphoricObject("Buddhists chant sutras at the ceremony")).isFalse();
        assertThat(HappeningFilters.endsOnAnaphoricObject("Mkapa is reelected with 71.1 percent of the vote"))
                .isFalse();
        assertThat(HappeningFilters.endsOnAnaphoricObject("Exxon and Mobil complete the deal")).isFalse();
        assertThat(HappeningFilters.endsOnAnaphoricObject("The government postpones the vote")).isFalse();
    }

    @Test
    void sinceAndADateAfterANounWithNoRankBeforeItIsABound() {
        // gave "1996 — Regional Leaders' Meeting"
        assertThat(titles("The event, annually organized along with the Regional Leaders' Meeting since 1996, has become"
                + " an important forum for leaders and businessmen.")).noneMatch(t -> t.contains("Meeting"));
    }

    @Test
    void aNounAStateLastsUntilIsStillToCome() {
        // gave "Arrival of a full United Nations team" on the report's day
        assertThat(titles("Ostland's government and the rebels have agreed for former soldiers to monitor a ceasefire"
                + " until the arrival of a full United Nations team, officials said Thursday."))
                .noneMatch(t -> t.contains("Arrival"));
        // its own date after it dates it
        assertThat(titles("Fighting continued until the arrival of Ostland troops in Brisk on Friday."))
                .containsExactly("Arrival of Ostland troops in Brisk");
    }

    @Test
    void aListInTheObjectGoesOnToItsLastItem() {
        assertThat(titles("Panicked sellers fled investments in air, land and sea on Monday as fears of a flu pandemic"
                + " grew.")).contains("Panicked sellers flee investments in air, land and sea");
        // ", and" after one item joins a clause, not a list
        assertThat(titles("In Wednesday's demonstration, troops sealed off access to the parliament office building,"
                + " and Tshisekedi's car was stopped.")).noneMatch(t -> t.contains("car"));
    }

    @Test
    void aPastBetweenAPossessiveAndItsNounIsAnAdjective() {
        assertThat(titles("BP's beleaguered chief executive, Tony Hayward, yesterday drastically scaled upwards his"
                + " assessment of the spill in the Gulf of Mexico.")).noneMatch(t -> t.contains("beleaguers"));
    }

    @Test
    void aPassiveConjunctWhoseBeIsGappedSharesTheDateAndTheTitle() {
        assertThat(titles("Four Iraqis were killed and seven others wounded in two roadside bomb attacks in Baghdad on"
                + " Monday, police said.")).contains("Four Iraqis are killed and seven others wounded in two roadside"
                + " bomb attacks");
    }

    @Test
    void aBarePassiveOfOneCommonNounSaysNothing() {
        assertThat(titles("Papers obtained by the New York Times show that issues were raised as far back as last"
                + " June.")).noneMatch(t -> t.startsWith("Issues are raised"));
        assertThat(titles("History was made in 2004 when she won the title.")).noneMatch(t -> t.startsWith("History"));
    }

    @Test
    void aSpillOrNaturalDisasterIsDatedOnlyByADateThatPremodifiesIt() {
        List<Event> events = extract("It was the worst since the 1989 Exxon Valdez spill in Alaska.");
        assertThat(events).extracting(Event::title).containsExactly("Exxon Valdez spill in Alaska");
        assertThat(events.get(0).when()).isEqualTo(When.parse("1989"));
        // a date of another phrase does not date the spill
        assertThat(titles("BP shares fell on Monday amid the Gulf oil spill.")).noneMatch(t -> t.contains("spill"));
        // (the testimony is a happening of its own, which names the plan)
        assertThat(titles("An oceanographer testified Monday that BP's Regional Oil Spill Response Plan was weak."))
                .allMatch(t -> t.contains("testifies"));
    }

    @Test
    void beforeABodyTellsBeforeWhomNotBeforeWhen() {
        assertThat(titles("BP America chief Lamar McKay appeared before the House energy committee on Tuesday."))
                .containsExactly("BP America chief Lamar McKay appears before the House energy committee");
        assertThat(titles("BP America chief Lamar McKay testified before Congress on Tuesday.")).containsExactly(
                "BP America chief Lamar McKay testifies before Congress");
        // the plural of a body
        assertThat(titles("Officials from Norrail and Baltico are scheduled to testify before congressional panels on"
                + " Thursday.")).containsExactly(
                        "Officials from Norrail and Baltico testify before congressional panels");
        // before a happening, or before dawn, it is a bound or a time
        assertThat(titles("The ministers met before the summit on Thursday.")).isEmpty();
        assertThat(titles("The typhoon, which hit the eastern region of Bicol before dawn Thursday, knocked out"
                + " power.")).noneMatch(t -> t.contains("before"));
    }

    @Test
    void aPresentInARelativeClauseDatedInThePastTellsWhatSomethingIsNotAHappening() {
        assertThat(titles("Velo, which is credited by experts with deft handling of its banking crisis in the early"
                + " 1990s, sent advisers.")).noneMatch(t -> t.contains("credited"));
        assertThat(titles("3.45 pm: Ivo Rask, who chairs the Velo energy committee, is not impressed."))
                .noneMatch(t -> t.contains("chairs"));
        // a time still to come, or later the same day, is a plan
        assertThat(titles("Trade ministers gathered for the Velo summit, which opens on Monday.")).contains(
                "The Velo summit opens");
    }

    @Test
    void aMonthAndDayBeforeANameNameItAndDateNoVerb() {
        // "The Sept. 11 Victims Fund hired Ivo Rask in 2002" was dated 11 September
        assertThat(extract("The Sept. 11 Victims Fund hired Ivo Rask in 2002.")).extracting(Event::when)
                .containsExactly(When.parse("2002"));
    }

    @Test
    void aDayThatAVerbDeclaresIsItsObjectNotItsTime() {
        // the Saturday before was taken for the declaring's day
        assertThat(extract("Velo president Ivo Rask has declared Saturday a public holiday.")).extracting(Event::when)
                .doesNotContain(When.parse("2025-08-23"));
        assertThat(extract("Velo president Ivo Rask on Wednesday declared Saturday a public holiday."))
                .singleElement().satisfies(e -> {
                    assertThat(e.title()).isEqualTo("Velo president Ivo Rask declares Saturday a public holiday");
                    assertThat(e.when()).isEqualTo(When.parse("2025-08-27"));
                });
        // a day by a deictic word stays a time
        assertThat(extract("Ivo Rask was named today as the new head of the Velo central bank."))
                .extracting(Event::when).containsExactly(When.parse("2025-08-28"));
    }

    @Test
    void beforeOrAfterATimeOfDayKeepsTheDayItIsOf() {
        assertThat(extract("Orvo Danek escaped from Velo prison before dawn on Monday.")).singleElement()
                .satisfies(e -> assertThat(e.title()).isEqualTo("Orvo Danek escapes from Velo prison"))
                .extracting(Event::when).isEqualTo(When.parse("2025-08-25"));
        assertThat(extract("The rebels withdrew from Dorn after sunset on Tuesday.")).extracting(Event::when)
                .containsExactly(When.parse("2025-08-26"));
        // nor does "after" whom a name honours
        assertThat(extract("The Velo stadium was renamed after Orvo Danek in 2002.")).extracting(Event::when)
                .containsExactly(When.parse("2002"));
        // a deadline stays a bound: the closure lasted until then, it did not happen then
        assertThat(titles("The Velo bridge stayed closed until noon on Tuesday.")).isEmpty();
    }

    @Test
    void aWouldOfReportedSpeechWithADayToComeIsAPlan() {
        List<Event> events = extract("Informed Zairean sources said that Mobutu would leave Kinshasa on Saturday to"
                + " head to the talks.");
        assertThat(events).extracting(Event::title).containsExactly("Mobutu leaves Kinshasa to head to the talks");
        assertThat(events.get(0).attributes()).containsEntry("planned", "true");
        // a wish, a condition or a day already past plans nothing
        assertThat(titles("Lehmann said he hoped all the countries would return to back the motion next Tuesday."))
                .isEmpty();
        assertThat(titles("If re-elected, the president would open the new bridge on Saturday.")).isEmpty();
        assertThat(titles("Mobutu would leave Kinshasa on August 25, sources said.")).isEmpty();
        // members of a party are several
        assertThat(titles("Republicans will elect their Senate leadership on Saturday.")).containsExactly(
                "Republicans elect their Senate leadership");
    }

    @Test
    void aDateAtTheEndOfAChainOfPhrasesDatesANearerNoun() {
        assertThat(titles("The trial of the ousted Iraqi leader Saddam Hussein and six codefendants on genocide charges"
                + " against Kurd minority in the 1980s resumed Wednesday, which saw a defense lawyer ejected."))
                .noneMatch(t -> t.startsWith("Trial"));
        assertThat(titles("The explosion aboard the Deepwater Horizon rig on April 20 killed 11 workers."))
                .isNotEmpty();
        // one phrase, and the word before the date names a happening of its own
        assertThat(titles("The trial of ousted army chief Pedro Salas over a church massacre 15 years ago resumed"
                + " Thursday.")).noneMatch(t -> t.startsWith("Trial"));
        assertThat(titles("An investigation into Governor Ann Lowe's narrow victory last June was expanded on"
                + " Tuesday.")).noneMatch(t -> t.startsWith("Investigation"));
    }

    @Test
    void aDateAfterTheVerbInItsClauseDatesItOverADateInAPhraseFrontedBeforeIt() {
        assertThat(extract("Notorious for a brawl in Lisbon three years ago, striker Dario Fenwick was arrested for"
                + " drunk driving outside a Porto nightclub in January.")).singleElement()
                .extracting(Event::when).isEqualTo(When.parse("2025-01"));
        // a date fronted alone dates the clause; a bound after the verb is no date of it
        assertThat(extract("Three years ago, striker Dario Fenwick was arrested outside a Porto nightclub."))
                .singleElement().extracting(Event::when).isEqualTo(When.parse("2022"));
        assertThat(extract("At a gathering in Abuja on Tuesday, oil ministers of the cartel opted to cut output by"
                + " 500,000 barrels per day from October.")).extracting(Event::when)
                .containsExactly(When.parse("2025-08-26"));
    }

    @Test
    void aDateAfterTheVerbInItsClauseDatesItOverADateInARelativeAsideBeforeIt() {
        assertThat(extract("Ivo Ortiz, who has lived in Spain since 1990, was detained on arrival in Madrid by border"
                + " police in May 2008.")).extracting(Event::when).contains(When.parse("2008-05"))
                .doesNotContain(When.parse("1990"));
    }

    @Test
    void aYearBeforeTheNounOfAThingDatesNoVerbAfterItsPhrase() {
        assertThat(extract("Copies of the 2002 book co-written by the former spy Ivan Petrov who died of suspected"
                + " poisoning are selling on the Internet.")).noneMatch(e -> e.when().equals(When.parse("2002")));
        // a noun that names a happening keeps its year for the verb after it
        assertThat(extract("The 2002 election was won by the Social Democrats of Kurt Lindqvist.")).extracting(
                Event::when).contains(When.parse("2002"));
    }

    @Test
    void aPastDatedAfterTheCreationDateIsMovedBackWhicheverRuleFindsIt() {
        // the tagger lets a past reach a few weeks ahead; the happening of a past verb lies before the article
        assertThat(extract("Eleven workers died when an explosion destroyed the Kestrel rig on 20 September."))
                .isNotEmpty().allMatch(e -> e.when().equals(When.parse("2024-09-20")));
    }

    @Test
    void aPerfectParticipleAfterTheMainClauseTellsAHappeningOfItsSubject() {
        assertThat(titles("Dr Anna Berg, a cardiologist, continues to operate her practice in Houston, having resumed"
                + " work there in November.")).containsExactly("Dr Anna Berg resumes work");
        assertThat(titles("Norsk Air is cutting 300 jobs, having lost its biggest contract in January."))
                .containsExactly("Norsk Air loses its biggest contract");
    }

    @Test
    void reachingAHighOrALowIsALevelNotAHappening() {
        assertThat(titles("Shares in Norcast tumbled 31 percent on Monday, having hit a record low of 94 pence at"
                + " the start of April.")).noneMatch(t -> t.contains("record low"));
        assertThat(titles("The Thai baht hit a new nine-year high of 35.12 to the dollar on Monday.")).isEmpty();
        // a record that is no level is a happening
        assertThat(titles("Kenyan runner Mary Keitany set a world record in the marathon on Sunday.")).isNotEmpty();
        // a price reached: a quote, whatever the day
        assertThat(titles("The dollar is at its highest since January 18, 1993, when the US unit hit 125.86 yen."))
                .noneMatch(t -> t.contains("125.86"));
        assertThat(titles("Velo crude reached $100 a barrel on Monday.")).isEmpty();
        assertThat(titles("The storm hit 12 villages in Tarnia on Monday.")).isNotEmpty();
    }

    @Test
    void aSubordinateClausesSubjectReadsPastItsAside() {
        assertThat(titles("The spill started on April 20 when the Kestrel rig, leased by Norsk Oil, exploded."))
                .contains("The Kestrel rig explodes");
        assertThat(titles("The last attack was on June 25 when Ana Ruiz, 40, a news presenter, was maimed by a bomb"
                + " in her car.")).contains("Ana Ruiz is maimed by a bomb in her car");
        // a relative clause's "since" opens no subject
        assertThat(titles("Maoist rebels, who have been fighting for a republic since 1996, on Friday extended their"
                + " ceasefire by one month.")).contains("Maoist rebels extend their ceasefire by one month");
    }

    @Test
    void noPersonTakesPlace() {
        assertThat(titles("The trial of the former mayor, Ivo Brandt, took place on the third floor of the Graz"
                + " regional court on Monday.")).noneMatch(t -> t.startsWith("Ivo Brandt"));
        assertThat(titles("The trial of the former mayor took place in Graz on Monday.")).isNotEmpty();
        // nor does a company a relative clause after its name tells of ("which took place" is the takeover's)
        assertThat(titles("Velo Systems says it bought the trademark when it overtook Korvo Technology Corp., which"
                + " took place in 1996.")).noneMatch(t -> t.contains("takes place"));
    }

    @Test
    void aNameThatEndsInARomanNumeralEndsTheNamingParticiplesPhrase() {
        assertThat(titles("In 1991, an oil well named Kestrel II had a blowout off the coast of Angola."))
                .noneMatch(t -> t.contains("names Kestrel"));
        assertThat(titles("In 1944, a bomber named Liberty III crashed into the sea.")).noneMatch(t -> t.contains(
                "names Liberty"));
    }

    @Test
    void roundTwentyThreeBsWorseChangesMended() {
        // an idiom whose "by" tells an act; a share of what a happening did; a day's name inside a name
        assertThat(titles("The U.S. Export-Import Bank played its part by initiating a new program for South Korea in"
                + " February.")).containsExactly(
                        "The U.S. Export-Import Bank plays its part by initiating a new program for South Korea");
        assertThat(titles("At least 6 million gallons have gushed into the Gulf, more than half of what the Exxon"
                + " Valdez tanker spilled in Alaska in 1989.")).contains("The Exxon Valdez tanker spills in Alaska");
        assertThat(titles("Cameron apologized for British actions related to the 1972 Bloody Sunday massacre in"
                + " Northern Ireland.")).noneMatch(t -> t.startsWith("Massacre"));
        // a date after a name that is no day's name still dates the noun
        assertThat(extract("It was the worst since the BP Deepwater Horizon April 20 explosion in the Gulf of Mexico."))
                .extracting(e -> e.when().toString()).containsExactly("20 Apr 2025");
        // a pronoun conjunct of the subject, whom the title cannot name
        assertThat(titles("Sheikh Ahmad said he and fellow ministers would discuss the matter at the meeting on"
                + " Saturday.")).noneMatch(t -> t.startsWith("Fellow ministers"));
        // a conjunct cut before its object ends no title
        assertThat(titles("Russian President Vladimir Putin signed a law on July 21 canceling the Nov. 7 holiday and"
                + " replacing it with the Day of People's Unity.")).containsExactly(
                        "Russian President Vladimir Putin signs a law canceling the Nov. 7 holiday");
        assertThat(titles("Last August, the White House put together its own health-care bill with an eye toward"
                + " goosing the process.")).containsExactly("The White House puts together its own health-care bill");
        // a verb the tagger took for an adjective is no noun a chain of phrases dates
        assertThat(titles("An Israeli officer and three Palestinian militants were wounded in clashes in the West Bank"
                + " early Tuesday.")).containsExactly(
                        "An Israeli officer and three Palestinian militants are wounded in clashes in the West Bank");
    }

    @Test
    void theObjectOfAPerfectProgressiveIsAStateToo() {
        assertThat(titles("The accident took place in Barranco de Loba, in the Caribbean coast province of Bolivar,"
                + " which has been suffering heavy rains this week.")).noneMatch(t -> t.contains("rains"));
    }

    @Test
    void whatAnInquiryFoundIsAFindingWhatPoliceFoundAHappening() {
        assertThat(titles("A 2004 inquiry found a pattern of the company intimidating workers who raised safety"
                + " concerns.")).isEmpty();
        assertThat(titles("Police found the body of the missing girl on Monday.")).containsExactly(
                "Police find the body of the missing girl");
    }

    @Test
    void anAirlineIsNoSheThoughItIsTheOnlyNameThatRecurs() {
        assertThat(titles("The woman arrived on Friday on board a Gulf Air flight from the Philippines and showed first"
                + " symptoms on Monday, the minister said.\n\n\"She started showing some symptoms on Monday,\" he said."
                + "\n\nGulf Air flights usually operate through their Manama hub in Bahrain."))
                .noneMatch(t -> t.startsWith("Gulf Air"));
    }

    @Test
    void theOtherOnesAreTheOnesOfAnotherSentence() {
        assertThat(titles("The other two boys went to Spain three weeks ago for preparation.")).isEmpty();
        assertThat(titles("The remaining hostages were freed on Monday.")).isEmpty();
    }

    @Test
    void itOrTheyRightAfterASayingIsTheSayer() {
        assertThat(titles("Toyota said it recalled 400,000 cars in 2009.")).containsExactly(
                "Toyota recalls 400,000 cars");
        assertThat(titles("The company said it had lobbied the British government in 2007 over a prisoner transfer"
                + " agreement.")).containsExactly("The company lobbies the British government over a prisoner transfer"
                        + " agreement");
        // a passive's "it" may be anything
        assertThat(titles("Officials said it was destroyed in 2005.")).isEmpty();
        // the saying's own date between them
        assertThat(titles("Orvane Steel said on Wednesday that it sold its stake in a Polish mill on Monday."))
                .containsExactly("Orvane Steel sells its stake in a Polish mill");
        assertThat(titles("Police said late Wednesday they arrested three men on Monday.")).containsExactly(
                "Police arrest three men");
        assertThat(titles("Officials said on Wednesday it was destroyed in 2005.")).isEmpty();
    }

    @Test
    void visitingBeforeADescriptionOfSomeoneIsNoVisit() {
        assertThat(titles("Japanese Prime Minister Shinzo Abe and visiting South Korean foreign minister Ban Ki Moon"
                + " agreed on Monday to enhance cooperation.")).noneMatch(t -> t.contains("visits"));
        assertThat(titles("Chinese President Hu Jintao met with visiting US Treasury Secretary Henry Paulson on"
                + " Monday.")).containsExactly("Hu Jintao meets visiting US Treasury Secretary Henry Paulson");
    }

    @Test
    void aRelativeOnWhatANameIsTellsOfTheName() {
        assertThat(titles("COMESA is a preferential trading bloc that was formed in December 1994 to promote trade."))
                .containsExactly("COMESA is formed to promote trade");
        assertThat(titles("SADC is a regional economic integration union that was formed in April 1980."))
                .containsExactly("SADC is formed");
        assertThat(titles("The G20 is an informal forum which first met in December in 1999."))
                .noneMatch(t -> t.startsWith("An informal forum"));
        // all of what is named, and a plural without an article after "are"
        assertThat(titles("Norsk Oil and Baltico are old rivals who signed a truce in early 2008."))
                .containsExactly("Norsk Oil and Baltico sign a truce");
        assertThat(titles("The ruling parties and the rebels are one-time foes who formed a loose alliance in late"
                + " 2005.")).noneMatch(t -> t.startsWith("One-time"));
        // after a comma, "which" tells of the phrase before it
        assertThat(titles("Ivo Marsh was one of the organisers of a coup in 1960, which led to the fall of the"
                + " government.")).noneMatch(t -> t.startsWith("Ivo Marsh leads"));
    }

    @Test
    void somethingThatFellApartBrokeNoQuantityFell() {
        assertThat(titles("Enron fell apart in 2001 amid scandal.")).containsExactly("Enron falls apart");
        assertThat(titles("Exports fell 5 percent in 2001.")).isEmpty();
    }

    @Test
    void aShareOfAWholeOverAPeriodIsAStatistic() {
        assertThat(titles("Almost half of all first children born in 2005 were born outside marriage.")).isEmpty();
        assertThat(titles("One in three children born in 2005 was born outside marriage.")).isEmpty();
        // on a day, what befell a share is a happening
        assertThat(titles("Half of the town was destroyed by the earthquake on Monday.")).containsExactly(
                "Half of the town is destroyed by the earthquake");
    }

    @Test
    void aRateGivenOrAQuantityFlowingOverAPeriodIsAStatistic() {
        assertThat(titles("Brazil's largest metropolitan region Sao Paulo registered its lowest unemployment rate in"
                + " July since 1996.")).isEmpty();
        assertThat(titles("In July, the statistics office released a jobless rate of 15.3 percent.")).isEmpty();
        assertThat(titles("Around 94,000 job positions were created in July.")).isEmpty();
        // a holding sold over a month is a transaction
        assertThat(titles("The fund's director said 6.25 million shares were sold in July.")).containsExactly(
                "6.25 million shares are sold");
        // a rate set on a day, and people arrested over a month, are happenings
        assertThat(titles("The Swiss central bank raised its key interest rate on Tuesday.")).containsExactly(
                "The Swiss central bank raises its key interest rate");
        assertThat(titles("Three suspects were arrested in July.")).containsExactly("Three suspects are arrested");
    }

    @Test
    void aChangeThatBeginsOverAPeriodIsAStatistic() {
        assertThat(titles("Population growth started slowing down in 2000.")).isEmpty();
        assertThat(titles("Consumer prices began to rise in May.")).isEmpty();
    }

    @Test
    void aPerfectCountedSoFarIsARunningTotalWhateverDateItsSentenceNames() {
        assertThat(titles("So far, at least 300 federal lawsuits have been filed in 12 states against BP and the other"
                + " three main companies involved in the April 20 explosion aboard the Deepwater Horizon drill rig."))
                .noneMatch(t -> t.contains("lawsuits"));
    }

    @Test
    void disastersExplosionsAndMassacresAreDatedByADateBeforeThemOrAfterOfOrIn() {
        assertThat(extract("China has faced a similar resolution every year since the 1989 Tiananmen Square"
                + " massacre.")).extracting(Event::title, e -> e.when().toString()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Tiananmen Square massacre", "1989"));
        assertThat(extract("The commission would be similar to panels created to investigate the space shuttle"
                + " Challenger disaster in 1986.")).extracting(Event::title).containsExactly(
                        "Space shuttle Challenger disaster");
        assertThat(titles("Bartlit led the investigation into the 1988 Piper Alpha disaster in the North Sea."))
                .containsExactly("Piper Alpha disaster in the North Sea");
        // after "on" inside a phrase of time order; elsewhere "on" dates the sentence's verb
        assertThat(extract("Since the Deepwater Horizon drilling rig disaster on April 20, BP shares have lost about"
                + " $85 billion in value.")).extracting(Event::title, e -> e.when().toString()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Deepwater Horizon drilling rig disaster", "20 Apr 2025"));
        assertThat(titles("BP shares fell amid the Gulf oil spill on Monday.")).noneMatch(t -> t.contains("spill"));
        // the noun gives way to another trigger of the date: the deaths, not the bombing
        assertThat(titles("Megrahi was the only person convicted of the 1988 plane bombing, in which 270 people died in"
                + " Lockerbie.")).containsExactly("270 people die in Lockerbie");
    }

    @Test
    void whatOneHadToDoOnADayWasDoneThatDay() {
        // written on Thursday 28 Aug 2025: "had to" is no plan, and its Saturday the one before
        assertThat(LexiconExamples.events("BP had to move the containment device on Saturday.")).singleElement()
                .satisfies(e -> {
                    assertThat(e.title()).isEqualTo("BP moves the containment device");
                    assertThat(e.when().toString()).isEqualTo("23 Aug 2025");
                });
        assertThat(LexiconExamples.events("A containment device had to be moved on Saturday.")).singleElement()
                .extracting(e -> e.when().toString()).isEqualTo("23 Aug 2025");
        // what one managed to do, one did; what one failed to do, not
        assertThat(titles("BP managed to seal the leaking pipe on Tuesday.")).containsExactly(
                "BP seals the leaking pipe");
        // dated by the anchorer only through "managed", which the recognizer read as the only event
        assertThat(titles("Korvo managed to place a cap over the leaking pipe earlier this month.")).containsExactly(
                "Korvo places a cap over the leaking pipe");
        assertThat(titles("BP failed to seal the leaking pipe on Tuesday.")).isEmpty();
    }

    @Test
    void aPlaceClosedForAHolidayIsACalendarDay() {
        assertThat(LexiconExamples.events("The Philippine stock market will be closed Monday, a local public"
                + " holiday.")).isEmpty();
        assertThat(LexiconExamples.events("The Philippine stock market will be closed Monday after the typhoon."))
                .singleElement().extracting(Event::title).isEqualTo("The Philippine stock market is closed");
        // closed for a holiday after its date
        assertThat(LexiconExamples.events("Velo financial markets were closed Monday for the Harvest Day holiday."))
                .isEmpty();
    }

    @Test
    void aDateInAnAppositionBeforeTheVerbDatesTheApposition() {
        // the poisoning was last week; the release is not dated by it
        assertThat(LexiconExamples.events("Former Russian prime minister Yegor Gaidar, the victim of a suspicious"
                + " poisoning last week, has been released from hospital in Moscow.")).isEmpty();
        assertThat(LexiconExamples.events("Former Russian prime minister Yegor Gaidar, the victim of a suspicious"
                + " poisoning, was released from hospital in Moscow on Monday.")).singleElement()
                .extracting(e -> e.when().toString()).isEqualTo("25 Aug 2025");
    }

    @Test
    void daysFromOneToAnotherInsideTheClauseAreOnePeriod() {
        assertThat(LexiconExamples.events("The Water Festival will be held from September 4 to 6.")).singleElement()
                .extracting(e -> e.when().toString()).isEqualTo("4–6 Sep 2025");
        // years stay what the lexicon makes of them: a count over them is no happening
        assertThat(LexiconExamples.events("He scored 358 goals from 1927 to 1956.")).isEmpty();
    }

    @Test
    void beingAdmittedToAPlaceIsAHappeningButAdmittingToSomethingIsSpeech() {
        assertThat(LexiconExamples.titles("Tom Berg was admitted to Flushing Hospital on Monday.")).containsExactly(
                "Tom Berg is admitted to Flushing Hospital");
        assertThat(LexiconExamples.titles("Tom Berg admitted to the charges on Monday.")).isEmpty();
    }

    @Test
    void aRefusalToSpeakIsNoHappeningButARefusalToActIs() {
        assertThat(LexiconExamples.titles("Tony Hayward refused to comment on the proposal yesterday.")).isEmpty();
        assertThat(LexiconExamples.titles("The minister declined to say on Monday whether troops would stay."))
                .isEmpty();
        // "answer" and "elaborate" are verbs of speech too ("declined to answer" gave "Chevron, ConocoPhillips and
        // Royal Dutch Shell decline")
        assertThat(LexiconExamples.titles("Executives of Tarvo Oil and Kelmar declined to answer on Tuesday when a"
                + " senator asked whether Velo Oil had made mistakes.")).isEmpty();
        assertThat(LexiconExamples.titles("The spokesman declined to elaborate on Friday.")).isEmpty();
        assertThat(LexiconExamples.titles("The Supreme Court refused to hear the case on Monday.")).containsExactly(
                "The Supreme Court refuses to hear the case");
    }

    @Test
    void aPhotoCaptionMarkedByWhereItsPeopleStandOrByItsAgencyAndDayIsNoHappening() {
        assertThat(LexiconExamples.titles("Morgan Stanley chief executive John Mack, left, and Citigroup chief"
                + " executive Vikram Pandit leave a meeting at the Treasury Department yesterday.")).isEmpty();
        assertThat(LexiconExamples.titles("AP July 31 : Oil containment boom is laid out in Treasure Pass, near"
                + " Yscloskey, La.")).isEmpty();
    }

    @Test
    void aRunningTotalWithAnAdverbInItsPerfectAndTheNounsItCountsAreNoHappenings() {
        // "have been reportedly killed ... this year": the adverb hid the perfect; then "Clashes with PKK members"
        assertThat(LexiconExamples.titles("At least 200 Turkish soldiers have been reportedly killed in clashes with"
                + " PKK members this year.")).isEmpty();
    }

    @Test
    void newCasesAddedToATotalAreACountButAnAttacksTollIsNot() {
        assertThat(LexiconExamples.titles("A further 141 patients were confirmed with H1N1 swine flu in England on"
                + " Tuesday, bringing the total to 952.")).isEmpty();
        assertThat(LexiconExamples.titles("A car bomb killed five people in Baghdad on Tuesday, bringing the death toll"
                + " this week to 30.")).singleElement().asString().startsWith("A car bomb kills five people");
        // more deaths added to a toll, in an undated lead, name no happening either
        assertThat(LexiconExamples.titles("Tarnish health officials say seven more people have died from swine flu,"
                + " bringing the number of deaths to 17.")).isEmpty();
    }

    @Test
    void aVerbWhoseObjectIsAClauseOfItsOwnSaysNothingAlone() {
        // "he had avoided" is a clause with its own subject and verb: "Tam Rell assumes" would tell nothing
        assertThat(LexiconExamples.titles("Yet earlier this week, Tam Rell assumed he had avoided catching the"
                + " virus.")).isEmpty();
    }

    @Test
    void whatAQuotationThatOpensTheSentenceSaysIsSpeech() {
        assertThat(LexiconExamples.titles("\"An attempt at a coup d'etat begins today\" said the pro-government daily"
                + " Al-Mustaqbal.")).isEmpty();
        assertThat(LexiconExamples.titles("\"Not a single new project was signed in my country in 2024,\" said the"
                + " bank's director.")).isEmpty();
        // what the sentence tells after the quotation still counts
        assertThat(LexiconExamples.titles("\"It is nice to win,\" said coach Barry Dancer, whose side beat Pakistan"
                + " on Tuesday.")).isNotEmpty();
    }
}
