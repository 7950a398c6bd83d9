package dev.timeline.happening;

import static dev.timeline.happening.LexiconExamples.dated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.timeline.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A gerund that "after", "before", "since" or "upon" opens tells a happening of the main clause's subject when a date
 * of its own clause dates it; the main clause's date is not its. A gerund after a day spent tells what happened that
 * day. Examples written on Thursday 28 Aug 2025.
 */
class SubordinateGerundsTest {
    @Test
    void aGerundDatedInItsOwnClauseTellsAHappeningOfTheMainClausesSubject() {
        assertThat(dated("Striking nurses in Leeds returned to work on Monday after reaching a pay deal with the"
                + " hospital trust on Saturday.")).contains(
                "2025-08-23 Striking nurses in Leeds reach a pay deal with the hospital trust",
                "2025-08-25 Striking nurses in Leeds return to work");
    }

    @Test
    void aGerundClauseThatOpensTheSentenceTellsAHappeningOfTheSubjectAfterItsComma() {
        assertThat(dated("After striking down the curfew on Monday, Judge Ana Reyes rejected the city's appeal on"
                + " Wednesday.")).contains("2025-08-25 Judge Ana Reyes strikes down the curfew",
                "2025-08-27 Judge Ana Reyes rejects the city's appeal");
    }

    @Test
    void aGerundAfterAFutureClauseIsPlannedToo() {
        List<Event> events = LexiconExamples.events(
                "Dutch ministers will meet in Oslo on Monday before signing the fishing accord on Wednesday.");
        assertThat(events).filteredOn(e -> e.title().equals("Dutch ministers sign the fishing accord"))
                .singleElement().satisfies(e -> {
                    assertThat(e.when().timexValue()).isEqualTo("2025-09-03");
                    assertThat(e.attributes()).containsEntry("planned", "true");
                });
    }

    @Test
    void theMainClausesDayBoundsAGerundAfterAfter() {
        // when the collarbone broke, the sentence does not say: on or before Tuesday
        assertThat(LexiconExamples.events("The Dutch cyclist Jan Vos was resting at home on Tuesday after breaking"
                + " his collarbone.")).extracting(e -> e.when().toString() + " " + e.title())
                .contains("on or before 26 Aug 2025 The Dutch cyclist Jan Vos breaks his collarbone");
        // a speech's day too: what was met came first
        assertThat(LexiconExamples.events("Dorn and Vale made the statements on Monday after meeting with rebel"
                + " leaders in Tarsk.")).extracting(e -> e.when().toString() + " " + e.title())
                .containsExactly("on or before 25 Aug 2025 Dorn and Vale meet with rebel leaders in Tarsk");
    }

    @Test
    void aLengthBeforeAnEventNounSaysHowLongAndTheDayBeforeItDatesTheNoun() {
        assertThat(LexiconExamples.events("Tom Vell spoke to reporters on Tuesday after a two-hour meeting with"
                + " Governor Ilse Brandt.")).extracting(e -> e.when().toString() + " " + e.title())
                .contains("26 Aug 2025 Tom Vell's meeting with Governor Ilse Brandt");
    }

    @Test
    void theMainClausesDateDatesNoGerundOfItsClause() {
        // a year is no day that bounds it
        assertThat(LexiconExamples.titles("The Dutch cyclist Jan Vos was named rider of the year in 2024 after"
                + " breaking his collarbone.")).noneMatch(t -> t.contains("break"));
        // the year past the comma is the record's
        assertThat(LexiconExamples.titles("Kenyan spinner Asif Karim took two wickets before dismissing Ali Khan"
                + " for 40, moving past the 1998 record.")).noneMatch(t -> t.contains("dismiss"));
    }

    @Test
    void theGerundAfterADaySpentTellsWhatHappenedThatDay() {
        // "Volunteers spend clearing debris" said nothing of spending; the tagger read "clearing" as a noun
        assertThat(dated("Volunteers spent Saturday clearing debris from the streets of Tarbert."))
                .contains("2025-08-23 Volunteers clear debris from the streets of Tarbert")
                .noneMatch(t -> t.contains("spend"));
    }

    @Test
    void aGerundAfterARelativeClausesVerbHasNoSubjectFromIt() {
        // "who is also vice president" is no clause the gerund stands in: it is Smith who leaves
        assertThat(LexiconExamples.titles("Senator Ann Smith will have lunch with Mayor Tom Reed, who is also party"
                + " chairman, before leaving for Boston on Friday.")).noneMatch(t -> t.startsWith("Mayor Tom Reed"));
    }

    @Test
    void aDateInAGerundsClauseAfterBeforeIsTheGerundsNotTheMainVerbs() {
        // the preparing came before the cancelling of 2 November, on a day the sentence does not say
        assertThat(dated("The Velo presidency had prepared the ground for a meeting in Orvo between Tarn and Lisk"
                + " before cancelling the consultations on Aug. 2, following Tarn's refusal.")).containsExactly(
                "2025-08-02 The Velo presidency cancels the consultations");
        // a date before "before" stays the main verb's
        assertThat(dated("The army shelled the town of Orvo on Sunday before entering it.")).containsExactly(
                "2025-08-24 The army shells the town of Orvo");
    }
}
