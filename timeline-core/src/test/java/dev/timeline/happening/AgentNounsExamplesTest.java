package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.timeline.Event;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry of {@code agent-nouns.txt} with its example: no title is the noun's phrase without who does it; the
 * named subject of the clause the phrase stands in is who does it.
 */
class AgentNounsExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("agent-nouns.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void noTitleIsTheNounPhraseWithoutWhoDoesIt(String noun, String example) {
        assertThat(LexiconExamples.events(example)).extracting(Event::title)
                .as("the %s without who", noun)
                .noneMatch(t -> t.toLowerCase(Locale.ROOT).matches("([a-z-]+ ){0,3}" + noun + "\\b.*")
                        && !t.contains("'s ") && !t.contains("\u2019s "));
    }

    @Test
    void theNamedSubjectOfTheClauseDoesIt() {
        assertThat(LexiconExamples.events("Newt Gingrich told reporters during a visit to China on Monday that the"
                + " talks had gone well.")).extracting(Event::title).contains("Newt Gingrich's visit to China");
    }

    @Test
    void anotherOwnersHappeningOrAnInfinitivesIsNotTheSubjects() {
        assertThat(LexiconExamples.events("US Energy Secretary Samuel Bodman urged OPEC on Saturday to raise output at"
                + " its next meeting on Monday.")).extracting(Event::title).noneMatch(t -> t.contains("Bodman's"));
        assertThat(LexiconExamples.events("Samuel Bodman urged OPEC on Saturday to raise output during talks with"
                + " producers on Monday.")).extracting(Event::title).noneMatch(t -> t.contains("Bodman's"));
    }

    @Test
    void aNameBeforeTheNounSaysWho() {
        assertThat(LexiconExamples.events("Markets fell sharply ahead of the OPEC meeting in Vienna on Monday."))
                .extracting(Event::title).contains("OPEC meets in Vienna");
    }
}
