package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.event.EventAnalysis;
import dev.timeline.event.EventMention;
import dev.timeline.tag.Anchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.Tagger;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.LanguageLayer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Titles made straight from the clause of each recognized event, whether or not the event is a happening. */
class ClauseTitlesTest {
    private static List<Optional<ClauseTitles.Title>> titles(String text) {
        List<Mention> mentions = Tagger.english().tag(text, Anchor.news(LocalDate.of(2010, 6, 23)));
        AnalyzedText analyzed = LanguageLayer.english().analyze(text);
        boolean[] covered = LearnedHappenings.covered(analyzed, mentions);
        ClauseTitles.Names names = ClauseTitles.Names.of(Entities.find(text));
        return EventAnalysis.of(analyzed, mentions).events().stream()
                .map((EventMention e) -> ClauseTitles.of(analyzed, e, covered, names)).toList();
    }

    @Test
    void aLongPredicateThatRunsToTheEndOfTheTextEndsThere() {
        // the last word, "Corp.", holds the full stop: no token follows the predicate, which the length limit cuts
        assertThat(titles("U.S. District Court Judge Martin Feldman, who blocked the Obama administration's six-month"
                + " moratorium on deepwater drilling, on Tuesday sold his holdings in Exxon Mobil Corp."))
                .anySatisfy(t -> assertThat(t).hasValueSatisfying(x -> assertThat(x.text()).startsWith(
                        "U.S. District Court Judge Martin Feldman blocks")));
    }

    @Test
    void aParticipleWithAnAgentAfterItsDateIsPassiveAndEndsBeforeTheClausesVerb() {
        assertThat(titles("She will say that new ethics rules imposed last year by Interior Secretary Ken Salazar"
                + " address only part of the problem."))
                .anySatisfy(t -> assertThat(t).hasValueSatisfying(x -> assertThat(x.text()).isEqualTo(
                        "New ethics rules are imposed by Interior Secretary Ken Salazar")));
    }

    @Test
    void aWordTaggedAsAVerbInsideANounPhraseEndsNoClause() {
        assertThat(titles("A civilian died on Thursday night in eastern Gaza City in clashes between Hamas and a local"
                + " clan."))
                .anySatisfy(t -> assertThat(t).hasValueSatisfying(x -> assertThat(x.text()).startsWith(
                        "A civilian dies in eastern Gaza City")));
    }

    @Test
    void aCurrencySignOpensTheAmountInsideANounPhrase() {
        assertThat(titles("Analysts said the $20bn compensation fund agreed on Monday by BP might not cover them."))
                .anySatisfy(t -> assertThat(t).hasValueSatisfying(x -> assertThat(x.text()).startsWith(
                        "The $20bn compensation fund is agreed")));
    }

    @Test
    void aSecondParticipleSetOffByCommasGoesOnWithTheFirst() {
        assertThat(titles("In 1968 an outbreak first detected in Hong Kong, and caused by a strain known as H3N2,"
                + " killed up to one million people."))
                .noneSatisfy(t -> assertThat(t).hasValueSatisfying(x -> assertThat(x.text()).contains("detects")));
    }

    @Test
    void pastADateOnlyByItselfOpensAnAgent() {
        assertThat(titles("TOKYO -- Tokyo stocks nosedived Monday on heavy selling by foreign investors, sending the key"
                + " Nikkei stock index to a two-month low."))
                .anySatisfy(t -> assertThat(t).hasValueSatisfying(x -> assertThat(x.text()).startsWith(
                        "Tokyo stocks nosedive on heavy selling")));
    }

    @Test
    void anApproximateMeasureAndItsConversionStayInsideTheSubject() {
        assertThat(titles("Oil is leaking from a pipeline more than 5,000 feet deep that was damaged on Monday by an"
                + " explosion."))
                .anySatisfy(t -> assertThat(t).hasValueSatisfying(x -> assertThat(x.text()).startsWith(
                        "A pipeline more than 5,000 feet deep is damaged")));
        assertThat(titles("A production platform about 70 miles (112 kilometers) southwest of the rig was destroyed"
                + " in 2004 by an underwater mudslide."))
                .anySatisfy(t -> assertThat(t).hasValueSatisfying(x -> assertThat(x.text()).startsWith(
                        "A production platform about 70 miles (112 kilometers) southwest of the rig is destroyed")));
        // a clock time's conversion is no measure's: its bracket does not join the subject
        assertThat(titles("The 6:39 a.m. (2139 GMT) quake destroyed a bridge on Monday in the north."))
                .allSatisfy(t -> t.ifPresent(x -> assertThat(x.text()).doesNotContain("GMT)")));
    }

    @Test
    void aBareCommonNounWithAVerbAloneMakesNoTitle() {
        assertThat(titles("Legislation passed in 1990 after the Exxon Valdez accident makes BP responsible for the"
                + " costs."))
                .noneSatisfy(t -> assertThat(t).hasValueSatisfying(x -> assertThat(x.text()).startsWith(
                        "Legislation passes")));
        assertThat(titles("The agency halted the suspension of tests, which began Wednesday afternoon."))
                .noneSatisfy(t -> assertThat(t).hasValueSatisfying(x -> assertThat(x.text()).startsWith(
                        "Tests begin")));
        assertThat(titles("Police surrounded the town on Saturday after townsfolk injured and threw out members of"
                + " an official working group."))
                .anySatisfy(t -> assertThat(t).hasValueSatisfying(x -> assertThat(x.text()).startsWith(
                        "Townsfolk injure and throw out members")));
        assertThat(titles("Riots began on Monday in the northern town of Kunduz."))
                .anySatisfy(t -> assertThat(t).hasValueSatisfying(x -> assertThat(x.text()).isEqualTo(
                        "Riots begin in the northern town of Kunduz")));
    }

