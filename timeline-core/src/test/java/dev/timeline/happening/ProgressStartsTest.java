package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What has been going on since a date began on it ({@link ProgressStarts}); the articles are written on Thursday 28
 * Aug 2025 ({@link LexiconExamples}).
 */
class ProgressStartsTest {
    @Test
    void aProgressSinceADateBeganOnIt() {
        // each gave nothing: "since" made the date a bound, and the perfect progressive a state
        List<Event> leak = LexiconExamples.events("Gas has been leaking from the Baltic pipeline since 3 August.");
        assertThat(leak).extracting(Event::title).containsExactly("Gas begins leaking from the Baltic pipeline");
        assertThat(leak.get(0).when()).isEqualTo(When.parse("2025-08-03"));
        assertThat(LexiconExamples.titles("Tamil rebels have been fighting for a separate state since 1983."))
                .containsExactly("Tamil rebels begin fighting for a separate state");
        // a date "since" names after the article's day is the year before's
        assertThat(LexiconExamples.events("Oil has been gushing from the Nordgas well since October 20.").get(0)
                .when()).isEqualTo(When.parse("2024-10-20"));
    }

    @Test
    void aWhenClauseAfterTheDateOfSinceTellsWhatHappenedThen() {
        List<Event> events = LexiconExamples.events("The crisis is the worst test of the economy since 1998, when"
                + " Tarnia defaulted on its debt payments.");
        assertThat(events).extracting(Event::title).containsExactly("Tarnia defaults on its debt payments");
        assertThat(events.get(0).when()).isEqualTo(When.parse("1998"));
        // a participle after its noun is no verb of the clause
        assertThat(LexiconExamples.titles("Oil has been gushing into the Gulf since April 20, when a Velo Ltd"
                + " drilling rig licensed to Tarn Oil exploded, killing 11 workers.")).noneMatch(
                        t -> t.contains("license"));
    }

    @Test
    void aLengthOrAPerfectTellsNoStart() {
        assertThat(LexiconExamples.titles("Lena Varga had been working in a kindergarten for two years.")).isEmpty();
        // the simple perfect: a count or a state up to now, as before
        assertThat(LexiconExamples.titles("More than 300 people have died since 1983.")).noneMatch(
                t -> t.contains("begin"));
    }
}
