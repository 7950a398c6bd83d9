package dev.timeline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Temporal references carried by idioms, holidays and names rather than by calendar words, one sentence each, against
 * a news DCT of Thursday 2 November 1989 unless a test says otherwise.
 */
class TaggerLexicalReferencesTest {
    private static final Tagger TAGGER = Tagger.builder().strict(true).build();
    private static final Anchor DCT = Anchor.news(LocalDate.of(1989, 11, 2));

    private static List<String> tagged(String text, Anchor anchor) {
        return TAGGER.tag(text, anchor).stream().map(m -> m.text() + " " + m.type() + " " + m.value()).toList();
    }

    private static List<String> expected(String list) {
        return list.isEmpty() ? List.of() : List.of(list.split(", "));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Prices may fall in the near term.                        | the near term DATE FUTURE_REF
            He sold to placate some holders in the short term.       | the short term DATE FUTURE_REF
            We don't minimize the challenges of the near term.       | the near term DATE FUTURE_REF
            Stocks should rise over the long term, he said.          | the long term DATE FUTURE_REF
            We want to build on the long-term partnership.           | ''
            The near-term outlook is poor.                           | ''
            The term ends soon.                                      | ''
            They seem to hurt market makers more these days.         | these days DATE PRESENT_REF
            These days, few people write letters.                    | These days DATE PRESENT_REF
            One of these days he will retire.                        | ''
            They will have to live without it for a while.           | ''
            He ran a while ago.                                      | ''
            His mother died at sea while trying to flee.             | ''
            They should liquidate the company as soon as possible.   | as soon as possible DATE FUTURE_REF
            He left as soon as he could.                             | ''
            It will be financed with debt at a later date.           | a later date DATE FUTURE_REF
            The later date suits him.                                | ''
            Funds may sell bonds in the weeks ahead.                 | the weeks ahead DURATION PXW
            The months ahead will be hard.                           | The months ahead DURATION PXM
            The road ahead is long.                                  | ''
            In the past, Russia has often claimed the fleet.         | the past DATE PAST_REF
            They report crimes more accurately than they have in the past. | the past DATE PAST_REF
            The past-due loans rose.                                 | ''
            Maybank led the fall in banking stocks.                  | ''
            It came after the fall of Saddam Hussein.                | ''
            The fall from grace was swift.                           | ''
            The plant opened in the fall of 1990.                    | the fall of 1990 DATE 1990-FA
            The fall in prices came in the fall of 1988.             | the fall of 1988 DATE 1988-FA
            Envoy Francois Lonseny Fall will attend the talks.       | ''
            Prices Rose In Summer 1988.                              | Summer 1988 DATE 1988-SU
            """)
    void vagueReferencesFixedByIdiom(String text, String mentions) {
        assertThat(tagged(text, DCT)).containsExactlyElementsOf(expected(mentions));
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Protesters prayed as Easter week began.                  | 2000-04-17 | Easter week DATE 2000-W16
            The Pope will say Mass on Easter.                        | 2000-04-17 | Easter DATE 2000-04-23
            Crowds gathered on Easter Sunday.                        | 2000-04-17 | Easter Sunday DATE 2000-04-23
            Banks close on Easter Monday.                            | 2000-04-17 | Easter Monday DATE 2000-04-24
            Shops close on Good Friday.                              | 2000-04-17 | Good Friday DATE 2000-04-21
            He visited the church at Easter.                         | 1989-11-02 | Easter DATE 1989-03-26
            The Good Friday agreement held.                          | 2000-04-17 | ''
            Tourists flew to Easter Island.                          | 2000-04-17 | ''
            The children hunted Easter eggs.                         | 2000-04-17 | ''
            Orthodox Easter is celebrated by millions.               | 2000-04-17 | ''
            It will be a theme of our campaign from now to Election Day. | 1998-10-26 | Election Day DATE 1998-11-03
            Voters go to the polls on Election Day.                  | 1989-11-02 | Election Day DATE 1989-11-07
            Turnout on Election Day was low.                         | 2025-01-10 | Election Day DATE 2024-11-05
            The election day was sunny.                              | 1989-11-02 | ''
            A pupil who visited Vallis at Easter fell ill.           | 2026-03-05 | Easter DATE 2025-04-20
            A pupil who will visit Vallis at Easter fell ill.        | 2026-03-05 | Easter DATE 2026-04-05
            """)
    void movableHolidaysTakeTheNearestYear(String text, LocalDate dct, String mentions) {
        assertThat(tagged(text, Anchor.news(dct))).containsExactlyElementsOf(expected(mentions));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Baker, speaking on ABC News' "This Week," said the request was legal.  | ~~
            Baker said on ABC-TV's "This Week With David Brinkley" that it worked. | ~~
            Gonzalez said on CBS's ''60 Minutes.'' He was upset.                   | ~~
            He showed a picture from the film ``High Noon.''                        | ~~
            Rallies in the ``Spring of Life'' campaign began in 1992.               | 1992 DATE 1992
            For the people of Poland, high noon comes today.                        | today DATE 1989-11-02
            This is VOA Today.                                                      | ~~
            He told USA Today the plan was dead.                                    | ~~
            Protests spread across the region during the Arab Spring.               | ~~
            After the failed 1968 Velvet Spring, Novak fled to Austria.            | 1968 DATE 1968
            Operation Winter Shield delivered blankets to the highlands.            | ~~
            Relief group Summer Light delivered food to Dessa.                      | ~~
            The Autumn Harvest festival opened in Vallis.                           | ~~
            Skiers arrived for the Winter Olympics.                                 | ~~
            Prices rose in Summer 2019.                                             | Summer 2019 DATE 2019-SU
            Tokyo Prices Rise in the Cold Winter                                    | Winter DATE 1989-WI
            This week, the company paid $10.                                        | This week DATE 1989-W44
            "This week is crucial," he said.                                        | This week DATE 1989-W44
            "Today, we start over," he said.                                        | Today DATE 1989-11-02
            "Tomorrow," he said.                                                    | Tomorrow DATE 1989-11-03
            Clinton to Visit Today                                                  | Today DATE 1989-11-02
            The vote is at noon.                                                    | noon TIME 1989-11-02T12:00
            The hearing is adjourned until 12 noon.                                 | 12 noon TIME 1989-11-02T12:00
            The truce starts at 12 midnight.                                        | 12 midnight TIME 1989-11-02T24:00
            """)
    void titlesAndNamesAreNotTimeExpressions(String text, String mentions) {
        assertThat(tagged(text, DCT)).containsExactlyElementsOf(expected(mentions));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The case is for today's youth what the blockade was.      | ''
            Barriers fall only to mothers in today's world.           | ''
            The chips run many of today's personal computers.         | ''
            Tomorrow's children will pay the debt.                    | ''
            The offer was advertised in today's editions.             | today DATE 1989-11-02
            Now for today's geography quiz.                           | today DATE 1989-11-02
            Tomorrow's vote has international implications.           | Tomorrow DATE 1989-11-03
            Shareholders responded coolly to yesterday's announcement. | yesterday DATE 1989-11-01
            """)
    void todaysBeforeAGenericNounIsNotTheDay(String text, String mentions) {
        assertThat(tagged(text, DCT)).containsExactlyElementsOf(expected(mentions));
    }
}
