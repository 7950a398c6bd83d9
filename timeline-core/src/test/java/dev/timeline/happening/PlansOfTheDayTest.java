package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.timeline.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the article says is still to come on the day it was written is planned: "later Thursday" after a verb not in
 * the past, and "was to be" before a passive; a schedule in the past perfect is a plan that changed. Examples written
 * on Thursday 28 Aug 2025.
 */
class PlansOfTheDayTest {
    private static Event only(String text) {
        List<Event> events = LexiconExamples.events(text);
        assertThat(events).as("the events of %s", text).hasSize(1);
        return events.get(0);
    }

    @Test
    void aPresentDatedLaterThatDayIsPlanned() {
        assertThat(only("The Kessel trade summit in Oslo, which opens later Thursday, will discuss tariffs.")
                .attributes()).containsEntry("planned", "true");
        // told in the past, it was done by the time of writing
        assertThat(only("Foreign minister Ana Berg left Oslo later Thursday.").attributes())
                .doesNotContainKey("planned");
        // "later on" the day, a preposition between
        assertThat(only("The interview with Ana Berg on Vestia TV is to be broadcast later on Thursday.")
                .attributes()).containsEntry("planned", "true");
    }

    @Test
    void aScheduleAfterAFrontedDateIsThePlansOwn() {
        // the schedule's "is" is no other clause's verb between the date and the plan
        Event travel = only("On Monday, Omar Reyes is scheduled to travel to Vallis.");
        assertThat(travel.title()).isEqualTo("Omar Reyes travels to Vallis");
        assertThat(travel.when().toString()).isEqualTo("1 Sep 2025");
        assertThat(travel.attributes()).containsEntry("planned", "true");
    }

    @Test
    void plansTakenForANounAfterANameIsTheVerbOfItsPlan() {
        // "plans/NNS to ship": the tagger's noun after a name is the verb ("the company's plans to" stays a noun)
        assertThat(only("MedImmune plans to ship the first batch of its vaccine on Friday.").title())
                .isEqualTo("MedImmune ships the first batch of its vaccine");
    }

    @Test
    void aScheduleInThePastPerfectIsAPlanThatChanged() {
        assertThat(LexiconExamples.titles("Fresh talks between Norland and Vestia had been scheduled for June, but"
                + " the talks were put off.")).noneMatch(t -> t.contains("scheduled"));
        // a schedule told in the simple past still stands
        assertThat(LexiconExamples.titles("Fresh talks between Norland and Vestia were scheduled for June."))
                .isNotEmpty();
    }

    @Test
    void aPassiveAfterWasToBeIsPlanned() {
        assertThat(only("Former striker Tom Vale was to be questioned by police later Thursday over the fight.")
                .attributes()).containsEntry("planned", "true");
    }

    @Test
    void anActExpectedOnADayIsPlanned() {
        // each gave nothing: "expected" made the act hypothetical
        Event visit = only("Norland envoy Ana Berg is expected to arrive in Vestia on Friday.");
        assertThat(visit.title()).isEqualTo("Norland envoy Ana Berg arrives in Vestia");
        assertThat(visit.attributes()).containsEntry("planned", "true");
        assertThat(only("The Vestian central bank was expected to raise interest rates on Saturday.").attributes())
                .containsEntry("planned", "true");
        // a change of a quantity expected is a forecast; one that had been expected, a plan that changed
        assertThat(LexiconExamples.titles("Vestian property stocks are expected to rise on Monday.")).isEmpty();
        assertThat(LexiconExamples.titles("Norland had been expected to present its resolution on Wednesday, but"
                + " diplomats said it was waiting.")).isEmpty();
        // an expectation that a saying tells is the sayer's forecast (was *The central bank holds its key rates*)
        assertThat(LexiconExamples.titles("Most economists said that the Vestian central bank was expected to hold its"
                + " key rates at a meeting on Friday.")).isEmpty();
    }

    @Test
    void whatIsToBeDoneIsPlannedOnTheDayItWasMadeKnown() {
        // was not flagged: the announcement's day dated it, and "is to" was read as no plan
        Event hub = only("Northway Air is to build a new cargo hub, Dalen announced on Thursday.");
        assertThat(hub.title()).isEqualTo("Northway Air builds a new cargo hub");
        assertThat(hub.attributes()).containsEntry("planned", "true");
        // was "Northway Air builds a new cargo hub" on Wednesday, as if done: a plan is not done by its announcement
        assertThat(LexiconExamples.titles("Northway Air is to build a new cargo hub, Dalen announced on Wednesday."))
                .isEmpty();
        // told in the past, it was done
        assertThat(only("Northway Air built a new cargo hub, Dalen announced on Wednesday.").attributes())
                .doesNotContainKey("planned");
    }
}
