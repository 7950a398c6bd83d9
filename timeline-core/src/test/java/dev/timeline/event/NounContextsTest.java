package dev.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.tag.Anchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.Tagger;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.LanguageLayer;
import dev.timeline.text.Token;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Where raw news puts a noun: after a temporal preposition, next to a date, before a verb of occurrence. */
class NounContextsTest {
    private static boolean eventContext(String sentence, String noun) {
        AnalyzedText a = LanguageLayer.english().analyze(sentence);
        List<Mention> timexes = Tagger.english().tag(sentence, Anchor.none());
        Token t = a.tokens().stream().filter(k -> k.text().equals(noun)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no token '" + noun + "' in " + a.tokens()));
        return NounContexts.eventContext(a.tokens(), a.sentenceOf(t), t.index(),
                EventRecognizer.coveredByTimexes(a, timexes));
    }

    @Test
    void aNounAfterATemporalPrepositionStandsWhereHappeningsGo() {
        assertThat(eventContext("The guests went home after the long ceremony.", "ceremony")).isTrue();
    }

    @Test
    void aheadOfCountsAsTemporal() {
        assertThat(eventContext("Police closed the roads ahead of the summit.", "summit")).isTrue();
    }

    @Test
    void aNounWithADateBeforeItStandsWhereHappeningsGo() {
        assertThat(eventContext("Tuesday's raid left three people hurt.", "raid")).isTrue();
    }

    @Test
    void aNounWithADateAfterItStandsWhereHappeningsGo() {
        assertThat(eventContext("The parade on Sunday drew large crowds.", "parade")).isTrue();
    }

    @Test
    void aNounBeforeAVerbOfOccurrenceStandsWhereHappeningsGo() {
        assertThat(eventContext("The march took place without incident.", "march")).isTrue();
    }

    @Test
    void aNounOfThingsDoesNot() {
        assertThat(eventContext("The farmer painted his barn red.", "barn")).isFalse();
    }

    @Test
    void aModifierNounIsNotTheHeadOfItsPhrase() {
        assertThat(eventContext("They met after the peace talks.", "peace")).isFalse();
    }

    @Test
    void theShareOfEventContextsFallsInAClassAndRareNounsHaveNone() {
        NounContexts.Counter counter = new NounContexts.Counter();
        String text = String.join(" ", Collections.nCopies(5,
                "Fans left after the concert. The concert was loud. The fans sang."));
        counter.add(LanguageLayer.english().analyze(text), Tagger.english().tag(text, Anchor.none()));
        NounContexts counts = counter.build();
        assertThat(counts.bucket("concert")).isEqualTo("7"); // half of its occurrences
        assertThat(counts.bucket("fan")).isEqualTo("0");
        assertThat(counts.bucket("stadium")).isEqualTo("?");
        assertThat(counts.format()).contains("concert\t10\t5\n");
    }

    @Test
    void theShippedCountsTellNounsThatOftenNameAHappeningFromPlacesAndThings() {
        assertThat(CommonNouns.oftenAHappening("massacre")).isTrue();
        assertThat(CommonNouns.oftenAHappening("coup")).isTrue();
        assertThat(CommonNouns.oftenAHappening("village")).isFalse();
        assertThat(CommonNouns.oftenAHappening("restaurant")).isFalse(); // "at a restaurant on Friday"
        assertThat(CommonNouns.oftenAHappening("no-such-noun")).isFalse();
    }
}
