package dev.timeline.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import dev.timeline.timeline.SeedEvents;
import dev.timeline.timeline.Source;
import dev.timeline.timeline.Timeline;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TimelineModuleTest {
    /** A user's own class holding library values. */
    record Report(String name, When asOf, EventType focus, List<Event> highlights, Source evidence,
            Timeline history) {}

    private final JsonMapper mapper = JsonMapper.builder().addModule(new TimelineModule()).build();

    @Test
    void valuesInAUsersClassRoundTrip() {
        Report report = new Report("seed card", When.ofYear(2025), EventType.VISIT,
                List.of(SeedEvents.PUTIN_IN_CHINA), SeedEvents.KIM_VISITS_CHINA.sources().get(0),
                SeedEvents.timeline());
        assertThat(mapper.readValue(mapper.writeValueAsString(report), Report.class)).isEqualTo(report);
    }

    @Test
    void errorsNameThePathFromTheUsersRoot() {
        String json = mapper.writeValueAsString(new Report("r", When.ofYear(2025), EventType.VISIT, List.of(),
                        Source.of("d", 0, 1, ""), SeedEvents.timeline()))
                .replace("\"2025-10\"", "\"2025-13\"");
        assertThatThrownBy(() -> mapper.readValue(json, Report.class))
                .isInstanceOfSatisfying(TimelineFormatException.class,
                        e -> assertThat(e.path()).isEqualTo("$.history.events[4].when.value"))
                .hasMessageStartingWith("$.history.events[4].when.value: Cannot parse \"2025-13\"");
    }

    @Test
    void eventTypeIsWrittenAsItsName() {
        assertThat(mapper.writeValueAsString(EventType.PARADE)).isEqualTo("\"parade\"");
        assertThat(mapper.readValue("\"state-funeral\"", EventType.class)).isEqualTo(EventType.of("state-funeral"));
    }

    @Test
    void whenIsWrittenAsTheFormatsWhenObject() {
        assertThat(mapper.writeValueAsString(When.ofYear(2025))).isEqualTo(
                "{\"value\":\"2025\",\"edtf\":\"2025\",\"start\":\"2025-01-01\",\"end\":\"2025-12-31\","
                        + "\"label\":\"2025\"}");
    }
}
