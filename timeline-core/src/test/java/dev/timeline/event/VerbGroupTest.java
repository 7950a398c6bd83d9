package dev.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.text.AnalyzedText;
import dev.timeline.text.LanguageLayer;
import dev.timeline.text.Token;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tense, aspect, polarity and modality as the TimeML guidelines give them for a verb group (and as the TimeBank and
 * AQUAINT annotation carries them): the auxiliaries decide the tense, a modal leaves it NONE, "to" makes it
 * INFINITIVE.
 */
class VerbGroupTest {
    private static VerbGroup group(String sentence, String word) {
        AnalyzedText a = LanguageLayer.english().analyze(sentence);
        Token t = a.tokens().stream().filter(k -> k.text().equals(word)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no token '" + word + "' in " + a.tokens()));
        return VerbGroup.of(a, t);
    }

    private static VerbGroup expected(Tense tense, Aspect aspect, Polarity polarity) {
        return new VerbGroup(tense, aspect, polarity, Optional.empty());
    }

    @Test
    void willMakesTheFuture() {
        assertThat(group("The minister will visit Paris next week.", "visit"))
                .isEqualTo(expected(Tense.FUTURE, Aspect.NONE, Polarity.POS));
    }

    @Test
    void aMonthOrANameSpelledAsAModalIsNone() {
        assertThat(group("Norlandia in May signed a trade deal.", "signed"))
                .isEqualTo(expected(Tense.PAST, Aspect.NONE, Polarity.POS));
        // in lower case it is the modal
        assertThat(group("Norlandia may sign a trade deal in May.", "sign").modality()).isPresent();
    }

    @Test
    void aContractedWillMakesTheFuture() {
        assertThat(group("She'll visit Paris.", "visit")).isEqualTo(expected(Tense.FUTURE, Aspect.NONE, Polarity.POS));
    }

    @Test
    void hasWithAParticipleIsPresentPerfective() {
        assertThat(group("He has visited Rome twice.", "visited"))
                .isEqualTo(expected(Tense.PRESENT, Aspect.PERFECTIVE, Polarity.POS));
    }

    @Test
    void hadWithAParticipleIsPastPerfective() {
        assertThat(group("By then the rebels had seized the town.", "seized"))
                .isEqualTo(expected(Tense.PAST, Aspect.PERFECTIVE, Polarity.POS));
    }

    @Test
    void aContractedHaveIsPresentPerfective() {
        assertThat(group("They've visited Rome twice.", "visited"))
                .isEqualTo(expected(Tense.PRESENT, Aspect.PERFECTIVE, Polarity.POS));
    }

    @Test
    void didNotIsPastAndNegated() {
        assertThat(group("She did not attend the meeting.", "attend"))
                .isEqualTo(expected(Tense.PAST, Aspect.NONE, Polarity.NEG));
    }

    @Test
    void cannotIsAModalAndNegated() {
        assertThat(group("Kessa Steel cannot deliver the rails on Monday.", "deliver"))
                .isEqualTo(new VerbGroup(Tense.NONE, Aspect.NONE, Polarity.NEG, Modality.of("can")));
    }

    @Test
    void aContractedNegationNegates() {
        assertThat(group("She didn't attend the meeting.", "attend"))
                .isEqualTo(expected(Tense.PAST, Aspect.NONE, Polarity.NEG));
    }

    @Test
    void wontIsFutureAndNegated() {
        assertThat(group("We won't attend the meeting.", "attend"))
                .isEqualTo(expected(Tense.FUTURE, Aspect.NONE, Polarity.NEG));
    }

    @Test
    void aModalGivesItsModalityAndNoTense() {
        assertThat(group("They may attend the talks.", "attend"))
                .isEqualTo(new VerbGroup(Tense.NONE, Aspect.NONE, Polarity.POS, Optional.of(Modality.MAY)));
    }

    @Test
    void aModalBeforeHaveKeepsThePerfectiveAspectAndTheNegation() {
        assertThat(group("They could not have known it.", "known"))
                .isEqualTo(new VerbGroup(Tense.NONE, Aspect.PERFECTIVE, Polarity.NEG, Optional.of(Modality.COULD)));
    }

    @Test
    void aContractedWouldIsTheModalWould() {
        assertThat(group("He said he'd resign.", "resign"))
                .isEqualTo(new VerbGroup(Tense.NONE, Aspect.NONE, Polarity.POS, Optional.of(Modality.WOULD)));
    }

    @Test
    void toMakesTheInfinitive() {
        assertThat(group("He wants to attend the summit.", "attend"))
                .isEqualTo(expected(Tense.INFINITIVE, Aspect.NONE, Polarity.POS));
    }

    @Test
    void beWithAGerundIsProgressive() {
        assertThat(group("The army is shelling the city.", "shelling"))
                .isEqualTo(expected(Tense.PRESENT, Aspect.PROGRESSIVE, Polarity.POS));
    }

    @Test
    void hadBeenWithAGerundIsPastPerfectiveProgressive() {
        assertThat(group("Workers had been waiting for hours.", "waiting"))
                .isEqualTo(expected(Tense.PAST, Aspect.PERFECTIVE_PROGRESSIVE, Polarity.POS));
    }

    @Test
    void aPassiveTakesTheTenseOfBe() {
        assertThat(group("The bridge was built in 1990.", "built"))
                .isEqualTo(expected(Tense.PAST, Aspect.NONE, Polarity.POS));
    }

    @Test
    void aProgressivePassiveIsProgressive() {
        // "is being built": the guidelines' PRESENT PROGRESSIVE, as TimeBank marks "is being structured"
        assertThat(group("The bridge is being built by a local firm.", "built"))
                .isEqualTo(expected(Tense.PRESENT, Aspect.PROGRESSIVE, Polarity.POS));
        assertThat(group("The prisoners were being moved at night.", "moved"))
                .isEqualTo(expected(Tense.PAST, Aspect.PROGRESSIVE, Polarity.POS));
    }

    @Test
    void aVerbAloneTakesItsTenseFromItsForm() {
        assertThat(group("The talks collapsed.", "collapsed")).isEqualTo(expected(Tense.PAST, Aspect.NONE,
                Polarity.POS));
        assertThat(group("She studies the plan.", "studies")).isEqualTo(expected(Tense.PRESENT, Aspect.NONE,
                Polarity.POS));
    }

    @Test
    void aNounHasNoTenseButNoBeforeItNegatesIt() {
        assertThat(group("The explosion shook the town.", "explosion"))
                .isEqualTo(expected(Tense.NONE, Aspect.NONE, Polarity.POS));
        assertThat(group("There was no attack on the town.", "attack"))
                .isEqualTo(expected(Tense.NONE, Aspect.NONE, Polarity.NEG));
    }

    @Test
    void theGroupEndsAtTheFirstWordThatIsNoAuxiliary() {
        // "not" belongs to "attend"; "said" has its own group and is asserted
        assertThat(group("Officials who did not attend said the talks failed.", "said"))
                .isEqualTo(expected(Tense.PAST, Aspect.NONE, Polarity.POS));
    }

    @Test
    void theGroupDoesNotReachIntoThePreviousSentence() {
        assertThat(group("They will not. Attend the meeting.", "Attend").polarity()).isEqualTo(Polarity.POS);
    }
}
