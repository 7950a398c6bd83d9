package dev.timeline.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Timeline;
import dev.timeline.timeline.TimelineArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing then reading gives back an equal value, for every type the format carries. */
class TimelineJsonRoundTripProperties {

    @Provide
    Arbitrary<Timeline> timelines() {
        return TimelineArbitraries.timelines();
    }

    @Provide
    Arbitrary<When> whens() {
        return TimelineArbitraries.whens();
    }

    @Provide
    Arbitrary<Event> events() {
        return TimelineArbitraries.events();
    }

    @Property(tries = 300)
    void timelineRoundTripIsExact(@ForAll("timelines") Timeline timeline) {
        assertThat(TimelineJson.read(TimelineJson.write(timeline))).isEqualTo(timeline);
    }

    @Property
    void whenRoundTripIsExact(@ForAll("whens") When when) {
        String json = TimelineJson.mapper().writeValueAsString(when);
        assertThat(TimelineJson.mapper().readValue(json, When.class)).isEqualTo(when);
    }

    @Property
    void eventRoundTripIsExact(@ForAll("events") Event event) {
        String json = TimelineJson.mapper().writeValueAsString(event);
        assertThat(TimelineJson.mapper().readValue(json, Event.class)).isEqualTo(event);
    }
}
