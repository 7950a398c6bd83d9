package dev.timeline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Written on a Sunday, "last week" is the week just ending and "this week" still to come the week that starts
 * tomorrow, as a Sunday paper counts its weeks; on other days the calendar's weeks stand. Sunday 11 July 2010 lies in
 * ISO week 27.
 */
class SundayWeeksTest {
    private static final Tagger TAGGER = Tagger.builder().strict(true).build();

    private static String value(String text, LocalDate dct) {
        return TAGGER.tag(text, Anchor.news(dct)).stream().filter(m -> m.text().contains("week")).findFirst()
                .orElseThrow().value();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The former dictator was placed under house arrest last week.  | 2010-W27
            The issue is to be probed this week in a new round of hearings. | 2010-W28
            Congressional hearings that are starting this week will ask why. | 2010-W28
            This week the market fell by a tenth.                         | 2010-W27
            The tenor of this week's meeting, which could roll over targets, was calm. | 2010-W27
            The talks will resume next week.                              | 2010-W28
            """)
    void onASundayTheWeeksAreThoseOfASundayPaper(String text, String expected) {
        assertThat(value(text, LocalDate.of(2010, 7, 11))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The former dictator was placed under house arrest last week.  | 2010-W26
            The issue is to be probed this week in a new round of hearings. | 2010-W27
            """)
    void onASaturdayTheCalendarsWeeksStand(String text, String expected) {
        assertThat(value(text, LocalDate.of(2010, 7, 10))).isEqualTo(expected);
    }
}
