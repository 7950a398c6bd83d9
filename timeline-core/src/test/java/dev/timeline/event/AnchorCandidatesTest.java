package dev.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.event.AnchorCandidates.Candidate;
import dev.timeline.event.AnchorCandidates.DayRelation;
import dev.timeline.event.AnchorCandidates.Where;
import dev.timeline.event.AnchorFeatures.TimexSpot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The candidates of an event and what they know of the story's day. */
class AnchorCandidatesTest {
    private static TimexSpot date(int token, String value) {
        return new TimexSpot(token, token, "DATE", value);
    }

    @Test
    void aDateComparesWithTheDayAsFarAsTheCoarserOfTheTwoGoes() {
        assertThat(DayRelation.of("1998-02-12", "1998-02-13")).isEqualTo(DayRelation.BEFORE);
        assertThat(DayRelation.of("1998-02-13", "1998-02-13")).isEqualTo(DayRelation.SAME);
        assertThat(DayRelation.of("1998-02-13T09:00", "1998-02-13")).isEqualTo(DayRelation.SAME);
        assertThat(DayRelation.of("1998-02", "1998-02-13")).isEqualTo(DayRelation.SAME);
        assertThat(DayRelation.of("1998-03", "1998-02-13")).isEqualTo(DayRelation.AFTER);
        assertThat(DayRelation.of("1997", "1998-02-13")).isEqualTo(DayRelation.BEFORE);
        assertThat(DayRelation.of("1999-Q1", "1998-02-13")).isEqualTo(DayRelation.AFTER);
    }

    @Test
    void aDurationAReferenceOrAStoryWithoutADayHaveNoRelation() {
        assertThat(DayRelation.of("P3D", "1998-02-13")).isEqualTo(DayRelation.NONE);
        assertThat(DayRelation.of("PRESENT_REF", "1998-02-13")).isEqualTo(DayRelation.NONE);
        assertThat(DayRelation.of("1998-02-13", null)).isEqualTo(DayRelation.NONE);
    }

    @Test
    void eachCandidateKnowsHowItStandsToTheDominantDay() {
        // the 13th, named twice, is the story's day; March, the latest date before the event, comes after it
        AnchorCandidates.Document doc = new AnchorCandidates.Document(List.of(
                List.of(date(1, "1998-02-13")),
                List.of(date(10, "1998-02-13"), date(14, "1998-03")),
                List.of()));
        List<Candidate> candidates = doc.of(2, 20);
        assertThat(candidates).extracting(Candidate::where).containsExactly(Where.RECENT, Where.LEAD, Where.DOMINANT);
        assertThat(candidates).extracting(Candidate::day)
                .containsExactly(DayRelation.AFTER, DayRelation.SAME, DayRelation.SAME);
    }
}
