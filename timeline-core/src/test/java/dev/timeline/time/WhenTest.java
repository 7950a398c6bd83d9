package dev.timeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threeten.extra.LocalDateRange;

class WhenTest {

    @Test
    void lateYearCoversItsLastThirdOnly() {
        When late2011 = When.parse("2011").withModifier(Modifier.END);
        assertThat(late2011.earliestDay()).isEqualTo(LocalDate.of(2011, 9, 1));
        assertThat(late2011.latestDay()).isEqualTo(LocalDate.of(2011, 12, 31));
        assertThat(late2011.label()).isEqualTo("late 2011");
    }

    @ParameterizedTest(name = "{0} {1} covers {2}..{3}")
    @CsvSource({
        "2011, START, 2011-01-01, 2011-04-30",
        "2011, MID, 2011-05-01, 2011-08-31",
        "2011, END, 2011-09-01, 2011-12-31",
        "2024-02, START, 2024-02-01, 2024-02-10",
        "2024-02, MID, 2024-02-11, 2024-02-20",
        "2024-02, END, 2024-02-21, 2024-02-29",
        "199, START, 1990-01-01, 1993-12-31",
        "199, MID, 1994-01-01, 1996-12-31",
        "199, END, 1997-01-01, 1999-12-31",
        "19, START, 1900-01-01, 1933-12-31",
        "19, MID, 1934-01-01, 1966-12-31",
        "19, END, 1967-01-01, 1999-12-31",
        "2025-H2, START, 2025-07-01, 2025-08-31",
        "2025-Q3, END, 2025-09-01, 2025-09-30",
        "2025-WI, MID, 2026-01-01, 2026-01-31",
        "2025-W36, START, 2025-09-01, 2025-09-02",
        "2025-W36, MID, 2025-09-03, 2025-09-04",
        "2025-W36, END, 2025-09-05, 2025-09-07",
        "2025-09-03, END, 2025-09-03, 2025-09-03",
        "2011, APPROX, 2010-01-01, 2012-12-31",
        "2025-09-03, APPROX, 2025-09-02, 2025-09-04",
        "2025-01, APPROX, 2024-12-01, 2025-02-28",
        "2025-08-31/2025-09-08, START, 2025-08-31, 2025-09-02",
        "2025-08-31/2025-09-08, MID, 2025-09-03, 2025-09-05",
        "2025-08-31/2025-09-08, END, 2025-09-06, 2025-09-08",
        "2018/2019, APPROX, 2017-01-01, 2020-12-31",
    })
    void modifierNarrowsOrWidensTheCoveredDays(String value, Modifier mod, LocalDate first, LocalDate last) {
        When w = When.parse(value, mod);
        assertThat(w.earliestDay()).isEqualTo(first);
        assertThat(w.latestDay()).isEqualTo(last);
    }

    @Test
    void beforeIsOpenTowardsThePast() {
        When before = When.parseTimex("2011", "BEFORE");
        assertThat(before.earliestDay()).isEqualTo(LocalDate.MIN);
        assertThat(before.latestDay()).isEqualTo(LocalDate.of(2010, 12, 31));
        assertThat(before.coveredDays().isUnboundedStart()).isTrue();
    }

    @Test
    void onOrAfterIsOpenTowardsTheFuture() {
        When since = When.parseTimex("2011", "ON_OR_AFTER");
        assertThat(since.earliestDay()).isEqualTo(LocalDate.of(2011, 1, 1));
        assertThat(since.latestDay()).isEqualTo(LocalDate.MAX);
        assertThat(since.coveredDays().isUnboundedEnd()).isTrue();
    }

    @Test
    void afterStartsTheDayAfterTheUnit() {
        assertThat(When.parseTimex("2011", "AFTER").earliestDay()).isEqualTo(LocalDate.of(2012, 1, 1));
    }

    @Test
    void onOrBeforeEndsWithTheUnit() {
        assertThat(When.parseTimex("2011-10", "ON_OR_BEFORE").latestDay()).isEqualTo(LocalDate.of(2011, 10, 31));
    }

