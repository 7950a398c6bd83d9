package dev.timeline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The TimeML conventions of news text the tagger follows, one sentence each, against a news DCT of Thursday 2 November
 * 1989 (the time of the Wall Street Journal part of TimeBank).
 */
class TaggerNewsConventionsTest {
    private static final Tagger TAGGER = Tagger.builder().strict(true).build();
    private static final Anchor DCT = Anchor.news(LocalDate.of(1989, 11, 2));

    private static Mention find(String text, String expression) {
        List<Mention> found = TAGGER.tag(text, DCT);
        assertThat(found).extracting(Mention::text).as("mentions in %s", text).contains(expression);
        return found.stream().filter(m -> m.text().equals(expression)).findFirst().orElseThrow();
    }

    /** Asserts the mentions of {@code text} as "text value" pairs, separated by "; " in {@code expected}. */
    private static void assertMentions(String text, String expected) {
        assertThat(TAGGER.tag(text, DCT)).extracting(m -> m.text() + " " + m.value()).as("mentions in %s", text)
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected.split("; ")));
    }

    private static Mention only(String text) {
        List<Mention> found = TAGGER.tag(text, DCT);
        assertThat(found).as("mentions in %s", text).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0} -> {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Sales for the year rose 13%.                              | the year                | DATE     | 1989
            Sales for the full year were $6.6 billion.                | the full year           | DATE     | 1989
            Earnings will be lower for the fiscal year.               | the fiscal year         | DATE     | 1989
            Sales in the year ended Sept. 30 rose.                    | the year                | DURATION | P1Y
            Profit should rise throughout the fiscal year.            | the fiscal year         | DURATION | P1Y
            It expects higher sales in the current fiscal year.       | the current fiscal year | DATE     | 1989
            It had $6 billion in sales in the latest fiscal year.     | the latest fiscal year  | DATE     | 1988
            Next fiscal year looks better.                            | Next fiscal year        | DATE     | 1990
            He promised to halve unemployment by the year two thousand. | the year two thousand | DATE     | 2000
            Hate groups shrank through the nineties.                  | the nineties            | DATE     | 199
            Prices peaked in the late eighties.                       | the late eighties       | DATE     | 198
            Wars shaped the past century.                             | the past century        | DURATION | P100Y
            It ended a decades-long battle.                           | decades-long            | DURATION | PXY
            The region was ruled from Moscow for centuries.           | centuries               | DURATION | PXY
            The feud lasted two decades.                              | two decades             | DURATION | P20Y
            """)
    void namedPeriods(String text, String expression, TimexType type, String value) {
        Mention m = find(text, expression);
        assertThat(m.type()).isEqualTo(type);
        assertThat(m.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            It would be a second betrayal.             | ''
            A second group of directors sued.          | ''
            He paused for a second.                    | a second PT1S
            A second later the wall fell.              | A second PT1S
            Islam will one day be the largest faith.   | one day FUTURE_REF
            He hopes he one day follows his father.    | one day FUTURE_REF
            The strike lasted one day.                 | one day P1D
            He won a second full term.                 | ''
            The 30-second ad ran.                      | 30-second PT30S
            """)
    void secondAndOneDayAreAmountsOnlyWhenTheyMeasure(String text, String expected) {
        assertMentions(text, expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            He will leave at 4 in the morning, Castro said.          | 4 in the morning 1989-11-02T04:00
            By mid afternoon, sources were saying it.                | mid afternoon 1989-11-02TAF
            At mid-afternoon yesterday, shares were up.              | mid-afternoon yesterday 1989-11-01TAF
            Shares fell Friday. Dealers bought heavily in the morning. | Friday 1989-10-27; the morning 1989-10-27TMO
            He jogs in the morning to stay fit.                      | ''
            The dollar rose from Tuesday's 5 p.m. level.             | Tuesday 1989-10-31; 5 p.m. 1989-10-31T17:00
            The dollar rose from 5 p.m. levels.                      | 5 p.m. 1989-11-02T17:00
            """)
    void partsOfTheDayBelongToTheDayUnderDiscussion(String text, String expected) {
        assertMentions(text, expected);
    }

    @Test
    void aYearEarlierIsTheQuarterOrTheYearSoFarUnderReport() {
        String text = "Third-quarter net rose 5% from a year earlier. In the first nine months, net rose 9% from a year"
                + " earlier, and the 1988 period included a gain. In the quarter, sales rose 3% from a year earlier.";
        assertThat(TAGGER.tag(text, DCT)).extracting(m -> m.text() + " " + m.value()).containsExactly(
                "Third-quarter 1989-Q3", "a year earlier 1988-Q3", "the first nine months P9M",
                "a year earlier 1988", "the 1988 period 1988", "the quarter 1989-Q3", "a year earlier 1988-Q3");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            She will be named commander for a mission in April.      | 1990-04
            She was named commander for a mission in April.          | 1989-04
            She paid an official visit to Iran in July.              | 1989-07
            """)
    void aParticipleAfterWillBeLooksAhead(String text, String value) {
        assertThat(only(text).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Flights leave on Monday and Tuesday nights.                 | Monday XXXX-WXX-1TNI; Tuesday nights XXXX-WXX-2TNI
            Sales rose in the first two quarters of 1990.               | the first two quarters of 1990 1990-H1
            Sales will fall in the last half of 1989.                   | the last half of 1989 1989-H2
            The bomb went off at 10:35 a.m. (0735 GMT) Tuesday.         | 10:35 a.m. 1989-10-31T10:35; Tuesday 1989-10-31
            The bomb went off at 10:35 a.m. on Tuesday.                 | 10:35 a.m. 1989-10-31T10:35; Tuesday 1989-10-31
            The bomb went off at 8:25 am (0525 GMT) Oct. 17.            | 8:25 am 1989-10-17T08:25; Oct. 17 1989-10-17
            He left at 5:30 p.m. Manila time on Tuesday. | 5:30 p.m. Manila time 1989-10-31T17:30; Tuesday 1989-10-31
            The rig exploded at about 10 p.m. on Oct. 20.               | about 10 p.m. 1989-10-20T22:00; Oct. 20 1989-10-20
            The ministry changed its advice at 11pm on 20 October.      | 11pm 1989-10-20T23:00; 20 October 1989-10-20
            The council adopted resolution 1701 on Friday.              | Friday 1989-10-27
            The spacewalk began at 1925 GMT on Friday.                  | Friday 1989-10-27
            The workers used the discount in December.                  | December 1988-12
            A hearing is set for the week of Nov. 6.                    | the week of Nov. 6 1989-W45
            He spoke the day before last Tuesday.                       | the day before last Tuesday 1989-10-30
            Stocks fell Friday, Oct. 27. Traders recalled the previous Friday. | Friday, Oct. 27 1989-10-27; the previous Friday 1989-10-20
            For the week, the index fell 3%.                            | the week 1989-W44
            The week's gains were large.                                | The week 1989-W44
            Bonds paid the then-current rate.                           | then-current PAST_REF
            In March, the first of the new plants.                      | March 1989-03
            Over the next couple of years, prices will rise.            | the next couple of years P2Y
            Earnings rose, up from seven cents a year ago.              | a year ago 1988
            The service runs three buses a day.                         | ''
            Polls are held in the second and fourth quarters.           | the second XXXX-Q2; fourth quarters XXXX-Q4
            Eight trading days later, stocks fell.                      | Eight trading days P8D
            Sales in the latest period rose.                            | the latest period 1989-Q3
            In the second quarter sales fell; that quarter was weak.    | the second quarter 1989-Q2; that quarter 1989-Q2
            They left their third day-long meeting.                     | day-long P1D
            India won a day-night match on a day-to-day basis.          | ''
            Prices rose on a year-on-year basis after a week-long rally. | a week P1W
            The official said the March accession will go ahead.        | March 1989-03
            The March of Dimes raised money.                            | ''
            He was shot last Oct. 23 at his home.                       | Oct. 23 1989-10-23
            The summit was held on December 30 in Libreville.           | December 30 1988-12-30
            The council agreed to meet on December 30.                  | December 30 1989-12-30
            The council met on November 6.                              | November 6 1989-11-06
            Now, he says, it looks bad.                                 | ''
            Profit rose in Q3 2025 and fell in H1 2024.                 | Q3 2025 2025-Q3; H1 2024 2024-H1
            The FY2025 budget passed; FY89 ended.                       | FY2025 2025; FY89 1989
            Sales fell in March. Q4 sales will rise.                    | March 1989-03; Q4 1989-Q4
            He left this past weekend.                                  | this past weekend 1989-W43-WE
            He left this past weekend; that day it rained at noon.      | this past weekend 1989-W43-WE; noon 1989-11-02T12:00
            It rained this past spring and this past Sunday.            | this past spring 1989-SP; this past Sunday 1989-10-29
            Earlier in the day, the minister visited a school.          | Earlier in the day 1989-11-02
            This afternoon at 3:30, the army seized two cars.           | This afternoon 1989-11-02TAF; 3:30 1989-11-02T15:30
            At 8:15 on Tuesday evening the army left.                   | 8:15 1989-10-31T20:15; Tuesday evening 1989-10-31TEV
            On Tuesday it left; at 3:30 this morning it came back.      | Tuesday 1989-10-31; 3:30 1989-11-02T03:30; this morning 1989-11-02TMO
            The relief well should be finished in August.               | August 1990-08
            No cap can hold until a relief well is drilled, sometime in August. | August 1990-08
            He spoke on Tuesday after a meeting held earlier in the day. | Tuesday 1989-10-31; earlier in the day 1989-10-31
            A tank broke in on April 30, 1975. Earlier in the day he left. | April 30, 1975 1975-04-30; Earlier in the day 1989-11-02
            Results will be published later in the day.                 | ''
            A climber was rescued earlier in the week.                  | earlier in the week 1989-W44
            Schools are to close for ten days from Tuesday.             | ten days P10D; Tuesday 1989-11-07
            In 1968 he was voted European Player of the Year.           | 1968 1968
            Sales fell earlier in the month and rose earlier in the year. | earlier in the month 1989-11; earlier in the year 1989
            Now officials are investigating.                            | Now PRESENT_REF
            Officials said today is the eighth day of the blockade.     | today 1989-11-02; the eighth day 1989-11-02
            Over the years many patients died.                          | the years PXY
            Cars were seen in the weeks before the shooting.            | ''
            A Mirage 2000-D warplane used a bomb on Friday.             | Friday 1989-10-27
            It happened on an April day in 1998.                        | April 1998-04; 1998 1998
            They first met in December in 1985.                         | December 1985-12; 1985 1985
            The Lakers closed the third quarter 54-43.                  | ''
            He fell midway through the fourth quarter of the Heat's 102-105 loss. | ''
            Sales fell in the fourth quarter of 1988.                   | the fourth quarter of 1988 1988-Q4
            He scored twice in the second half.                         | ''
            The keeper made a save early in the second half.            | ''
            Nancy took the lead six minutes into the second half.       | six minutes PT6M
            The shot hit the crossbar in the first half.                | ''
            He ran for two scores in a 47-second span late in the fourth quarter. | 47-second PT47S
            China fought to close the margin to five points in the fourth quarter. | ''
            He left the game against Seattle in the first quarter.      | ''
            Unemployment rose 0.3 percentage points in the third quarter. | the third quarter 1989-Q3
            The index fell 30 points in the fourth quarter.             | the fourth quarter 1989-Q4
            The quarry was cleared in the 80s.                          | the 80s 198
            The band broke up in the late 70s.                          | the late 70s 197
            He is in his 80s.                                           | ''
            The series was due to start at the O2 on 13 July.           | 13 July 1989-07-13
            The trial was due to open on Nov. 13.                       | Nov. 13 1989-11-13
            The trial is scheduled to begin on 13 July.                 | 13 July 1990-07-13
            Profit fell in the third quarter.                           | the third quarter 1989-Q3
            Net for the year-earlier nine months rose.                  | the year-earlier nine months P9M
            It would be paid on a still unspecified date in January.    | January 1990-01
            He will leave at 4 in the morning (4 a.m. EDT Friday).      | 4 in the morning 1989-11-03T04:00; 4 a.m. EDT Friday 1989-11-03T04:00
            The helicopters crashed last October.                       | last October 1988-10
            The helicopters crashed last September.                     | last September 1989-09
            The vote kicked off last Wednesday.                         | last Wednesday 1989-10-25
            The vote kicked off last Wednesday night.                   | last Wednesday night 1989-10-25TNI
            The vote kicked off Wednesday.                              | Wednesday 1989-11-01
            The vote kicked off this past Wednesday.                    | this past Wednesday 1989-11-01
            The vote kicked off last Tuesday.                           | last Tuesday 1989-10-31
            Fog forced the race to be abandoned at the weekend.         | the weekend 1989-W43-WE
            Heavy rain caused the game to be postponed on Saturday.     | Saturday 1989-10-28
            The fans were forced to be evacuated on Saturday.           | Saturday 1989-10-28
            The game is to be replayed on Saturday.                     | Saturday 1989-11-04
            She was born on the first of June 1961.                     | the first of June 1961 1961-06-01
            The blast in April first triggered the slump.               | April 1989-04
            The plant opened April first, officials said.               | April first 1989-04-01
            The firm faces lawsuits over the April 20 explosion.        | April 20 1989-04-20
            Suits will follow the spill after a blast on a rig on May 3. | May 3 1989-05-03
            The firm will be grilled about the spill on Friday.         | Friday 1989-11-03
            On Monday, a judge delayed the trial.                       | Monday 1989-10-30
            The trial was delayed until Monday.                         | Monday 1989-11-06
            The school remains closed until Monday.                     | Monday 1989-11-06
            The school has been closed until at least Monday.           | Monday 1989-11-06
            The school was closed until Monday.                         | Monday 1989-10-30
            The firm faces a vote on the April 20 deadline.             | April 20 1990-04-20
            A pupil who visited Vallis at Christmas fell ill.           | Christmas 1988-12-25
            A pupil who will visit Vallis at Christmas fell ill.        | Christmas 1989-12-25
            On Tuesday his brothers, who will play at the concert, defended it. | Tuesday 1989-10-31
            On Tuesday his brothers, who played at the concert, will defend it. | Tuesday 1989-11-07
            The WTO has called a special meeting of trade ministers for Wednesday. | Wednesday 1989-11-08
            The court set a hearing for Friday.                         | Friday 1989-11-03
            The union called for Wednesday's strike to end.             | Wednesday 1989-11-01
            """)
    void anchoredAndCountedPeriods(String text, String expected) {
        assertMentions(text, expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            He ended the two-week trip.                  | two-week
            The eight-year war ended.                    | eight-year
            He ended the trip of the two weeks.          | the two weeks
            Earlier Friday, lawyers met.                 | Friday
            The blasts came only minutes apart.          | minutes
            It lasted barely a month.                    | a month
            Earlier this month, lawyers met.             | Earlier this month
            Oil spilled after the 20 April explosion.    | 20 April
            He arrived on the 20th of April.             | the 20th of April
            """)
    void extentsFollowTimeMl(String text, String expression) {
        assertThat(only(text).text()).isEqualTo(expression);
    }

    @Test
    void aNarrationMovesFromTheDayItLastNamed() {
        String text = "The rebels attacked on Oct. 3. The next day, troops arrived. The following week, talks began."
                + " That same day, the president spoke. That night, fires burned. He left the next morning.";
        assertMentions(text, "Oct. 3 1989-10-03; The next day 1989-10-04; The following week 1989-W41;"
                + " That same day 1989-10-04; That night 1989-10-04TNI; the next morning 1989-10-05TMO");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            China seized Tibet in 1951, and the Dalai Lama fled eight years later. | 1951 1951; eight years later 1959
            He was arrested in March 1990 and died two months later. | March 1990 1990-03; two months later 1990-05
            He was arrested in 1990 and died two months later. | 1990 1990; two months P2M
            Five years later it went public. | Five years P5Y
            Caps were lifted in 2006. The clause came in 16 years earlier. | 2006 2006; 16 years earlier 1990
            Sales rose 5 percent from a year earlier. | a year earlier 1988
            """)
    void laterAndEarlierCountFromTheDateNamedBefore(String text, String expected) {
        assertMentions(text, expected);
    }

    @Test
    void decadeWordsAfterAPossessiveAreAnAge() {
        assertThat(TAGGER.tag("The founder, in his eighties, retired.", DCT)).isEmpty();
    }

    @Test
    void aSeasonAheadIsTheOneUnderWayWhenTheReferenceFallsInItAndNextYearsOtherwise() {
        Anchor june = Anchor.news(LocalDate.of(2025, 6, 26));
        assertThat(TAGGER.tag("The vaccine will be tested over the summer.", june)).extracting(Mention::value)
                .containsExactly("2025-SU");
        assertThat(TAGGER.tag("The vaccine will be tested in the spring.", june)).extracting(Mention::value)
                .containsExactly("2026-SP");
        assertThat(TAGGER.tag("The vaccine will be tested next summer.", june)).extracting(Mention::value)
                .containsExactly("2026-SU");
    }

    @Test
    void anIrregularParticipleLooksBackAsAPastInEdDoes() {
        // "has drawn": a perfect; without the cue the nearer January would be the coming one
        assertThat(only("The strike has drawn large crowds in January.").value()).isEqualTo("1989-01");
        assertThat(only("The strike will draw large crowds in January.").value()).isEqualTo("1990-01");
    }

    @Test
    void decadeWordsTakeTheLatestDecadeBegunByTheReference() {
        Anchor dct = Anchor.news(LocalDate.of(2025, 8, 28));
        assertThat(TAGGER.tag("Markets boomed in the twenties and the thirties.", dct)).extracting(Mention::value)
                .containsExactly("202", "193");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The offer had been due to expire Friday evening.                  | 1989-10-27TEV
            The offer previously had been scheduled to expire at midnight Friday. | 1989-10-27T24:00
            The offer is due to expire Friday.                                | 1989-11-03
            The boxer was scheduled to return home on Friday.                 | 1989-11-03
            Two marines died from wounds sustained due to enemy action on Saturday. | 1989-10-28
            Flights were cancelled due to the storm on Saturday.              | 1989-10-28
            The leaders agreed to meet Friday.                                | 1989-11-03
            Protesters planned a rally on Saturday.                           | 1989-11-04
            A service planned for Saturday was canceled.                      | 1989-10-28
            On Monday, the government planned to pay the families.            | 1989-10-30
            """)
    void theWordGoverningAnInfinitiveSetsTheTense(String text, String value) {
        assertThat(only(text).value()).isEqualTo(value);
    }

    @Test
    void aClockTimeBeforeAGenericTodaysStandsAlone() {
        // the fuzz sample "noon today's youth " (seed 3851867571155410740) threw in strict mode: "today's youth"
        // names no day, so the clock time takes the reference day
        List<Mention> found = TAGGER.tag("We met at noon today's youth center.", Anchor.news(LocalDate.of(2025, 8, 28)));
        assertThat(found).extracting(Mention::text).containsExactly("noon");
        assertThat(found.get(0).value()).isEqualTo("2025-08-28T12:00");
        assertThat(TAGGER.tag("noon today's youth ", Anchor.news(LocalDate.of(2025, 8, 28)))).hasSize(1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The admiral arrived at 4.02 pm.              | 4.02 pm 1989-11-02T16:02
            The admiral arrived at around 11.30pm.       | around 11.30pm 1989-11-02T23:30
            The admiral arrived at 6.30 p.m. on Friday.  | 6.30 p.m. 1989-10-27T18:30; Friday 1989-10-27
            He took a pill at 1.30 am on the morning of his death. | 1.30 am XXXX-XX-XXT01:30
            He took a pill at 10:40 a.m. on the day of his arrest. | 10:40 a.m. XXXX-XX-XXT10:40
            """)
    void aClockTimeWrittenWithAFullStopKeepsItsMinutesAndTheDayOfAnotherHappeningIsUnknown(String text,
            String expected) {
        // "4.02 pm" was "02 pm", 14:00: the minutes were read as the hour; "on the morning of his death" took the
        // creation date
        assertMentions(text, expected);
    }

    @Test
    void aDecimalIsNoClockTime() {
        assertThat(TAGGER.tag("Shares rose 4.25 percent.", DCT)).isEmpty();
        assertThat(TAGGER.tag("The index closed at 4.02 points.", DCT)).isEmpty();
    }

    @Test
    void aYearBeforeTheFiftyThirdWeekOfAYearIsAWeekThatExists() {
        // 1998 has 53 ISO weeks, 1997 only 52: "1997-W53" is no week at all
        List<Mention> mentions = TAGGER.tag("Sales rose this week, up from the year-earlier week.",
                Anchor.news(LocalDate.of(1998, 12, 30)));
        assertThat(mentions).extracting(Mention::value).containsExactly("1998-W53", "1997-W52");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            They met on Wednesday 1 November.                 | Wednesday 1 November 1989-11-01
            They met on Wednesday, 1st November 1989.         | Wednesday, 1st November 1989 1989-11-01
            Sales fell in the last week of 1988.              | the last week of 1988 1988-W52
            Sales fell in the last quarter of 1988.           | the last quarter of 1988 1988-Q4
            He left on the last day of 1987.                  | the last day of 1987 1987-12-31
            Sales fell last week.                             | last week 1989-W43
            The deal was signed on 30 February 1989.          | ''
            The deal was signed on February 30, 1989.         | ''
            The deal was signed on Friday, February 30, 1989. | ''
            The deal was signed on 02/30/1989 in Rome.        | ''
            The deal was signed on 1989-02-30 in Rome.        | ''
            The deal was signed on 29 February 1988.          | 29 February 1988 1988-02-29
            """)
    void bugsAUserMet(String text, String expected) {
        // a weekday before a day-first date is one date; "the last week of 1988" ends 1988, not the week before the
        // creation date; an impossible day is never rounded into its month or its year
        assertMentions(text, expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Sales will rise in July.                              | 1990-07
            Sales are expected to rise in September.              | 1990-09
            Sales rose in July.                                   | 1989-07
            The results for October will be reported.            | 1989-10
            """)
    void aMonthWithoutAYearInTheFutureTenseLiesAhead(String text, String value) {
        // written on 2 November 1989: a month more than a month gone is next year's when the clause looks ahead; the
        // month just gone stays ("the results for October will be reported")
        assertThat(only(text).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Sept. 12 - The minister visits the flooded towns.     | 1989-09-12
            Oct. 30: The airline cancels its flights.             | 1989-10-30
            """)
    void anItemOfADatedListTakesTheNearestOccurrence(String text, String value) {
        // written on 2 November 1989: a list of dates tells its items in the present; the present is no future here
        assertThat(only(text).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The storm destroyed the harbour in February.          | 1989-02
            The storm in January destroyed the harbour.           | 1989-01
            The plant said it would still be closed in January.   | 1990-01
            The vote will still be held in December.              | 1989-12
            """)
    void aMonthWithoutAYearInThePastTenseLiesBehind(String text, String value) {
        // written on 2 November 1989: the past tense reaches at most two months ahead ("payable Dec. 1", declared in
        // October, stays ahead); "would still be" looks ahead like "would be"
        assertThat(only(text).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The new bridge opened three years earlier than planned.       | three years DURATION P3Y
            The museum will reopen two weeks later than expected.        | two weeks DURATION P2W
            The audit ended a month sooner than promised.                | a month DURATION P1M
            Rents will climb over the next five years.                   | the next five years DURATION P5Y
            Rents climbed over the following five years.                 | the following five years DURATION P5Y
            The lease runs out five years from now.                      | five years DURATION P5Y
            The lease runs out five years from today.                    | five years DURATION P5Y; today DATE 1989-11-02
            Water use will double over the coming decade.                | the coming decade DURATION P10Y
            Water use will double over the next decade.                  | the next decade DURATION P10Y
            Water use doubled over the past decade.                      | the past decade DURATION P10Y
            Rents will climb over the next year.                         | the next year DURATION P1Y
            Rents climbed within the following month.                    | the following month DURATION P1M
            Rents climbed over the past year.                            | the past year DATE 1988
            Rents will climb next year.                                  | next year DATE 1990
            Jazz thrived in the 1920s. The following decade was bleaker. | the 1920s DATE 192; The following decade DATE 193
            The mill closed a year earlier.                              | a year earlier DATE 1988
            The mill closed two years ago.                               | two years ago DATE 1987
            """)
    void offsetsFromAPlanOrFromTheMomentOfSpeakingAreLengths(String text, String expected) {
        // a gap from a plan, a span forward from now or over the next years is a length of time, not a date counted
        // from the creation date; "a year earlier" and "two years ago" stay dates
        assertThat(TAGGER.tag(text, DCT)).extracting(m -> m.text() + " " + m.type() + " " + m.value())
                .as("mentions in %s", text).containsExactlyElementsOf(List.of(expected.split("; ")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The ferry sank Tuesday night.                 | Tuesday night TIME 1989-10-31TNI
            The ferry sank yesterday afternoon.           | yesterday afternoon TIME 1989-11-01TAF
            The ferry sank at 6 a.m. Tuesday.             | 6 a.m. Tuesday TIME 1989-10-31T06:00
            The ferry sank on Tuesday.                    | Tuesday DATE 1989-10-31
            """)
    void aValueWithATimeOfDayIsATime(String text, String expected) {
        assertTyped(text, expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The riots began the day after the verdict.                   | the day DATE XXXX-XX-XX
            The jury ruled on Oct. 20. The riots began the day after the verdict. | Oct. 20 DATE 1989-10-20; the day DATE 1989-10-21
            Shares fell after Oct. 13, the day before the crash.         | Oct. 13 DATE 1989-10-13; the day DATE 1989-10-13
            Prices doubled the week after the flood.                     | the week DATE XXXX-WXX
            Prices doubled the month after the flood.                    | the month DATE XXXX-XX
            Guards left on the fourth day of the siege.                  | the fourth day DATE XXXX-XX-XX
            He cut taxes in the first year of his term.                  | the first year DATE XXXX
            He returned the day after Christmas.                         | the day after Christmas DATE 1988-12-26
            """)
    void aTimeCountedFromAHappeningIsTaggedWithTheDayItIsKnownBy(String text, String expected) {
        // the happening is the day the story is on, else unknown: TimeML marks the time, the happening is an event
        assertTyped(text, expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The choir sings every Sunday morning.            | every Sunday morning SET XXXX-WXX-7TMO
            The council meets every other week.              | every other week SET P2W
            Fees are reviewed each year.                     | each year SET P1Y
            The prize is awarded annually.                   | annually SET P1Y
            Rates are reset quarterly and posted online.     | quarterly SET P3M
            Sales grew 8% annually.                          | ''
            The firm pays a quarterly dividend.              | ''
            He often walks and usually drives.               | ''
            Ferries sail almost daily.                       | daily SET P1D
            He phones home once a week.                      | once a week SET P1W
            """)
    void frequenciesAreSets(String text, String expected) {
        // TimeML marks no frequency adverb without a period ("often", "usually"), nor a rate ("8% annually")
        assertTyped(text, expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The bank was robbed on Christmas Day, 1968.       | Christmas Day, 1968 DATE 1968-12-25
            Rebels struck on Christmas Eve 1971.              | Christmas Eve 1971 DATE 1971-12-24
            Ten died on New Year's Eve in 1959.               | New Year's Eve DATE 1959-12-31; 1959 DATE 1959
            The fire broke out on Thanksgiving Day in 1975.   | Thanksgiving Day DATE 1975-11-27; 1975 DATE 1975
            The shop closed on Christmas Day.                 | Christmas Day DATE 1988-12-25
            """)
    void aHolidayTakesTheYearWrittenAfterIt(String text, String expected) {
        // was the year nearest the creation date (1968's Christmas read as 1989's)
        assertTyped(text, expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The fair runs between 6 and 9 December.           | 6 DATE 1989-12-06; 9 December DATE 1989-12-09
            The fair runs from 6 to 9 December 1990.          | 6 DATE 1990-12-06; 9 December 1990 DATE 1990-12-09
            The fair ran 6-9 October.                         | 6 DATE 1989-10-06; 9 October DATE 1989-10-09
            Polls open on the 6th and 9th of December.        | the 6th DATE 1989-12-06; 9th of December DATE 1989-12-09
            The fair ran from Oct. 6 to 9.                    | Oct. 6 DATE 1989-10-06; 9 DATE 1989-10-09
            Scores ranged between 6 and 9 points.             | ''
            """)
    void theFirstDayOfARangeTakesTheMonthNamedAfterIt(String text, String expected) {
        assertTyped(text, expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            She won the race in 2:08:45.                      | ''
            He ran the mile in 3:59.40 on Tuesday.            | Tuesday DATE 1989-10-31
            He set the record of 7:53. 63 in 2004.            | 2004 DATE 2004
            He was given the drug between 1040 and 1050.      | ''
            United beat City 3-2 on Saturday.                 | Saturday DATE 1989-10-28
            The polls close at 8:30 tonight.                  | 8:30 TIME 1989-11-02T08:30; tonight TIME 1989-11-02TNI
            Smith scored with 1:29 remaining on Tuesday.      | Tuesday DATE 1989-10-31
            He missed a layup with 4:05 left.                 | ''
            They led with 2:10 to play.                       | ''
            A 52-year-old driver was hurt.                    | ''
            The driver, 52 years old, was hurt.               | ''
            """)
    void numbersThatOnlyLookLikeTimesOrLengthsAreNone(String text, String expected) {
        // race times, game clocks and scores are no clock times; an age is no duration in TimeML (TimeBank leaves
        // 34 of 36 alone)
        assertTyped(text, expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            He writes for the Sunday Telegraph.               | ''
            Shares of Tuesday Morning Corp. rose.             | ''
            The Daily Mirror ran the story.                   | ''
            Fans watch Monday Night Football.                 | ''
            She covered five Summer Olympics.                 | ''
            The Winter Games opened.                          | ''
            The New York Daily News ran the story.            | ''
            They rented Dawn of the Dead.                     | ''
            He spoke Tuesday. Times are hard, he said.        | Tuesday DATE 1989-10-31
            The ministry said Tuesday President Bush would visit. | Tuesday DATE 1989-10-31
            """)
    void timeWordsInsideANameAreNoTimes(String text, String expected) {
        assertTyped(text, expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Officials worried about the future.          | the future
            Officials talked about recent clashes.       | recent
            The Tuesday meeting was tense.               | Tuesday
            The recently elected mayor spoke.            | recently
            """)
    void aPrepositionOrAnArticleIsNoPartOfTheExpression(String text, String expression) {
        assertThat(only(text).text()).isEqualTo(expression);
    }

    /** Asserts the mentions of {@code text} as "text type value" triples, separated by "; " in {@code expected}. */
    private static void assertTyped(String text, String expected) {
        assertThat(TAGGER.tag(text, DCT)).extracting(m -> m.text() + " " + m.type() + " " + m.value())
                .as("mentions in %s", text)
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected.split("; ")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The mine will close over the next three years or so.  | the next three years or so P3Y APPROX
            The mine closed a month or so ago.                     | a month or so ago 1989-10 APPROX
            The repairs took a week or so.                         | a week or so P1W APPROX
            The mine closed on Tuesday, or so he said.             | Tuesday 1989-10-31 -
            """)
    void orSoApproximatesTheExpressionBeforeIt(String text, String expected) {
        assertThat(TAGGER.tag(text, DCT)).extracting(m -> m.text() + " " + m.value() + " " + m.mod().orElse("-"))
                .as("mentions in %s", text).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The well ruptured almost two weeks ago.               | almost two weeks ago 1989-W42 ON_OR_AFTER
            The virus emerged more than three months ago.         | more than three months ago 1989-08 ON_OR_BEFORE
            The mine closed more than two days ago.               | more than two days ago 1989-10-31 BEFORE
            """)
    void aBoundCountedBackToAWeekOrAMonthHoldsIt(String text, String expected) {
        // the day it counts to lies inside the week or the month: "after" that week would leave the day out
        assertThat(TAGGER.tag(text, DCT)).extracting(m -> m.text() + " " + m.value() + " " + m.mod().orElse("-"))
                .as("mentions in %s", text).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The rig exploded on April 20 of last year.         | April 20 of last year 1988-04-20
            Sales fell on 3 January this year.                 | 3 January this year 1989-01-03
            The vote is set for the 3rd of March next year.    | the 3rd of March next year 1990-03-03
            He arrived on May 5 of this year.                  | May 5 of this year 1989-05-05
            """)
    void aDayOfARelativeYearIsOneDate(String text, String expected) {
        assertMentions(text, expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The Senate vote on Tuesday gave the bill a narrow majority.                      | Tuesday 1989-10-31
            The party lost a Senate (upper house) vote late on Tuesday, when the bill failed. | Tuesday 1989-10-31
            The Senate votes on Friday.                                                      | Friday 1989-11-03
            The trade summit slated on Saturday will draw twenty leaders.                    | Saturday 1989-11-04
            The envoy is traveling to Cairo on Monday.                                       | Monday 1989-11-06
            The envoy was traveling to Cairo on Monday.                                      | Monday 1989-10-30
            He's traveling to Cairo on Monday.                                               | Monday 1989-11-06
            The airline is gearing up to fly its new jet from Sunday.                        | Sunday 1989-11-05
            The firm is preparing to open its new plant on Friday.                           | Friday 1989-11-03
            The envoy's meeting with the king on Friday went well.                           | Friday 1989-10-27
            The champion is flying home after winning the final Saturday.                    | Saturday 1989-10-28
            Traders said bonds will rebound by 5 pc. Monday, bonds fell 2 percent.            | Monday 1989-10-30
            Calm returned to the city following Saturday's protest.                          | Saturday 1989-10-28
            The coaches will all be at Friday's draw in Leipzig.                             | Friday 1989-11-03
            The coaches were all at Friday's draw in Leipzig.                                | Friday 1989-10-27
            Friday's draw will decide the groups.                                            | Friday 1989-10-27
            The union will strike after Friday's vote.                                       | Friday 1989-10-27
            They will look for ways to get around Friday's ruling.                           | Friday 1989-10-27
            Warne will play his last Test in Tuesday's match.                                | Tuesday 1989-11-07
            They met again the following Saturday.                                           | the following Saturday 1989-11-04
            The envoy flew on Saturday to Cairo to meet the king.                            | Saturday 1989-10-28
            Dudley, who formally takes over the company Friday, said he would act.            | Friday 1989-11-03
            The conference, which ends Sunday, called for talks.                             | Sunday 1989-11-05
            Tickets go on sale from 0900 GMT Friday via the club's website.                  | Friday 1989-11-03
            The mayor goes on trial Monday.                                                  | Monday 1989-11-06
            The mayor went on trial Monday.                                                  | Monday 1989-10-30
            The envoy will meet the king this Monday.                                        | this Monday 1989-11-06
            The envoy met the king this Monday.                                              | this Monday 1989-10-30
            The envoy will meet the king this Saturday.                                      | this Saturday 1989-11-04
            """)
    void aWeekdayIsReadByTheVerbThatGovernsIt(String text, String expected) {
        // a noun ("the Senate vote") sets no tense, and news tells past days by default; a plan ("slated") and the
        // present progressive of an arrangement look ahead; a fronted weekday is told by the clause after its comma;
        // a day in the possessive is past unless it names the occasion of a future ("will be at Friday's draw");
        // "this" and a weekday is the day of the article's week, the week after's when it is past and the clause
        // future ("will meet the king this Monday", written on a Thursday)
        assertMentions(text, expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A bomb killed 12 soldiers in December.           | 1988-12
            Oil firms were told of a cutback in December.    | 1989-12
            The firm agreed to buy the mill in December.     | 1989-12
            The case is heard in December.                   | 1989-12
            The court gave them until mid-December to reply. | 1989-12
            The rig crew stuck to its December target.       | 1989-12
            If the leak is not stopped in December, it fails. | 1989-12
            """)
    void aMonthAfterThePastOfAnEventLiesBehind(String text, String value) {
        // written on 2 November 1989: the past of what happened puts a later month in the year before, while a
        // report, a decision, a present passive or a deadline may still name one ahead
        assertThat(only(text).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Oil has been leaking since December 20.          | 1988-12-20
            Prices have risen since December.                | 1988-12
            Prices have risen since October.                 | 1989-10
            Prices will rise in December.                    | 1989-12
            """)
    void aDaySinceWhichSomethingGoesOnLiesBehind(String text, String value) {
        // was the December ahead: "since" looks back, whatever the tense
        // written on 2 November 1989: the past of what happened puts a later month in the year before, while a
        // report, a decision, a present passive or a deadline may still name one ahead
        assertThat(only(text).value()).isEqualTo(value);
    }

    @Test
    void aWeekdayAheadOfWhichSomethingHappensIsToCome() {
        assertMentions("Mourners paid tribute on Thursday ahead of his funeral Friday.",
                "Thursday 1989-11-02; Friday 1989-11-03");
    }

    @Test
    void aHeadlineWithoutItsFullStopLendsNoTenseAcrossABlankLine() {
        // written on 2 November 1989: "ends" in the headline is no tense of the sentence after the blank line, whose
        // past puts April behind
        assertMentions("Dam repair ends\n\nThe flood on April 20 killed 11 workers.", "April 20 1989-04-20");
        assertMentions("Dam repair ends.\n\nThe flood on April 20 killed 11 workers.", "April 20 1989-04-20");
    }

    @Test
    void anArrangementInTheInfinitiveOfAPastVerbTakesTheNearerDay() {
        // written on 2 Nov 1989: the meeting was arranged in the past, for the September just gone
        assertThat(find("He summoned his top advisers to meet with him in Chicago on Sept. 14.", "Sept. 14").value())
                .isEqualTo("1989-09-14");
        assertThat(find("The two leaders agreed to meet in Geneva on Dec. 14.", "Dec. 14").value())
                .isEqualTo("1989-12-14");
        // a future governs it: the September to come
        assertThat(find("The leaders will travel to meet in Geneva on Sept. 14.", "Sept. 14").value())
                .isEqualTo("1990-09-14");
    }

    @Test
    void anArrangementWordAfterANameAfterAPrepositionIsANoun() {
        // written on Thursday 2 Nov 1989: "India visit" is a noun, which sets no tense; "after returning" the past
        assertThat(find("Oli arrived after returning from India visit on Wednesday.", "Wednesday").value())
                .isEqualTo("1989-11-01");
    }

    @Test
    void anIndefiniteWeekdayNamesNoDay() {
        // "a recent Wednesday", "one Monday", "a Friday in June": which one, the text does not say
        assertThat(find("On a recent Wednesday morning, he pulled up to a dock.", "Wednesday morning").value())
                .isEqualTo("XXXX-WXX-3TMO");
        assertThat(find("One Monday he left for good.", "Monday").value()).isEqualTo("XXXX-WXX-1");
        // an article of the noun after the weekday leaves the weekday its day
        assertThat(find("In a Wednesday media event, Apple released new laptops.", "Wednesday").value())
                .isEqualTo("1989-11-01");
    }

    @Test
    void aMonthAfterAHistoricalYearIsThatYearsMonth() {
        // the creation date is 2 Nov 1989: a month after 1957 belongs to the story of 1957
        assertThat(find("In 1957 the flu reached Norlandia, and in October the second wave swept the capital.",
                "October").value()).isEqualTo("1957-10");
        assertThat(find("In 1957 the flu reached Norlandia. In October, the second wave swept the capital.",
                "October").value()).isEqualTo("1957-10");
        assertThat(find("In June 1957, the first cases were seen. In October, the second wave swept the capital.",
                "October").value()).isEqualTo("1957-10");
        // "of that year" names the year told before, and so does the month with it
        assertThat(find("The flu came in 1957. In June of that awful year, Lena Berg printed handbills. In October,"
                + " the second wave swept the capital.", "October").value()).isEqualTo("1957-10");
        assertThat(find("The flu came in 1957. In June of that year, handbills were printed.", "June of that year")
                .value()).isEqualTo("1957-06");
        // last year's story is the reference's: "in January" may be this January; a future is to come; a month that
        // does not open its sentence is not the story's of the sentence before
        assertThat(find("Profit fell in 1988. In January, profit rose again.", "January").value())
                .isEqualTo("1989-01");
        assertThat(find("The 1957 flu will be studied again in October.", "October").value())
                .isEqualTo(find("The flu will be studied again in October.", "October").value());
        assertThat(find("In 1957 the flu reached Norlandia. The vaccine was found in October.", "October").value())
                .isEqualTo("1989-10");
        // a year counted back is no story's year: "two years ago" was the riot, October the arrest
        assertThat(find("Known for a riot two years ago, Berg was arrested in October.", "October").value())
                .isEqualTo("1989-10");
    }

    @Test
    void aSeasonAfterAYearOfItsSentenceIsThatYears() {
        assertThat(find("In the 1918 pandemic, the first wave was mild, but by fall, the second wave killed many"
                + " people.", "fall").value()).isEqualTo("1918-FA");
        // a year of another sentence does not reach it
        assertThat(find("Prices fell in the 1918 crash. By fall, the market had recovered.", "fall").value())
                .isNotEqualTo("1918-FA");
    }

    @Test
    void aDatedListItemAfterASentenceThatEndsInATwoLetterWordIsOfTheNearerYear() {
        // "it." ends its sentence: a word of two small letters is no abbreviation, so "September 2 -" opens an item of
        // a dated list, told in the present of lists, and is the nearer September 2; the future of the sentence before
        // made it the next one
        assertThat(find("An aide says the company will pay for it. September 2 - The governor visits the coast.",
                "September 2").value()).isEqualTo("1989-09-02");
    }

    @Test
    void aMonthThatOpensAnItemOfADatedListIsOfThePast() {
        // a dated list of months is a chronology of what happened: the April before, not the nearer one to come
        assertThat(find("The crisis: what went wrong. April: Parliament passes a law to scrap the old banking act.",
                "April").value()).isEqualTo("1989-04");
    }
}
