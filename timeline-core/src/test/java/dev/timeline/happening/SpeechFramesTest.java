package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Calls and talk whose date stands inside their phrase: "called [Saturday] for early elections", "renewed its
 * condemnation [on Wednesday] of the attacks". The date is the talk's, which a chronology does not list, and not that
 * of what the talk is about.
 */
class SpeechFramesTest {
    @Test
    void aCallIsSpeechWithItsDayBetweenTheVerbAndItsPreposition() {
        assertThat(LexiconExamples.titles("World Trade Organisation chief Renato Ruggiero called here Monday for a new"
                + " \"sense of urgency\" on the issue of China's entry to the global trade body.")).isEmpty();
        assertThat(LexiconExamples.titles("German Foreign Minister Frank-Walter Steinmeier called Monday for Damascus"
                + " to do everything it can to prevent the destabilisation of Lebanon.")).isEmpty();
        assertThat(LexiconExamples.titles("The UN Human Rights Commission called Thursday on countries which still"
                + " have the death penalty to limit executions.")).isEmpty();
        // the words of a period between them too
        assertThat(LexiconExamples.titles("Two US Senators called earlier this week for the bonuses to be scrapped."))
                .isEmpty();
        // a call that is a decision keeps its day
        assertThat(LexiconExamples.titles("The Korean Air pilots' union called off Thursday its strike at the"
                + " airline.")).isNotEmpty();
        assertThat(LexiconExamples.titles("Police called in the army earlier this week to restore order."))
                .isNotEmpty();
    }

    @Test
    void whatACallAsksForIsNotDatedByTheCall() {
        assertThat(LexiconExamples.titles("Fatah-backed Palestinian president Mahmud Abbas called Saturday for early"
                + " elections to resolve the political standoff in the Palestinian territories.")).isEmpty();
    }

    @Test
    void aNewsConferenceIsSpeechNoMeeting() {
        assertThat(LexiconExamples.titles("Indian Prime Minister Manmohan Singh was asked about the attacks at a news"
                + " conference in New Delhi on Tuesday.")).isEmpty();
    }

    @Test
    void whereSomeoneSpokeIsNoHappening() {
        assertThat(LexiconExamples.titles("Speaking at a Senate hearing last week on the effects of oil-dispersing"
                + " chemicals, Overton and other experts called the BP spill an unintentional \"grand experiment\"."))
                .isEmpty();
        // a phrase that sets the saying after its comma, however long the sayer's name
        assertThat(LexiconExamples.titles("In a House hearing Thursday, Rep. Tom J. \"Tommy\" Vell Jr. (R-Tarn) said,"
                + " \"It's an astonishingly safe, clean history that we have there.\"")).isEmpty();
        // a summit is a happening of its own, whoever spoke at it
        assertThat(LexiconExamples.titles("During the summit of Velo and Tarn leaders in Orvo on Monday, the two"
                + " presidents signed a border treaty.")).isNotEmpty();
    }

    @Test
    void whatTalkIsAboutIsNotDatedByTheTalk() {
        assertThat(LexiconExamples.titles("The European Union renewed its condemnation on Wednesday of Iranian"
                + " President Mahmoud Ahmadinejad's verbal attacks on Israel.")).isEmpty();
        // a text that opens with the date has no talk before it (this once read before the text's first word)
        assertThat(LexiconExamples.titles("Wednesday of the attacks was calm.")).isEmpty();
    }

    @Test
    void aReportOfAWeekDatesWhatItsPerfectTellsOnOrBeforeThatWeek() {
        assertThat(LexiconExamples.events("Plaquemines parish reported this week that two dolphins had died around"
                + " Bayou Chaland.")).singleElement().satisfies(e -> {
                    assertThat(e.title()).isEqualTo("Two dolphins die around Bayou Chaland");
                    assertThat(e.when().toString()).isEqualTo("on or before the week of 25 Aug 2025");
                });
        // a past tense that a week's report tells is not placed by it
        assertThat(LexiconExamples.titles("Police said this week they were treating the death as murder.")).isEmpty();
    }

    @Test
    void aDatedReportDatesItsPresentPerfectOnOrBeforeItsDay() {
        // the learned anchorer leaves a present perfect at the article's time, so "have agreed" was no happening
        assertThat(LexiconExamples.events("Velo and Korvo said Tuesday they've agreed to pool $1 billion to form a"
                + " new company.")).singleElement().satisfies(e -> {
                    assertThat(e.title()).isEqualTo("Velo and Korvo agree to pool $1 billion to form a new company");
                    assertThat(e.when().toString()).isEqualTo("on or before 26 Aug 2025");
                });
    }

    @Test
    void aReportThatClosesTheSentenceDatesItsMainVerbOnOrBeforeItsDay() {
        // the learned anchorer was unsure of "adopted" so far from Monday: the lead fell back to the article's day
        assertThat(LexiconExamples.events("Trade talks went on in Velo all week. The Velo council adopted a Tarnian"
                + " proposal to aid small firms, the Tarnian minister said on Monday.")).singleElement()
                .satisfies(e -> {
                    assertThat(e.title()).isEqualTo("The Velo council adopts a Tarnian proposal to aid small firms");
                    assertThat(e.when().toString()).isEqualTo("on or before 25 Aug 2025");
                });
        // though a clause nearer the day stands between, which took the date; not a relative clause's verb
        assertThat(LexiconExamples.titles("Tarnian police arrested 19 people in Velo overnight as they prepared for a"
                + " crackdown, officers said Friday.")).containsExactly("Tarnian police arrest 19 people in Velo");
        assertThat(LexiconExamples.titles("A climber who fell while abseiling on Mount Velo has died from his"
                + " injuries, police said Thursday.")).noneMatch(t -> t.contains("falls"));
    }

    @Test
    void aReportOfAPartOfADayDatesWhatItTells() {
        assertThat(LexiconExamples.events("The company said last night it had inserted a tube into the riser."))
                .singleElement().satisfies(e -> {
                    assertThat(e.title()).isEqualTo("The company inserts a tube into the riser");
                    assertThat(e.when().toString()).isEqualTo("on or before the night of 27 Aug 2025");
                });
    }

    @Test
    void aVerbOfSayingWhoseObjectIsAClauseTitlesNothing() {
        assertThat(LexiconExamples.titles("A 2008 internal investigation found some MMS employees had taken drugs."))
                .isEmpty();
        assertThat(LexiconExamples.titles("In its 2009 exploration plan, BP suggested an oil spill was unlikely."))
                .isEmpty();
        // a participle or a compound's noun after the object's noun is no clause
        assertThat(LexiconExamples.titles("The Reserve Bank of India on Tuesday announced a one-percent interest rate"
                + " cut to 11 percent.")).containsExactly("The Reserve Bank of India announces a one-percent interest"
                + " rate cut to 11 percent");
        assertThat(LexiconExamples.titles("Israeli police on Friday found the bodies of two young women stabbed to"
                + " death on the West Bank.")).isNotEmpty();
    }
}
