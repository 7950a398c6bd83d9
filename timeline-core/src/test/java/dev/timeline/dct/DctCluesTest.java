package dev.timeline.dct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.document.Document;
import dev.timeline.tag.Anchor;
import dev.timeline.tag.TimeTagger;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DctCluesTest {
    private static DctClues.Found found(String text) {
        return DctClues.find(text, TimeTagger.english().tag(text, Anchor.none()));
    }

    @Test
    void clockTimesAreNotYears() {
        assertThat(found("Troops moved in at 0915 GMT and left (1845 GMT).").years()).isEmpty();
        assertThat(NotYears.isYear("left at 0915 GMT", 8, 12)).isFalse();
        assertThat(NotYears.isYear("left (1845 GMT)", 6, 10)).isFalse();
    }

    @Test
    void numbersOfResolutionsAndCountsAreNotYears() {
        assertThat(NotYears.isYear("under Resolution 1441 today", 17, 21)).isFalse();
        assertThat(NotYears.isYear("sent 2000 troops", 5, 9)).isFalse();
        assertThat(NotYears.isYear("elected in 2009 as", 11, 15)).isTrue();
    }

    @Test
    void aYearStillToComeIsNotTakenAsThePast() {
        DctClues.Found f = found("She was elected in 2012. Her term will end in 2016.");
        DctScorer scorer = new DctScorer(f, DctClues.MAX_YEAR);
        assertThat(scorer.latestPastYear()).isEqualTo(2012);
        assertThat(scorer.earliestFutureYear()).isEqualTo(2016);
    }

    @Test
    void aPastWeekdayAndTheLatestPastDatePinTheDay() {
        // 3 March 2011 was a Thursday: "on Thursday" and "March 3, 2011" agree on the day
        DctEstimate e = DctInference.using(TimeTagger.english()).estimate(Document.of("a",
                "The minister resigned on Thursday. Talks had failed on March 3, 2011, officials said.")).orElseThrow();
        assertThat(e.date()).isEqualTo(LocalDate.of(2011, 3, 3));
        assertThat(e.evidence()).anyMatch(line -> line.contains("March 3, 2011"));
    }

    @Test
    void aDurationIsNotAddedToAYearMentioned() {
        DctEstimate e = DctInference.using(TimeTagger.english()).estimate(Document.of("a",
                "He ruled for 30 years after the coup of 1969. He was ousted on Feb. 11, 2011.")).orElseThrow();
        assertThat(e.date().getYear()).isEqualTo(2011);
    }

    @Test
    void aTextWithoutAnyYearHasNoAnswer() {
        assertThat(DctInference.using(TimeTagger.english()).estimate(Document.of("a",
                "He said on Tuesday that it rained."))).isEmpty();
    }

    @Test
    void aBareYearOfHistoryGivesNoConfidentYear() {
        var e = DctInference.using(TimeTagger.english()).estimate(Document.of("a",
                "The spill is the worst since the Exxon Valdez disaster of 1989."));
        assertThat(e.map(DctEstimate::confidence).orElse(0.0)).isLessThan(0.5);
    }
}
