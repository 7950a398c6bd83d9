package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a title's object ends: never on a word whose phrase goes on after it. */
class PredicateEndsTest {
    @Test
    void anAbsoluteWithAndItsParticipleIsNoPartOfThePredicate() {
        // "... with the Japanese": what the Japanese did was left out, so the title named them as partners
        assertThat(LexiconExamples.titles("Velo and Tarn went head to head Saturday in the Orvo Games pool with the"
                + " Tarnians taking an early edge.")).containsExactly("Velo and Tarn go head to head in the Orvo Games"
                        + " pool");
        assertThat(LexiconExamples.titles("Velo-powered cars won 14 of 16 races last year with Tarn racers taking"
                + " only the first and last races.")).containsExactly("Velo-powered cars win 14 of 16 races");
    }

    @Test
    void aNamingParticipleGoesOnWithItsAsOrGoes() {
        assertThat(LexiconExamples.titles("In 2003 BP went into partnership with a group of Russian billionaires known"
                + " as AAR.")).singleElement().asString().doesNotEndWith("known");
    }

    @Test
    void aPhraseAfterAndWhosePrepositionThePredicateHasNotUsedJoinsAnotherOne() {
        assertThat(LexiconExamples.titles("The group, still remembered for the 2005 Velo refinery explosion that"
                + " killed 15 and for damaging pipeline leaks in Tarnia, is reaching out to coastal towns."))
                .containsExactly("The Velo refinery explosion kills 15");
        // the same preposition, joined prepositions and amounts go on
        assertThat(LexiconExamples.titles("Tom Vell met Ada Marr in Tarnia and in Velo on Monday.")).containsExactly(
                "Tom Vell meets Ada Marr in Tarnia and in Velo");
        assertThat(LexiconExamples.titles("On Tuesday, EU ministers banned visits to or from Tarnia.")).containsExactly(
                "EU ministers ban visits to or from Tarnia");
        assertThat(LexiconExamples.titles("A boy was shot dead and at least 18 others wounded late Saturday in"
                + " Velo.")).singleElement().asString().contains("18 others");
    }

    @Test
    void aPredicateCutBeforeANameAfterAndGoesOnToItsEnd() {
        assertThat(LexiconExamples.titles("Tarnia said the planes were sent home, in defiance of Ostra which imposed"
                + " the exclusion zone in the south together with Velo and Norlandia in 1992.")).contains(
                        "Ostra imposes the exclusion zone in the south together with Velo and Norlandia");
    }

    @Test
    void twoInfinitivesJoinedByAndShareTheObjectAfterThem() {
        // the tagger takes "operate" for a present; the title went no further than "agrees to buy"
        assertThat(LexiconExamples.titles("Korvo Oil on Wednesday agreed to buy and operate two rigs off Tarnia."))
                .containsExactly("Korvo Oil agrees to buy and operate two rigs off Tarnia");
        // an infinitive with its own object ends before "and" and the other clause
        assertThat(LexiconExamples.titles("Korvo Oil on Wednesday agreed to buy two rigs and said it would hire 300"
                + " workers.")).singleElement().asString().startsWith("Korvo Oil agrees to buy two rigs")
                .doesNotContain("hire");
    }

    @Test
    void anAsThatOpensAClauseOrAPluralNamesNoRole() {
        // "start" and "join" keep the role their "as" names, but not a clause's subject after "as"
        assertThat(LexiconExamples.titles("Ostland's presidential election started on Thursday as 3 million men and"
                + " women began to vote.")).containsExactly("Ostland's presidential election starts");
        assertThat(LexiconExamples.titles("The Velo navy has joined efforts to stop the leak off Tarnia as fears of a"
                + " spill grow.")).containsExactly("The Velo navy joins efforts to stop the leak off Tarnia");
        // a second verb after "but" or "and" is the subject's own: the role stays
        assertThat(LexiconExamples.titles("Karl Weber will hand over as chief executive of Velo Oil in October but"
                + " will remain on its board.")).containsExactly(
                        "Karl Weber hands over as chief executive of Velo Oil");
    }

