package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.timeline.Event;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each entry of {@code not-happenings.txt}, {@code level-verbs.txt}, {@code scheduling-verbs.txt}, {@code
 * statistic-verbs.txt}, {@code flow-verbs.txt}, {@code response-verbs.txt} and {@code descriptive-participles.txt}
 * with its example: the example makes no chronology event of its verb; each of {@code mood-nouns.txt}, {@code
 * trading-session-phrases.txt}, {@code calendar-periods.txt}, {@code holding-verbs.txt}, {@code idioms.txt}, {@code
 * no-act-verbs.txt}, {@code calling-off-verbs.txt} and {@code talk-nouns.txt}: its example makes no event at all;
 * each of {@code anaphoric-nouns.txt}: its example makes no event titled "The" and the noun; each of {@code
 * complement-nouns.txt} and {@code complement-verbs.txt}: its example makes no event whose title ends on the noun or
 * the verb.
 */
class NotHappeningsExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("not-happenings.txt", "level-verbs.txt", "scheduling-verbs.txt",
                "statistic-verbs.txt", "flow-verbs.txt", "response-verbs.txt", "descriptive-participles.txt");
    }

    static Stream<Arguments> anaphoricNouns() {
        return LexiconExamples.of("anaphoric-nouns.txt");
    }

    static Stream<Arguments> complementNouns() {
        return LexiconExamples.of("complement-nouns.txt");
    }

    static Stream<Arguments> complementVerbs() {
        return LexiconExamples.of("complement-verbs.txt");
    }

    static Stream<Arguments> talkNouns() {
        return LexiconExamples.of("talk-nouns.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("talkNouns")
    void theExampleOfATalkNounMakesNoEvent(String noun, String example) {
        assertThat(LexiconExamples.events(example)).isEmpty();
    }

    static Stream<Arguments> moods() {
        return LexiconExamples.of("mood-nouns.txt", "trading-session-phrases.txt", "calendar-periods.txt",
                "holding-verbs.txt", "idioms.txt", "no-act-verbs.txt", "calling-off-verbs.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void theExampleMakesNoEventOfItsVerb(String lemma, String example) {
        assertThat(LexiconExamples.events(example))
                .extracting(Event::title).noneMatch(t -> (" " + t.toLowerCase(java.util.Locale.ROOT)).contains(" "
                        + lemma.substring(0, Math.min(lemma.length(), 4))));
    }

    @Test
    void aVerbsParticleBeforeADaysPossessiveIsStillItsParticle() {
        // "on today's" is no date between the verb and its particle: "touch on" stays a verb of speech
        assertThat(LexiconExamples.titles("Tam Rell touched on Tuesday's budget vote in an interview on Tuesday."))
                .noneMatch(t -> t.contains("touch"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("moods")
    void theExampleOfAMoodMakesNoEvent(String noun, String example) {
        assertThat(LexiconExamples.events(example)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("anaphoricNouns")
    void theExampleOfAnAnaphoricNounMakesNoEventTitledByIt(String noun, String example) {
        assertThat(LexiconExamples.events(example))
                .extracting(Event::title).noneMatch(t -> t.toLowerCase(java.util.Locale.ROOT).startsWith("the "
                        + noun));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("complementNouns")
    void theExampleOfAComplementNounMakesNoEventThatEndsOnIt(String noun, String example) {
        assertThat(LexiconExamples.events(example))
                .extracting(Event::title).noneMatch(t -> t.toLowerCase(java.util.Locale.ROOT).endsWith(noun));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("complementVerbs")
    void theExampleOfAComplementVerbMakesNoEventThatEndsOnIt(String lemma, String example) {
        String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
        assertThat(LexiconExamples.titles(example)).noneMatch(t -> t.substring(t.lastIndexOf(' ') + 1)
                .toLowerCase(java.util.Locale.ROOT).startsWith(stem));
    }
}
