package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each entry of {@code toll-verbs.txt} with its example: a toll whose cause a "when" clause gives is told as that cause
 * with the toll after it ("A tram derails in the centre of Lisbon, injuring nine passengers"), not as a bare toll.
 */
class TollVerbsExamplesTest {
    private static final Map<String, String> GERUNDS = Lexicons.secondColumn("toll-verbs.txt");

    static Stream<Arguments> entries() {
        return LexiconExamples.of("toll-verbs.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void theTollIsToldAfterItsCause(String entry, String example) {
        String participle = entry.split("\t")[0];
        assertThat(LexiconExamples.titles(example))
                .anyMatch(t -> t.matches("\\p{Lu}.* \\p{Ll}+s .*, " + GERUNDS.get(participle) + " \\p{Ll}.*"))
                .noneMatch(t -> t.matches(".* (is|are) " + participle + ".*"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            At least 40 people were killed and 200 injured when floods hit southern Somalia on Monday. \
            | Floods hit southern Somalia, killing at least 40 people and injuring 200
            Three policemen were wounded when a roadside bomb exploded in Baghdad on Sunday, police said. \
            | A roadside bomb explodes in Baghdad, wounding three policemen
            """)
    void theTollTakesTheDayOfItsCause(String text, String title) {
        // the day stands in the "when" clause: the toll's own clause has none
        assertThat(LexiconExamples.titles(text)).contains(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            22 people killed | true
            At least five Israelis are killed | true
            22 civilians are killed and 10 wounded | true
            A suspected militant dies | true
            Star dies | true
            15 people lose their lives | true
            A firefighter loses his life | true
            Two miners lose their lives in a blast at Kessel | false
            Kim Il-sung dies | false
            Orvo Danek's mother dies | false
            Sheikh Mujibur Rahman is killed | false
            Two civilians are killed in El-Fasher | false
            A bus falls off a cliff, killing fourteen pilgrims | false
            """)
    void aTollAloneSaysNeitherWhereNorOfWhat(String title, boolean bare) {
        assertThat(Tolls.isBare(title)).isEqualTo(bare);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thirty-eight fowls died last Wednesday, the ministry said.
            Two civilians were killed on Saturday, the African Union said.
            """)
    void aBareTollMakesNoEvent(String text) {
        assertThat(LexiconExamples.titles(text)).isEmpty();
    }

    @Test
    void aNamedPersonsKinDiesNotThePerson() {
        assertThat(LexiconExamples.titles("Orvo Danek's mother died in 1990.")).containsExactly(
                "Orvo Danek's mother dies");
        assertThat(LexiconExamples.titles("Orvo Danek's father was killed in 1944.")).containsExactly(
                "Orvo Danek's father is killed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fourteen pilgrims died on Wednesday when a bus fell off a cliff into a river near Oruro. \
            | A bus falls off a cliff into a river near Oruro, killing fourteen pilgrims
            More than 200 people died when Varna and Kessa were shelled by rebel forces in 1995. \
            | Varna and Kessa are shelled by rebel forces, killing more than 200 people
            """)
    void aTollInDiedIsToldAsKillingAfterItsCause(String text, String title) {
        // a cause that "as" or "after" opens, as "when" does; a named person's death is no toll
        assertThat(LexiconExamples.titles("Three people died on Tuesday after a bus plunged into a river near Tarvik."))
                .containsExactly("A bus plunges into a river near Tarvik, killing three people");
        assertThat(LexiconExamples.titles("Three women were killed after lightning struck late Tuesday in the state of"
                + " Kessa.")).containsExactly("Lightning strikes in the state of Kessa, killing three women");
        assertThat(LexiconExamples.titles("Ivo Puskas died on Friday after a long battle with Alzheimer's."))
                .noneMatch(t -> t.contains("killing"));
        // a participle that modifies the cause's subject stands between "when" and the cause's verb
        assertThat(LexiconExamples.titles("Twelve soldiers died on Sunday when a minibus carrying 31 people fell into"
                + " a river near Talca.")).containsExactly("A minibus carrying 31 people falls into a river near Talca,"
                + " killing twelve soldiers");
        // "died" is no participle of toll-verbs.txt: alone, "Fourteen pilgrims die" said nothing of what happened
        assertThat(LexiconExamples.titles(text)).containsExactly(title);
    }
}