    @Test
    void aCommaBetweenAdjectivesBeforeTheirNounsDoesNotEndTheObject() {
        assertThat(LexiconExamples.titles("The 1957 influenza pandemic struck a vulnerable, unprepared human"
                + " population across Asia.")).singleElement().asString()
                .endsWith("strikes a vulnerable, unprepared human population across Asia");
    }

    @Test
    void aCommaBetweenAPlaceAndTheLargerPlaceItLiesInDoesNotEndThePredicate() {
        assertThat(LexiconExamples.titles("The Gas Exporters Forum decided in August at a meeting in Velo, Tarnia to"
                + " cut output by 800,000 barrels a day.")).singleElement().asString()
                .contains("in Velo, Tarnia to cut output");
        assertThat(LexiconExamples.titles("Tom Vell flew from Vallis, Fla., to Miami on Monday."))
                .containsExactly("Tom Vell flies from Vallis, Fla., to Miami");
        // a list of places goes on as a list, not as one place
        assertThat(LexiconExamples.titles("Kelmar said on Monday it gave $25 million each to Florida, Alabama and"
                + " Mississippi.")).noneMatch(t -> t.endsWith("to Florida, Alabama"));
    }

    @Test
    void aListOfDeterminedItemsGoesOnToItsLastItemButAnAppositionDoesNot() {
        assertThat(LexiconExamples.titles("Gunmen on Saturday killed a guard, a driver and two farmers in an attack on"
                + " a checkpoint.")).singleElement().asString()
                .startsWith("Gunmen kill a guard, a driver and two farmers");
        assertThat(LexiconExamples.titles("Korvo levied a tax on imported steel from Tarnia, the Velo Republic and"
                + " Ostland in May 2003.")).singleElement().asString()
                .endsWith("from Tarnia, the Velo Republic and Ostland");
        // a determined common noun after a name describes the name; a name after a common noun names it
        assertThat(LexiconExamples.titles("Premier Tom Vell on Sunday visited Ostra, a historic city and capital of"
                + " the province.")).containsExactly("Premier Tom Vell visits Ostra");
        assertThat(LexiconExamples.titles("Tom Vell was charged on Monday by the anti-graft agency, the Economic"
                + " Crimes Office and the Velo Police.")).singleElement().asString()
                .endsWith("by the anti-graft agency");
    }

    @Test
    void aParticleRightBeforeADateEndsItsVerbsObject() {
        assertThat(LexiconExamples.titles("Harlow Oil chief executive Ben Castor took a day off Saturday to watch his"
                + " yacht race.")).singleElement().asString().startsWith("Harlow Oil chief executive Ben Castor takes"
                + " a day off");
        assertThat(LexiconExamples.titles("Kelmar took one step back Saturday in its fight to cap the Velo well."))
                .singleElement().asString().startsWith("Kelmar takes one step back");
        // a date's preposition between them too, but "back in 1993" tells when
        assertThat(LexiconExamples.titles("Ana Velo took six months off in early 2009 to recover."))
                .singleElement().asString().startsWith("Ana Velo takes six months off");
        assertThat(LexiconExamples.titles("The Tarvo parliament killed the dam project back in 1993."))
                .singleElement().asString().endsWith("kills the dam project");
    }

    @Test
    void anObjectAfterAPrepositionalPhraseAndADateIsTheVerbsObject() {
        assertThat(LexiconExamples.titles("The Velo navy delivered to the port of Brisk on Wednesday a shipment of rice"
                + " for flood victims.")).singleElement().asString()
                .startsWith("The Velo navy delivers to the port of Brisk a shipment of rice");
        // a passive takes no object: what follows the date is another phrase
        assertThat(LexiconExamples.titles("Five new cases were diagnosed in Tarvia on Monday four pupils and a"
                + " teacher.")).noneMatch(t -> t.contains("four pupils"));
    }