    @Test
    void rangeCoversFromStartOfFirstToEndOfLast() {
        When w = When.parse("2018/2019");
        assertThat(w.coveredDays()).isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2018, 1, 1),
                LocalDate.of(2019, 12, 31)));
        assertThat(w.isRange()).isTrue();
        assertThat(w.start()).isEqualTo(TimePoint.ofYear(2018));
        assertThat(w.end()).isEqualTo(TimePoint.ofYear(2019));
    }

    @Test
    void rangeOfEqualPointsIsThePoint() {
        When w = When.range(TimePoint.ofYear(2018), TimePoint.ofYear(2018));
        assertThat(w).isEqualTo(When.ofYear(2018));
        assertThat(w.isRange()).isFalse();
    }

    @Test
    void rangeEndingBeforeItStartsIsRejected() {
        assertThatThrownBy(() -> When.range(TimePoint.ofYear(2019), TimePoint.ofYear(2018)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("range ends before it starts: 2019 > 2018");
    }

    @Test
    void rangePrecisionIsTheCoarserEnd() {
        When w = When.range(TimePoint.ofYear(2018), TimePoint.ofMonth(YearMonth.of(2019, 3)));
        assertThat(w.precision()).isEqualTo(Precision.YEAR);
    }

    @ParameterizedTest(name = "{0} is labelled \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "2018/2019 | 2018–2019",
        "2025-08-31/2025-09-03 | 31 Aug – 3 Sep 2025",
        "2025-09-01/2025-09-03 | 1–3 Sep 2025",
        "2024-12-31/2025-01-02 | 31 Dec 2024 – 2 Jan 2025",
        "2025-08/2025-10 | August–October 2025",
        "2025-10 | October 2025",
        "2025-W36 | week of 1 Sep 2025",
        "2025-09-03 | 3 Sep 2025",
        "2025-SU | summer 2025",
        "2025-WI | winter 2025–26",
        "2025-Q3 | Q3 2025",
        "2025-H1 | first half of 2025",
        "2025-H2 | second half of 2025",
        "199 | the 1990s",
        "19 | the 20th century",
        "20 | the 21st century",
        "2011 | 2011",
        "2011~ | about 2011",
        "2025-09-03T14:30 | 3 Sep 2025, 14:30",
        "2025-09-03T14 | 3 Sep 2025, 14:00",
        "2025-09-03T14:30:15Z | 3 Sep 2025, 14:30:15 UTC",
        "2025-09-03T14:30+02:00 | 3 Sep 2025, 14:30 +02:00",
        "2024-SU/2025-SP | summer 2024 – spring 2025",
    })
    void labelReadsLikeEnglish(String value, String label) {
        assertThat(When.parse(value).label()).isEqualTo(label);
        assertThat(When.parse(value)).hasToString(label);
    }

    @ParameterizedTest(name = "{0} {1} is labelled \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "2011 | START | early 2011",
        "2011 | MID | mid-2011",
        "2011 | END | late 2011",
        "2011 | APPROX | about 2011",
        "2011 | BEFORE | before 2011",
        "2011 | AFTER | after 2011",
        "2011 | ON_OR_BEFORE | on or before 2011",
        "2011 | ON_OR_AFTER | on or after 2011",
        "199 | START | the early 1990s",
        "199 | MID | the mid-1990s",
        "19 | END | the late 20th century",
        "2025-10 | MID | mid-October 2025",
        "2025-W36 | START | early in the week of 1 Sep 2025",
        "2025-H1 | END | late in the first half of 2025",
        "2025-09-03 | START | early on 3 Sep 2025",
        "199 | APPROX | about the 1990s",
        "2018/2019 | APPROX | about 2018–2019",
    })
    void modifiedLabelReadsLikeEnglish(String value, Modifier mod, String label) {
        assertThat(When.parse(value, mod).label()).isEqualTo(label);
    }

    @Test
    void timexValueOfPointIsTheTimex3Value() {
        assertThat(When.parseTimex("2011", "END").timexValue()).isEqualTo("2011");
        assertThat(When.parseTimex("2011", "END").timexMod()).contains("END");
    }

    @Test
    void timexValueOfRangeIsTheIsoInterval() {
        assertThat(When.parse("2025-08-31/2025-09-03").timexValue()).isEqualTo("2025-08-31/2025-09-03");
    }

    @Test
    void unmodifiedValueHasNoTimexMod() {
        assertThat(When.parse("2011").timexMod()).isEmpty();
    }

    @ParameterizedTest(name = "{0} with mod {1} has EDTF {2}")
    @CsvSource(delimiter = '|', value = {
        "2011 | | 2011",
        "2011 | APPROX | 2011~",
        "2011 | START | 2011-37",
        "2011 | MID | 2011-38",
        "2011 | END | 2011-39",
        "2025-SP | | 2025-21",
        "2025-WI | | 2025-24",
        "2025-Q3 | | 2025-35",
        "2025-H1 | | 2025-40",
        "199 | | 199X",
        "19 | | 19XX",
        "2018/2019 | | 2018/2019",
        "2018/2019 | APPROX | 2018~/2019~",
        "2011 | ON_OR_BEFORE | ../2011",
        "2011 | ON_OR_AFTER | 2011/..",
        "2011 | BEFORE | ../2010-12-31",
        "2011 | AFTER | 2012-01-01/..",
        "2025-10 | END | 2025-10-21/2025-10-31",
        "2025-09-03T14 | | 2025-09-03T14:00:00",
        "2025-W36 | | 2025-W36",
    })
    void edtfFormIsIso8601Part2(String value, String mod, String edtf) {
        When w = mod == null ? When.parse(value) : When.parseTimex(value, mod);
        assertThat(w.edtf()).isEqualTo(edtf);
    }

    @ParameterizedTest(name = "EDTF {0} reads back as itself")
    @CsvSource({"2011~", "2011-37", "2011-39", "2025-21", "2025-24", "2025-35", "2025-41", "199X", "19XX",
        "2018/2019", "2018~/2019~", "../2011", "2011/..", "2025-08-31/2025-09-03", "2025-W36"})
    void edtfRoundTripsWhereItCanSayTheValue(String edtf) {
        assertThat(When.parse(edtf).edtf()).isEqualTo(edtf);
    }

    @Test
    void edtfSeasonCodeParsesAsSeason() {
        assertThat(When.parse("2025-21")).isEqualTo(When.of(TimePoint.ofSeason(2025, Season.SPRING)));
    }

    @Test
    void edtfQuadrimesterParsesAsPartOfYear() {
        assertThat(When.parse("2011-39")).isEqualTo(When.parseTimex("2011", "END"));
    }

    @Test
    void edtfOpenStartParsesAsOnOrBefore() {
        assertThat(When.parse("../2011")).isEqualTo(When.parseTimex("2011", "ON_OR_BEFORE"));
    }

    @Test
    void isoWeekDateParsesAsItsDay() {
        assertThat(When.parse("2025-W36-3")).isEqualTo(When.ofDay(LocalDate.of(2025, 9, 3)));
    }

    @Test
    void timeOfDayAndOffsetAreKept() {
        When w = When.parse("2025-09-03T14:30+02:00");
        assertThat(w.start().timeOfDay()).contains(java.time.LocalTime.of(14, 30));
        assertThat(w.start().offset()).contains(ZoneOffset.ofHours(2));
        assertThat(w.precision()).isEqualTo(Precision.MINUTE);
        assertThat(w.coveredDays()).isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2025, 9, 3),
                LocalDate.of(2025, 9, 3)));
    }

    @Test
    void secondPrecisionIsKeptEvenWhenSecondsAreZero() {
        When w = When.parse("2025-09-03T14:30:00");
        assertThat(w.precision()).isEqualTo(Precision.SECOND);
        assertThat(w.timexValue()).isEqualTo("2025-09-03T14:30:00");
    }

    @Test
    void ofDateTimeWithoutSecondsIsMinutePrecision() {
        assertThat(TimePoint.ofDateTime(LocalDateTime.of(2025, 9, 3, 14, 30)).precision())
                .isEqualTo(Precision.MINUTE);
    }

    @Test
    void lengthModifierIsRejectedForDates() {
        assertThatThrownBy(() -> When.ofYear(2011).withModifier(Modifier.LESS_THAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("modifier LESS_THAN applies to lengths, not dates");
    }

    @Test
    void withoutModifierRestoresTheExactValue() {
        assertThat(When.parseTimex("2011", "END").withoutModifier()).isEqualTo(When.ofYear(2011));
    }

    @Test
    void parseWithModifierRejectsAValueAlreadyModified() {
        assertThatThrownBy(() -> When.parse("2011~", Modifier.END))
                .isInstanceOf(TimeValueParseException.class)
                .hasMessage("Cannot parse \"2011~\" at index 0: the value is already modified (APPROX) and cannot"
                        + " also take mod END");
    }

    @Test
    void unknownModIsReportedWithTheModText() {
        assertThatThrownBy(() -> When.parseTimex("2011", "LATE"))
                .isInstanceOf(TimeValueParseException.class)
                .hasMessageStartingWith("Cannot parse \"LATE\" at index 0: unknown TIMEX3 mod \"LATE\"");
    }
}
