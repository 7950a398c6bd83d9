package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.timeline.Event;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry of {@code report-nouns.txt} with its example: the release of the cited source makes no chronology
 * event; a release told as a clause of its own does.
 */
class ReportNounsExamplesTest {
    static Stream<Arguments> entries() {
        return LexiconExamples.of("report-nouns.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("entries")
    void theReleaseOfTheCitedSourceIsNoEvent(String noun, String example) {
        assertThat(LexiconExamples.events(example)).extracting(Event::title)
                .as("the release of the %s", noun)
                .noneMatch(t -> t.matches("(?i).*\\b(released|published|issued)\\b.*"));
    }

    @Test
    void aReleaseToldAsAClauseOfItsOwnIsAnEvent() {
        assertThat(LexiconExamples.events("The commission released its final report on Friday."))
                .extracting(Event::title).containsExactly("The commission releases its final report");
    }

    @Test
    void aDateThatBoundsTheDataDatesNoUseOfThem() {
        // "assessed the Mexico epidemic using data to the end of April" gave "late April 2009 — The researchers assess"
        assertThat(LexiconExamples.dated("Velo researchers assessed the Tarn epidemic using data to the end of April."))
                .noneMatch(t -> t.startsWith("2025-04"));
        assertThat(LexiconExamples.dated("Velo researchers assessed the Tarn epidemic using data up to March."))
                .noneMatch(t -> t.startsWith("2025-03"));
        // a date of the verb's own stays
        assertThat(LexiconExamples.dated("Velo researchers assessed the Tarn epidemic at the end of April."))
                .anyMatch(t -> t.startsWith("2025-04"));
    }
}
