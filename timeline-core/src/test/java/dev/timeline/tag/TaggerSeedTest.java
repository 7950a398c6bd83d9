package dev.timeline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggerSeedTest {
    private static final Tagger TAGGER = Tagger.builder().strict(true).build();
    private static final Anchor THURSDAY = Anchor.news(LocalDate.of(2025, 8, 28));

    private static List<Mention> tag(String text) {
        return TAGGER.tag(text, THURSDAY);
    }

    private static Mention only(String text, String expression) {
        List<Mention> found = tag(text);
        assertThat(found).extracting(Mention::text).containsExactly(expression);
        return found.get(0);
    }

    @Test
    void nextWeekIsTheFollowingIsoWeek() {
        assertThat(only("The vote is due next week.", "next week").value()).isEqualTo("2025-W36");
    }

    @Test
    void monthAbbreviationAndDayTakesTheDocumentYear() {
        assertThat(only("Talks resume Sept. 3 in Geneva.", "Sept. 3").value()).isEqualTo("2025-09-03");
    }

    @Test
    void rangeWithToGivesTwoMentionsSeparatedByTo() {
        String text = "The fair runs Aug. 31 to Sept. 3.";
        List<Mention> found = tag(text);
        assertThat(found).extracting(Mention::value).containsExactly("2025-08-31", "2025-09-03");
        assertThat(text.substring(found.get(0).end(), found.get(1).start()).strip()).isEqualTo("to");
    }

    @Test
    void dashedDayRangeSharesTheMonth() {
        assertThat(tag("The fair runs Sept. 3-5.")).extracting(Mention::value).containsExactly("2025-09-03",
                "2025-09-05");
    }

    @Test
    void lateYearCarriesEndModifier() {
        Mention m = only("Production stopped in late 2011.", "late 2011");
        assertThat(m.value()).isEqualTo("2011");
        assertThat(m.mod()).contains("END");
    }

    @Test
    void yearRangeWithEnDashGivesTwoYears() {
        assertThat(tag("Sales fell in 2018\u20132019.")).extracting(Mention::value).containsExactly("2018", "2019");
    }

    @Test
    void abbreviatedYearRangeGivesTwoYears() {
        assertThat(tag("in the 2018-19 season")).extracting(Mention::value).containsExactly("2018", "2019");
    }

    @Test
    void thisOctoberIsInTheDocumentYear() {
        assertThat(only("Elections will be held this October.", "this October").value()).isEqualTo("2025-10");
    }

    @Test
    void nextWednesdayIsTheComingOne() {
        assertThat(only("They meet again next Wednesday.", "next Wednesday").value()).isEqualTo("2025-09-03");
    }

    @Test
    void earlierThisWeekIsTheCurrentWeek() {
        assertThat(only("He resigned earlier this week.", "earlier this week").value()).isEqualTo("2025-W35");
    }

    @Test
    void countedYearsAreADuration() {
        Mention m = only("She served six years in office.", "six years");
        assertThat(m.type()).isEqualTo(TimexType.DURATION);
        assertThat(m.value()).isEqualTo("P6Y");
    }

    @Test
    void nextYearIsTheFollowingYear() {
        assertThat(only("Growth should pick up next year.", "next year").value()).isEqualTo("2026");
    }

    @Test
    void hyphenatedMinutesAreADuration() {
        Mention m = only("a 70-minute speech", "70-minute");
        assertThat(m.type()).isEqualTo(TimexType.DURATION);
        assertThat(m.value()).isEqualTo("PT70M");
    }

    @Test
    void weekdayInPastTenseSentenceIsTheDocumentDay() {
        assertThat(only("The minister said on Thursday that talks failed.", "Thursday").value())
                .isEqualTo("2025-08-28");
    }

    @Test
    void weekdayInPastTenseIsThePreviousOne() {
        assertThat(only("The minister said on Monday that talks failed.", "Monday").value()).isEqualTo("2025-08-25");
    }

    @Test
    void weekdayInFutureTenseIsTheNextOne() {
        assertThat(only("The cabinet will meet on Friday.", "Friday").value()).isEqualTo("2025-08-29");
    }

    @Test
    void weekdayWithPartOfDayIsATimeNamingThePart() {
        Mention m = only("Fighting broke out Thursday morning.", "Thursday morning");
        assertThat(m.type()).isEqualTo(TimexType.TIME);
        assertThat(m.value()).isEqualTo("2025-08-28TMO");
    }

    @Test
    void dayFirstNumericDateNeedsTheOption() {
        Tagger dayFirst = Tagger.builder().dayFirst(true).build();
        assertThat(TAGGER.tag("on 08/09/2025", THURSDAY)).extracting(Mention::value).containsExactly("2025-08-09");
        assertThat(dayFirst.tag("on 08/09/2025", THURSDAY)).extracting(Mention::value).containsExactly("2025-09-08");
    }

    @Test
    void isoDateIsRead() {
        assertThat(only("Filed on 2025-08-28.", "2025-08-28").value()).isEqualTo("2025-08-28");
    }

    @Test
    void dayMonthYearIsRead() {
        assertThat(only("born 3 September 2025", "3 September 2025").value()).isEqualTo("2025-09-03");
    }

    @Test
    void monthDayCommaYearIsRead() {
        assertThat(only("on Aug. 31, 2025, officials", "Aug. 31, 2025").value()).isEqualTo("2025-08-31");
    }

    @Test
    void impossibleDayIsNotTagged() {
        assertThat(tag("on Feb. 30, 2025")).extracting(Mention::value).doesNotContain("2025-02-30");
    }

    @Test
    void everyMondayIsASet() {
        Mention m = only("The market opens every Monday.", "every Monday");
        assertThat(m.type()).isEqualTo(TimexType.SET);
        assertThat(m.value()).isEqualTo("XXXX-WXX-1");
        assertThat(m.quant()).contains("EVERY");
    }

    @Test
    void twiceAYearIsASetWithFrequency() {
        Mention m = only("The board meets twice a year.", "twice a year");
        assertThat(m.value()).isEqualTo("P1Y");
        assertThat(m.freq()).contains("2X");
    }

    @Test
    void clockTimeTakesTheDocumentDay() {
        Mention m = only("The blast came at 3 p.m. near the port", "3 p.m.");
        assertThat(m.type()).isEqualTo(TimexType.TIME);
        assertThat(m.value()).isEqualTo("2025-08-28T15:00");
    }

    @Test
    void withoutReferenceMonthStaysUnderspecified() {
        assertThat(TAGGER.tag("It opens in October.", Anchor.none())).extracting(Mention::value)
                .containsExactly("XXXX-10");
    }

    @Test
    void narrativeResolvesAgainstTheLastDateMentioned() {
        List<Mention> found = TAGGER.tag("The war ended in May 1945. The next year, it rebuilt.",
                Anchor.narrative(LocalDate.of(2025, 8, 28)));
        assertThat(found).extracting(Mention::value).containsExactly("1945-05", "1946");
    }

    @Test
    void fewWeeksIsAnUnknownNumberOfWeeks() {
        assertThat(only("It took a few weeks.", "a few weeks").value()).isEqualTo("PXW");
    }

    @Test
    void decadeFromNowIsALengthOfTenYears() {
        Mention m = only("a decade from now", "a decade");
        assertThat(m.type()).isEqualTo(TimexType.DURATION);
        assertThat(m.value()).isEqualTo("P10Y");
    }

    @Test
    void decadesAndCenturiesAreNamedByTheirPrefix() {
        assertThat(tag("in the 1950s and the 20th century")).extracting(Mention::value).containsExactly("195", "19");
    }

    @Test
    void yearAgoInAQuarterlyReportIsTheSameQuarterAYearBefore() {
        assertThat(tag("Profit rose in the third quarter from a year ago.")).extracting(Mention::value)
                .containsExactly("2025-Q3", "2024-Q3");
    }

    @Test
    void spokenYearIsRead() {
        assertThat(only("back in nineteen ninety-six", "nineteen ninety-six").value()).isEqualTo("1996");
    }

    @Test
    void thanksgivingIsTheFourthThursdayOfNovember() {
        assertThat(only("stores open on Thanksgiving Day", "Thanksgiving Day").value()).isEqualTo("2025-11-27");
    }

    @Test
    void ageIsNotADuration() {
        assertThat(tag("a 9-year-old boy")).isEmpty();
    }

    @Test
    void rateIsNotADuration() {
        assertThat(tag("four flights a week")).isEmpty();
    }

    @Test
    void monthDayWithoutYearTakesTheNearestOccurrence() {
        Anchor october = Anchor.news(LocalDate.of(1989, 10, 27));
        assertThat(TAGGER.tag("The dividend is payable Dec. 15; the next one Jan. 2.", october))
                .extracting(Mention::value).containsExactly("1989-12-15", "1990-01-02");
        // the past tense looks back: "was paid Jan. 2" is the January before
        assertThat(TAGGER.tag("The last one was paid Jan. 2.", october))
                .extracting(Mention::value).containsExactly("1989-01-02");
    }
}
