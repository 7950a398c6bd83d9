package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a saying tells: its day against the date of what it tells ("Police said [Monday] that gunmen shot the mayor on
 * Sunday" dates the shooting on Sunday, not on Monday), and who its pronoun is ("Marc Dupont said [he] resigned in
 * 1991"). The articles are written on Thursday 28 Aug 2025 ({@link LexiconExamples}).
 */
class SayingsTest {
    private static Event only(String text, String titlePart) {
        List<Event> events = LexiconExamples.events(text).stream().filter(e -> e.title().contains(titlePart))
                .toList();
        assertThat(events).as("events of %s titled with %s", text, titlePart).hasSize(1);
        return events.get(0);
    }

    @Test
    void theSayingsDayIsNotNearerToWhatItTellsThanItsOwnDate() {
        // was nothing: Monday, nearer the verb, seemed to be another date of its own
        assertThat(only("Police said Monday that gunmen killed the Jaffna mayor Sunday.", "kill").when())
                .isEqualTo(When.parse("2025-08-24"));
        assertThat(only("Ortega told reporters on Monday that rebels seized the Kandy airport on Sunday.", "seize")
                .when()).isEqualTo(When.parse("2025-08-24"));
    }

    @Test
    void aDateAfterTheToldVerbTakesThePlaceOfTheSayingsDay() {
        // was nothing: the anchorer placed the shooting on Monday, the saying's day
        assertThat(only("Police said Monday that gunmen shot the mayor of Jaffna on Sunday.", "shoot").when())
                .isEqualTo(When.parse("2025-08-24"));
        // alone, the saying's day dates what it tells
        assertThat(only("Police said Monday that gunmen killed the mayor of Jaffna.", "kill").when())
                .isEqualTo(When.parse("2025-08-25"));
    }

    @Test
    void aYearThatNamesAnEditionGivesWayToTheDayAfterIt() {
        // was dated 2026, the year of the gala
        Event e = only("The Film Academy said on Wednesday that Lena Varga will be honoured at the 2026 Galas in"
                + " Vienna on March 3.", "honour");
        assertThat(e.when()).isEqualTo(When.parse("2026-03-03"));
        assertThat(e.attributes()).containsEntry("planned", "true");
    }

    @Test
    void aNameInQuotationMarksIsAWorkNoOneAPronounStandsFor() {
        // was "Northern Lights is honoured at ...": "she" stood for the film
        Event e = only("Lena Varga wrote the music of films such as \"Northern Lights\" and \"Blue Harbour\".\n\n"
                + "The Film Academy said on Wednesday she will be honoured at the 2026 Galas in Vienna on March 3.",
                "honour");
        assertThat(e.title()).startsWith("Lena Varga is honoured");
    }

    @Test
    void aPronounThatOpensTheToldClauseIsTheNamedSpeaker() {
        // each gave nothing: "he" stood for no one
        assertThat(LexiconExamples.titles("Marc Dupont said he resigned from the board in 2011.")).containsExactly(
                "Marc Dupont resigns from the board");
        assertThat(LexiconExamples.titles("Marc Dupont told a Brussels inquiry he was ordered in 2011 to pay 500,000"
                + " francs to the minister.")).containsExactly("Marc Dupont is ordered to pay 500,000 francs to the"
                + " minister");
        // what the speaker never said is not told
        assertThat(LexiconExamples.titles("Marc Dupont never told the inquiry he resigned from the board in 2011."))
                .isEmpty();
    }

    @Test
    void whatADatedSayingTellsInThePresentProgressiveHappensOnItsDay() {
        // gave nothing: only a past or a present perfect was read as told
        Event e = only("Attorney General Lena Varga said Friday she is dispatching attorneys to Bergen to meet with"
                + " the response teams.", "dispatch");
        assertThat(e.title()).isEqualTo("Lena Varga dispatches attorneys to Bergen to meet with the response teams");
        assertThat(e.when()).isEqualTo(When.parse("2025-08-22"));
        // a frequency in the clause ("daily") is no day of it: the saying's day dates it (gave nothing)
        Event handover = only("Norrail chairman Jan Berg said Friday that chief executive Lena Varga is handing over"
                + " daily operations to Ola Holm.", "hand");
        assertThat(handover.when()).isEqualTo(When.parse("2025-08-22"));
        // a trend goes on, no happening
        assertThat(LexiconExamples.titles("Attorney General Lena Varga said Friday that the economy is growing fast."))
                .isEmpty();
    }

    @Test
    void aToldVerbThatEndsItsClauseTookNoObject() {
        // each gave nothing: an active verb without an object was read as a relative's ("the city they had captured")
        Event death = only("Norrail said on Wednesday that Jan Berg had died.", "die");
        assertThat(death.title()).isEqualTo("Jan Berg dies");
        assertThat(death.when().toString()).isEqualTo("on or before 27 Aug 2025");
        assertThat(LexiconExamples.titles("The ministry said on Tuesday that Lena Varga had resigned."))
                .containsExactly("Lena Varga resigns");
        // a noun before the saying may be what the verb acted on; a verb that goes on may have lost its object
        assertThat(LexiconExamples.titles("Rebels held the town the army said on Tuesday it had captured.")).isEmpty();
        assertThat(LexiconExamples.titles("The prosecutor Lena Varga said Friday she had decided on whether to press"
                + " charges.")).isEmpty();
    }

    @Test
    void underwayCompletesItsVerb() {
        // was "Work on the Baltic Bridge gets"
        assertThat(LexiconExamples.titles("Work on the Baltic Bridge got underway on Monday.")).containsExactly(
                "Work on the Baltic Bridge gets underway");
    }

    @Test
    void aTrailingSayingsDayDatesNoFutureItTells() {
        // "BP Plc will be evicted from the FTSE4Good ethical investment index ..., FTSE said on Friday" gave the
        // eviction Friday's date
        assertThat(LexiconExamples.dated("Tarn Oil Plc will be evicted from the Velo ethical investment index, index"
                + " compiler Velo Indices said on Thursday.")).noneMatch(t -> t.contains("evict"));
        // the past it tells takes the day
        assertThat(LexiconExamples.dated("Tarn Oil Plc was evicted from the Velo ethical investment index, index"
                + " compiler Velo Indices said on Thursday.")).anyMatch(t -> t.contains("evict"));
    }
}
