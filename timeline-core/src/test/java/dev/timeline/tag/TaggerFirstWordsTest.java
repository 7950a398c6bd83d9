package dev.timeline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words with no temporal class of their own that open an expression, one sentence each: the engine asks the rules
 * only at the words it lists ({@code Engine.word}), so a first word missing from its list would go untagged here.
 * Against a news DCT of Thursday 2 November 1989.
 */
class TaggerFirstWordsTest {
    private static final Tagger TAGGER = Tagger.builder().strict(true).build();
    private static final Anchor DCT = Anchor.news(LocalDate.of(1989, 11, 2));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Sales rose 5% in fiscal 1989.                                        | fiscal 1989 DATE 1989
            Sales in Q3 1989 rose.                                               | Q3 1989 DATE 1989-Q3
            Profit in the third quarter rose from the corresponding period last year. | the corresponding period last year DATE 1988-Q3
            Profit in the third quarter fell from the comparable quarter.        | the comparable quarter DATE 1989-Q3
            Music of the nineties returned.                                      | the nineties DATE 199
            They met on Christmas Eve.                                           | Christmas Eve DATE 1988-12-24
            Children dressed up for Halloween.                                   | Halloween DATE 1989-10-31
            Prices rose before Thanksgiving.                                     | Thanksgiving DATE 1989-11-23
            He will preach on Easter Sunday.                                     | Easter Sunday DATE 1990-04-15
            The shops closed on Good Friday.                                     | Good Friday DATE 1989-03-24
            Turnout was low on Election Day.                                     | Election Day DATE 1989-11-07
            They will meet on New Year's Day.                                    | New Year's Day DATE 1990-01-01
            He left a year ago.                                                  | a year ago DATE 1988
            They talked for an hour.                                             | an hour DURATION PT1H
            He waited half an hour.                                              | half an hour DURATION PT30M
            The board meets every week.                                          | every week SET P1W
            Prices are set each July.                                            | each July SET XXXX-07
            Rents rose 5% per year.                                              | per year SET P1Y
            He visits once a month.                                              | once a month SET P1M
            They meet twice a year.                                              | twice a year SET P1Y
            The magazine appears thrice a year.                                  | thrice a year SET P1Y
            Prices may fall in the near term.                                    | the near term DATE FUTURE_REF
            He sold to placate some holders in the short term.                   | the short term DATE FUTURE_REF
            Stocks should rise over the long term.                               | the long term DATE FUTURE_REF
            They seem to hurt market makers more these days.                     | these days DATE PRESENT_REF
            It will be financed with debt at a later date.                       | a later date DATE FUTURE_REF
            They should liquidate the company as soon as possible.               | as soon as possible DATE FUTURE_REF
            """)
    void eachListedWordReachesItsRule(String text, String mention) {
        List<String> tagged = TAGGER.tag(text, DCT).stream().map(m -> m.text() + " " + m.type() + " " + m.value())
                .toList();
        assertThat(tagged).contains(mention);
    }
}