    @Test
    void byBeforeNoWordIsNoAgent() {
        // "passed by": a particle at the end of the clause, no passive
        assertThat(LexiconExamples.titles("A roadside bomb exploded on Monday near Camp Velo shortly after a police"
                + " convoy passed by.")).noneMatch(t -> t.contains("is passed"));
        // "by $2.17": an amount
        assertThat(LexiconExamples.titles("Brent crude fell by $2.17 on Tuesday."))
                .containsExactly("Brent crude falls by $2.17");
    }

    @Test
    void aParticleBeforeADateWithTheIsThePrepositionOfThatDate() {
        // "over the weekend" is when, not how: the word goes with the date, not with the infinitive's verb
        assertThat(LexiconExamples.titles("Strong winds forced the search to be suspended over the weekend."))
                .containsExactly("Strong winds force the search to be suspended");
        // a particle before a date without "the" stays with its verb
        assertThat(LexiconExamples.titles("Heavy rains forced Tarvel officials to call off Friday's vote."))
                .containsExactly("Heavy rains force Tarvel officials to call off the vote");
    }

    @Test
    void suchWaitsForItsExampleAndOneForAnother() {
        assertThat(LexiconExamples.titles("Korvo has bought terms such as oil spill from search engines on Monday."))
                .containsExactly("Korvo buys terms");
        assertThat(LexiconExamples.titles("Tarnia and Velo fought one another in 1990."))
                .containsExactly("Tarnia and Velo fight one another");
    }

    @Test
    void aPersonsAgeBetweenCommasDoesNotEndTheObject() {
        // the complement after the age says what the jury found
        assertThat(LexiconExamples.titles("A Canadian jury last month found Marc Dubois, 31, guilty on four counts,"
                + " including fraud.")).containsExactly("A Canadian jury finds Marc Dubois, 31, guilty on four counts");
    }

    @Test
    void aParticipleAfterTheLastNounGoesWithTheComplementLeftOut() {
        assertThat(LexiconExamples.titles("The Lornian prime minister on Friday called off a trip to Paris planned for"
                + " next week.")).containsExactly("The Lornian prime minister calls off a trip to Paris");
        assertThat(LexiconExamples.titles("Judge Ann Corbel last month struck down a ban on night fishing issued in"
                + " May.")).containsExactly("Judge Ann Corbel strikes down a ban on night fishing");
        assertThat(LexiconExamples.titles("The Tarvel council on Friday scrapped a parking fee introduced in March."))
                .containsExactly("The Tarvel council scraps a parking fee");
        // a participle that completes its verb's object stays
        assertThat(LexiconExamples.titles("Typhoon Vela on Monday left three fishermen stranded in Tarvel."))
                .singleElement().asString().contains("stranded");
    }

    @Test
    void aPartOfAPeriodCutByItsDateLeavesWithItsPhrase() {
        // "for the rest of this year" is how long, not when: the phrase goes, and the day dates the halt
        assertThat(LexiconExamples.events("Drevco on Wednesday suspended output at its Vallis plant for the rest of"
                + " this year.")).extracting(e -> e.when().toString() + " " + e.title())
                .containsExactly("27 Aug 2025 Drevco suspends output at its Vallis plant");
        assertThat(LexiconExamples.titles("On Wednesday, Drevco halted shipments to Orvan for the remainder of 2025."))
                .containsExactly("Drevco halts shipments to Orvan");
    }

    @Test
    void aDirectionRightAfterItsVerbEndsThePhrase() {
        // an adverb before the date goes with it ("met officially Wednesday"), but not the market's direction
        assertThat(LexiconExamples.titles("Vallis stocks moved higher on Tuesday on the Orvan market."))
                .containsExactly("Vallis stocks move higher");
        assertThat(LexiconExamples.titles("Share prices in Vallis fell sharply lower on Tuesday with the benchmark"
                + " index losing 10.6 points.")).singleElement().asString()
                .startsWith("Share prices in Vallis fall sharply lower");
    }

