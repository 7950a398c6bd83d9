package dev.timeline.assertj;

import static dev.timeline.assertj.TimelineAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.time.Modifier;
import dev.timeline.time.Precision;
import dev.timeline.time.When;
import java.time.LocalDate;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearWeek;
import org.junit.jupiter.api.Test;

class WhenAssertTest {
    private static final String NL = System.lineSeparator();
    private static final When LATE_2011 = When.parse("2011").withModifier(Modifier.END);
    private static final When DECEMBER_2011 = When.parse("2011-12");
    private static final When Y2011 = When.parse("2011");
    private static final When WEEK_36 = When.parse("2025-W36");

    @Test
    void isCertainlyBeforePassesForALaterYear() {
        assertThat(Y2011).isCertainlyBefore("2012").isCertainlyBefore("2013");
    }

    @Test
    void isCertainlyBeforeFailureNamesThePossibleRelations() {
        assertThatThrownBy(() -> assertThat(LATE_2011).isCertainlyBefore(DECEMBER_2011))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected \"late 2011\" (2011-09-01..2011-12-31) to be certainly before \"December 2011\""
                        + " (2011-12-01..2011-12-31) but they possibly overlap: \"late 2011\" may be before, end the"
                        + " day before the start of, overlap the start of, be at the start of, be during, be at the"
                        + " end of, be the same days as or have at its end \"December 2011\"");
    }

    @Test
    void isCertainlyBeforeFailureNamesTheCertainRelation() {
        assertThatThrownBy(() -> assertThat(Y2011).isCertainlyBefore("2010"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected \"2011\" (2011-01-01..2011-12-31) to be certainly before \"2010\""
                        + " (2010-01-01..2010-12-31) but \"2011\" certainly starts the day after the end of \"2010\"");
    }

    @Test
    void isPossiblyBeforePassesWhenSomeReadingIsBefore() {
        assertThat(LATE_2011).isPossiblyBefore(DECEMBER_2011);
    }

    @Test
    void isPossiblyBeforeFailsForAnEnclosingYear() {
        assertThatThrownBy(() -> assertThat(Y2011).isPossiblyBefore(DECEMBER_2011))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected \"2011\" (2011-01-01..2011-12-31) to be possibly before \"December 2011\""
                        + " (2011-12-01..2011-12-31) but \"2011\" certainly has at its end \"December 2011\"");
    }

    @Test
    void isCertainlyAfterPassesForAnEarlierYear() {
        assertThat(Y2011).isCertainlyAfter("2009");
    }

    @Test
    void isCertainlyAfterFailsForTheSameYear() {
        assertThatThrownBy(() -> assertThat(Y2011).isCertainlyAfter("2011"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected \"2011\" (2011-01-01..2011-12-31) to be certainly after \"2011\""
                        + " (2011-01-01..2011-12-31) but \"2011\" is certainly the same days as \"2011\"");
    }

    @Test
    void isPossiblyAfterPassesWhenSomeReadingIsAfter() {
        assertThat(When.parse("2011").withModifier(Modifier.APPROX)).isPossiblyAfter("2011");
    }

    @Test
    void isPossiblyAfterFailsForAnEarlierDay() {
        assertThatThrownBy(() -> assertThat(When.parse("2025-09-01")).isPossiblyAfter("2025-09-03"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected \"1 Sep 2025\" (2025-09-01) to be possibly after \"3 Sep 2025\" (2025-09-03)"
                        + " but \"1 Sep 2025\" is certainly before \"3 Sep 2025\"");
    }

    @Test
    void overlapsPassesWhenSomeDayMayBeShared() {
        assertThat(LATE_2011).isPossiblyOverlapping(DECEMBER_2011).isPossiblyOverlapping("2011-09-15");
    }

    @Test
    void overlapsFailsForDisjointYears() {
        assertThatThrownBy(() -> assertThat(Y2011).isPossiblyOverlapping("2013"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected \"2011\" (2011-01-01..2011-12-31) to possibly overlap \"2013\""
                        + " (2013-01-01..2013-12-31) but \"2011\" is certainly before \"2013\"");
    }

    @Test
    void doesNotOverlapPassesForDisjointYears() {
        assertThat(Y2011).isCertainlyNotOverlapping("2013");
    }

    @Test
    void doesNotOverlapFailsWhenTheyMayShareADay() {
        assertThatThrownBy(() -> assertThat(When.parse("2011").withModifier(Modifier.APPROX)).isCertainlyNotOverlapping("2012"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected \"about 2011\" (2010-01-01..2012-12-31) to certainly not overlap \"2012\""
                        + " (2012-01-01..2012-12-31) but they possibly overlap: \"about 2011\" may be before, end"
                        + " the day before the start of, overlap the start of, be at the start of, be during, be at"
                        + " the end of, be the same days as or have at its end \"2012\"");
    }

    @Test
    void isDuringPassesForADayOfTheYear() {
        assertThat(When.parse("2025-09-03")).isCertainlyDuring("2025").isCertainlyDuring("2025-W36").isCertainlyDuring("2025-09-03");
    }

    @Test
    void isDuringFailsWhenTheOtherIsOnlyPartOfIt() {
        assertThatThrownBy(() -> assertThat(Y2011).isCertainlyDuring(LATE_2011))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected \"2011\" (2011-01-01..2011-12-31) to be certainly during \"late 2011\""
                        + " (2011-09-01..2011-12-31) but they certainly overlap: \"2011\" may have at its end or"
                        + " contain \"late 2011\"");
    }

    @Test
    void hasPrecisionPassesForAMonth() {
        assertThat(DECEMBER_2011).hasPrecision(Precision.MONTH);
    }

    @Test
    void hasPrecisionFailureNamesTheActualPrecision() {
        assertThatThrownBy(() -> assertThat(When.parse("../2011")).hasPrecision(Precision.MONTH))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected \"on or before 2011\" (..2011-12-31) to have precision MONTH but it has YEAR");
    }

    @Test
    void hasTimexValuePassesForAWeek() {
        assertThat(WEEK_36).hasTimexValue("2025-W36");
    }

    @Test
    void hasTimexValueFailureQuotesBothValues() {
        assertThatThrownBy(() -> assertThat(WEEK_36).hasTimexValue("2025-W37"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected \"week of 1 Sep 2025\" (2025-09-01..2025-09-07) to have TIMEX3 value"
                        + " \"2025-W37\" but it has \"2025-W36\"");
    }

    @Test
    void hasTimexModPassesForLate2011() {
        assertThat(LATE_2011).hasTimexMod("END");
    }

    @Test
    void hasTimexModFailsForAnUnmodifiedValue() {
        assertThatThrownBy(() -> assertThat(Y2011).hasTimexMod("END"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected \"2011\" (2011-01-01..2011-12-31) to have TIMEX3 mod END but it has none");
    }

    @Test
    void hasLabelPassesForLate2011() {
        assertThat(LATE_2011).hasLabel("late 2011");
    }

    @Test
    void hasLabelFailureQuotesBothLabels() {
        assertThatThrownBy(() -> assertThat(LATE_2011).hasLabel("end of 2011"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected \"late 2011\" (2011-09-01..2011-12-31) to have label \"end of 2011\" but it"
                        + " has \"late 2011\"");
    }

    @Test
    void hasSameDaysAsPassesForTheDaysOfAWeekWhateverTheLabel() {
        assertThat(WEEK_36).hasSameDaysAs("2025-09-01/2025-09-07")
                .hasSameDaysAs(LocalDateRange.ofClosed(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 7)))
                .hasSameDaysAs(YearWeek.of(2025, 36));
        assertThat(LATE_2011).hasSameDaysAs("2011-09/2011-12");
    }

    @Test
    void hasSameDaysAsFailureNamesTheRelation() {
        assertThatThrownBy(() -> assertThat(WEEK_36).hasSameDaysAs("2025-09-01/2025-09-08"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected \"week of 1 Sep 2025\" (2025-09-01..2025-09-07) to cover the same days as"
                        + " \"1–8 Sep 2025\" (2025-09-01..2025-09-08) but \"week of 1 Sep 2025\" is certainly at the"
                        + " start of \"1–8 Sep 2025\"");
    }

    @Test
    void containsDayPassesForADayOfTheWeek() {
        assertThat(WEEK_36).containsDay("2025-09-03");
    }

    @Test
    void containsDayFailsForTheNextMonday() {
        assertThatThrownBy(() -> assertThat(WEEK_36).containsDay(LocalDate.of(2025, 9, 8)))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected \"week of 1 Sep 2025\" (2025-09-01..2025-09-07) to contain the day"
                        + " 2025-09-08 but it covers 2025-09-01..2025-09-07");
    }

    @Test
    void hasModifierPassesForLate2011() {
        assertThat(LATE_2011).hasModifier(Modifier.END);
    }

    @Test
    void hasModifierFailureNamesTheActualModifier() {
        assertThatThrownBy(() -> assertThat(LATE_2011).hasModifier(Modifier.START))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected \"late 2011\" (2011-09-01..2011-12-31) to have modifier START but it has END");
    }

    @Test
    void isExactPassesForAnUnmodifiedYear() {
        assertThat(Y2011).isExact();
    }

    @Test
    void isExactFailsForLate2011() {
        assertThatThrownBy(() -> assertThat(LATE_2011).isExact())
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected \"late 2011\" (2011-09-01..2011-12-31) to be exact (have no modifier) but it"
                        + " has END");
    }

    @Test
    void descriptionPrefixesTheMessage() {
        assertThatThrownBy(() -> assertThat(Y2011).as("election year").hasPrecision(Precision.DAY))
                .isInstanceOf(AssertionError.class)
                .hasMessage("[election year] " + NL + "expected \"2011\" (2011-01-01..2011-12-31) to have precision DAY but it"
                        + " has YEAR");
    }

    @Test
    void nullActualFailsAsInAssertJ() {
        assertThatThrownBy(() -> assertThat((When) null).hasPrecision(Precision.DAY))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting actual not to be null");
    }

    @Test
    void unparsableArgumentFailsTheAssertionNamingTheOffendingCharacter() {
        assertThatThrownBy(() -> assertThat(Y2011).isCertainlyDuring("2025-13"))
                .isInstanceOf(AssertionError.class)
                .hasMessage(NL + "expected a time value such as \"2025-09-03\", \"2025-W36\" or \"2011-39\" but"
                        + " Cannot parse \"2025-13\" at index 5: month 13 is out of range 1..12");
    }
}