    @Test
    void betweenTakesBothPartiesAndAnAcronymInBracketsGoesOnWithItsName() {
        assertThat(titles("Nepal's parliament endorsed Thursday the latest six-point agreement between the Seven Party"
                + " Alliance (SPA) and Maoist guerrillas on the peace process."))
                .anySatisfy(t -> assertThat(t).hasValueSatisfying(x -> assertThat(x.text()).isEqualTo(
                        "Nepal's parliament endorses the latest six-point agreement between the Seven Party Alliance"
                                + " (SPA) and Maoist guerrillas")));
    }

    @Test
    void aParticipleThatAndJoinsToAPassiveSharesItsBeAndSubject() {
        assertThat(titles("Olympic wrestling champion Daniel Igali was attacked and robbed on Monday in Lagos."))
                .anySatisfy(t -> assertThat(t).hasValueSatisfying(x -> assertThat(x.text()).isEqualTo(
                        "Olympic wrestling champion Daniel Igali is robbed in Lagos")));
        // a date between the two participles, or after the second, leaves the passive shared
        assertThat(LexiconExamples.titles("Tom Berg was arrested on Monday and charged with murder on Tuesday."))
                .contains("Tom Berg is charged with murder");
        assertThat(LexiconExamples.titles("BP's Macondo well was capped on 15 July and sealed last month.")).contains(
                "BP's Macondo well is sealed");
    }

    @Test
    void aPronounObjectOfASecondVerbIsTheNameTheFirstVerbTook() {
        assertThat(titles("Police arrested John Smith on Monday and charged him with murder on Tuesday."))
                .anySatisfy(t -> assertThat(t).hasValueSatisfying(x -> assertThat(x.text()).isEqualTo(
                        "Police charge John Smith with murder")));
    }

    @Test
    void aPastAfterAPresentSharesItsSubjectButAnAuxiliarysTenseDoesNot() {
        // gave no title, so no event, for the treaty
        assertThat(titles("Ostland and Varnia already cooperate in the fight against terrorism and signed an"
                + " extradition treaty in 1995.")).anySatisfy(t -> assertThat(t).hasValueSatisfying(x -> assertThat(
                x.text()).isEqualTo("Ostland and Varnia sign an extradition treaty")));
        assertThat(LexiconExamples.titles("Norcast, whose company flew Jackson around Ship Island on Wednesday and is"
                + " fielding requests from other media outlets, said so.")).noneMatch(t -> t.contains("field"));
    }

    @Test
    void theObjectOfAPrepositionsGerundHasNoTitle() {
        // "supporters of easing/JJ US sanctions": the gerund's object, nothing that happened; it titled a day's event
        String text = "On Friday US lawmakers, all supporters of easing US sanctions on Cuba, were to depart for"
                + " Havana. The sanctions were imposed in 1962.";
        List<Mention> mentions = Tagger.english().tag(text, Anchor.news(LocalDate.of(2006, 12, 15)));
        AnalyzedText analyzed = LanguageLayer.english().analyze(text);
        List<EventMention> events = EventAnalysis.of(analyzed, mentions).events();
        assertThat(events).extracting(e -> e.token().text()).contains("sanctions");
        assertThat(titles(text)).noneMatch(t -> t.isPresent() && t.get().text().startsWith("Easing"));
    }

    @Test
    void aLengthThatThePredicateTakesStaysInTheTitle() {
        assertThat(LexiconExamples.titles("U.S. officials on Tuesday gave the company's latest effort -- a cap that has"
                + " stopped the leak -- another 24 hours for pressure tests.")).containsExactly(
                        "U.S. officials give the company's latest effort another 24 hours for pressure tests");
        assertThat(LexiconExamples.titles("Maoist rebels on Friday extended their unilateral ceasefire by one month."))
                .containsExactly("Maoist rebels extend their unilateral ceasefire by one month");
        // "of" after it measures a thing (gave "agrees to pay the hospital staff of salary")
        assertThat(LexiconExamples.titles("The Varna city council agreed last Monday to pay the hospital staff two"
                + " months of salary.")).containsExactly(
                        "The Varna city council agrees to pay the hospital staff two months of salary");
        // a length that relates the happening to another is no part of it
        assertThat(LexiconExamples.titles("Pinochet died on Sunday a week after suffering a heart attack."))
                .noneMatch(t -> t.contains("week"));
    }

    @Test
    void aLengthBeforeAfterLeavesTheTitleWithTheClause() {
        assertThat(LexiconExamples.titles("Earlier this month the company's spokeswoman flew into Vietnam from Hong Kong"
                + " just days after a labour group highlighted low pay.")).containsExactly(
                        "The company's spokeswoman flies into Vietnam from Hong Kong");
    }
}