    @Test
    void aListOfModifiersGoesOnToTheNounTheyShare() {
        assertThat(LexiconExamples.titles("Tony Hayward met on Monday with top officials including the energy,"
                + " interior and homeland security secretaries.")).containsExactly("Tony Hayward meets with top"
                + " officials including the energy, interior and homeland security secretaries");
    }

    @Test
    void aComplementAfterTheDateOfAnAdjectivalPredicateStays() {
        assertThat(LexiconExamples.titles("Health officials said laboratory tests came back positive on Thursday for"
                + " the H1N1 virus.")).containsExactly("Laboratory tests come back positive for the H1N1 virus");
    }

    @Test
    void aCommonNounTheTaggerReadAsAnAdverbEndsThePhraseAsItsHead() {
        // "output/RB", "protest/RB" after the words they head
        assertThat(LexiconExamples.titles("Last month, OPEC oil ministers decided to cut the cartel's daily crude oil"
                + " output by 1.2 million barrels.")).singleElement().asString().endsWith("crude oil output");
        assertThat(LexiconExamples.titles("Police and firefighters carried out their own street protest on Tuesday"
                + " evening, marching on parliament.")).singleElement().asString().endsWith("street protest");
        // an adjective's tag on the head that ends the phrase: "chief executive/JJ to be replaced"
        assertThat(LexiconExamples.titles("Mr Hayward will step down next month from the position of chief executive to"
                + " be replaced by Bob Dudley.")).singleElement().asString().endsWith("chief executive");
    }

    @Test
    void inAfterADateGoesOnWithTheObjectButNotAnAdverbialOfPurpose() {
        // what caused the wounds, where the conference opened
        assertThat(LexiconExamples.titles("Israeli army radio said that three Israeli policemen sustained light wounds"
                + " Wednesday in an exchange of fire with armed Palestinians.")).singleElement().asString()
                .endsWith("sustain light wounds in an exchange of fire with armed Palestinians");
        assertThat(LexiconExamples.titles("Robert Mugabe opened the conference on Friday in the rural town of"
                + " Goromonzi.")).containsExactly("Robert Mugabe opens the conference in the rural town of Goromonzi");
        // in-adverbial-nouns.txt: why, not what
        assertThat(LexiconExamples.titles("About 530 courthouse aides and 140 judges will return to work Sunday in"
                + " exchange for half a month's salary.")).singleElement().asString().endsWith("return to work");
    }

    @Test
    void anApostropheInsideAWordIsNoEndAndTheMainClausesVerbIs() {
        assertThat(LexiconExamples.titles("The Afghan communist party which came to power 19 years ago in a coup d'etat"
                + " was condemned by the Taliban in a seminar in Kabul."))
                .contains("The Afghan communist party comes to power in a coup d'etat");
    }

    @Test
    void headOnBeforeADatesOnIsHowNotWhat() {
        assertThat(LexiconExamples.titles("A van and a bus collided head on Saturday night at Gokarella, the police"
                + " said.")).containsExactly("A van and a bus collide");
    }

    @Test
    void aHyphenatedLengthBeforeANounDatesNoVerb() {
        // "three-year" describes the program; the verb is dated by "on Wednesday"
        assertThat(LexiconExamples.events("China's Ministry of Personnel on Wednesday launched the three-year training"
                + " program.")).singleElement().extracting(e -> e.when().toString()).isEqualTo("27 Aug 2025");
    }

    @Test
    void withANounPhraseDueToDoSomethingIsAClauseOfItsOwn() {
        assertThat(LexiconExamples.titles("Jury selection for the trial of Conrad Murray will begin on 8 September"
                + " with opening arguments due to begin on 27 September.")).containsExactly(
                        "Jury selection for the trial of Conrad Murray begins");
        // a participle that describes the object is no clause of its own
        assertThat(LexiconExamples.titles("Annan met on Monday with opposition leaders expected to join the"
                + " government.")).containsExactly("Annan meets with opposition leaders expected to join the"
                + " government");
    }

