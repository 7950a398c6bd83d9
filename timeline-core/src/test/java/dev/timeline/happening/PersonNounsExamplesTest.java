package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.timeline.Event;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry of {@code person-nouns.txt} with its example, in a story that names its main person twice before it:
 * "the" and the noun as a whole subject is that person.
 */
class PersonNounsExamplesTest {
    private static final String STORY = "Michael Jackson rehearsed in London in May. Fans greeted Michael Jackson"
            + " at the airport in May. ";

    static Stream<Arguments> entries() {
        return LexiconExamples.of("person-nouns.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void theNounAsASubjectIsTheStorysMainPerson(String noun, String example) {
        assertThat(LexiconExamples.events(STORY + example)).extracting(Event::title)
                .as("the %s", noun)
                .anyMatch(t -> t.startsWith("Michael Jackson") && !t.contains("rehearses") && !t.contains("greet"))
                .noneMatch(t -> t.toLowerCase(java.util.Locale.ROOT).startsWith("the " + noun));
    }

    @Test
    void anotherPersonNamedLastKeepsTheNoun() {
        assertThat(LexiconExamples.events(STORY + "Fans met Janet Jackson in June. The singer died on June 25 at"
                + " home.")).extracting(Event::title).noneMatch(t -> t.startsWith("Michael Jackson dies"));
    }
}