    @Test
    void aGappedPassiveKeepsTheCauseAfterItsDate() {
        assertThat(LexiconExamples.titles("One militant was killed and nine other Palestinians wounded Wednesday in an"
                + " Israeli air strike on a vehicle in Rafah.")).containsExactly("One militant is killed and nine other"
                + " Palestinians wounded in an Israeli air strike on a vehicle in Rafah");
    }

    @Test
    void aGappedPassiveAfterTheFirstOnesDateIsPassive() {
        assertThat(LexiconExamples.titles("The April 20 blowout of BP's Macondo well killed 11 rig workers. The spill"
                + " was halted in July and the well permanently capped in September.")).contains(
                        "BP's Macondo well is capped");
    }

    @Test
    void aParticleBeforeADateIsNoNounThatEndsThePhrase() {
        assertThat(LexiconExamples.titles("Power had been restored to 200,000 people over the weekend in North"
                + " Rhine-Westphalia.")).containsExactly("Power is restored to 200,000 people");
    }

    @Test
    void aVerbWithoutAnObjectKeepsWhatItHappenedAfter() {
        assertThat(LexiconExamples.titles("In 1982 seven people in Chicago died after taking poisoned Tylenol tablets."))
                .containsExactly("Seven people in Chicago die after taking poisoned Tylenol tablets");
        assertThat(LexiconExamples.titles("Three climbers died on Monday after falling into a crevasse."))
                .containsExactly("Three climbers die after falling into a crevasse");
    }

    @Test
    void aLengthThatCountsTheNounAfterOfEndsNoPhrase() {
        assertThat(LexiconExamples.titles("Massive protests in April forced King Gyanendra to abandon 14 months of"
                + " absolute rule.")).containsExactly(
                        "Massive protests force King Gyanendra to abandon 14 months of absolute rule");
    }

    @Test
    void aGlossBetweenBracketsEndsNoReducedRelativeClause() {
        // the clause's own verb after the gloss ends the participle's phrase, as it does without one
        assertThat(LexiconExamples.titles("ElBaradei said the nuclear test launched last month by the Democratic"
                + " People's Republic of Korea (DPRK) underscored the urgency of talks.")).noneMatch(
                        t -> t.contains("underscored"));
    }

    @Test
    void aLengthInOneWordBeforeTheNounStaysInTheObjectAfterAnAdjectiveTaggedAsANoun() {
        // "unorthodox/NN five-year policy": the object was cut before the length
        assertThat(LexiconExamples.titles("In July, the Bank of Japan ended its unorthodox five-year policy of holding"
                + " borrowing costs at zero.")).containsExactly(
                        "The Bank of Japan ends its unorthodox five-year policy of holding borrowing costs at zero");
    }

    @Test
    void aNamesAcronymInBracketsInsideACompoundAdjectiveEndsNoPhrase() {
        // "Union/NN (EU)-wide": the tagger's common noun before the acronym cut the title at the bracket
        assertThat(LexiconExamples.titles("The European Parliament on Tuesday approved the introduction of a European"
                + " Union (EU)-wide blacklist of unsafe airlines.")).singleElement().asString()
                .endsWith("blacklist of unsafe airlines");
    }

    @Test
    void theDayThatFromGivesBeforeTheObjectLeavesTheObjectInTheTitle() {
        assertThat(LexiconExamples.titles("Egyptian President Hosni Mubarak would start from Sept. 6 a five-day"
                + " European tour, his spokesman said.")).containsExactly("Egyptian President Hosni Mubarak starts a"
                        + " five-day European tour");
    }

    @Test
    void aParticipleOfSayingAfterANounOpensWhatItSays() {
        assertThat(LexiconExamples.titles("Velo environmental groups filed a suit on Wednesday against Tarn Oil Plc"
                + " saying the spill inflicted harm on endangered wildlife.")).contains(
                "Velo environmental groups file a suit against Tarn Oil Plc");
        // a noun's participle of another verb goes on
        assertThat(LexiconExamples.titles("Velo police arrested two men carrying rifles on Wednesday.")).contains(
                "Velo police arrest two men carrying rifles");
    }
}
