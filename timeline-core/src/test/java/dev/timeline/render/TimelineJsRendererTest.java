package dev.timeline.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.chronology.Chronology;
import dev.timeline.timeline.Event;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TimelineJsRendererTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final TimelineJsRenderer timelineJs = new TimelineJsRenderer();

    private JsonNode render(Chronology chronology) {
        return JSON.readTree(timelineJs.render(chronology));
    }

    private static Map<String, JsonNode> byId(JsonNode root) {
        Map<String, JsonNode> slides = new HashMap<>();
        root.get("events").forEach(s -> slides.put(s.get("unique_id").asString(), s));
        return slides;
    }

    @Test
    void theSeedsGiveOneValidSlidePerEvent() {
        Chronology seeds = SeedChronology.seeds();
        JsonNode root = render(seeds);
        assertThat(TimelineJsFormat.problems(root)).isEmpty();
        assertThat(root.get("events").size()).isEqualTo(seeds.timeline().size());
        Map<String, JsonNode> slides = byId(root);
        for (Event e : seeds.timeline()) {
            assertThat(slides).containsKey(Anchors.entry(e.id()));
        }
    }

    @Test
    void datesCarryTheFieldsTheValueKnows() {
        Map<String, JsonNode> slides = byId(render(SeedChronology.of(SeedChronology.shapes().toArray(Event[]::new))));
        assertThat(slides.get("ev-day").get("start_date").toString()).isEqualTo("{\"year\":2025,\"month\":9,\"day\":3}");
        assertThat(slides.get("ev-day").has("end_date")).isFalse();
        assertThat(slides.get("ev-day").has("display_date")).isFalse();
        assertThat(slides.get("ev-month").get("start_date").toString()).isEqualTo("{\"year\":2025,\"month\":10}");
        assertThat(slides.get("ev-month").has("end_date")).isFalse();
        assertThat(slides.get("ev-month").get("display_date").asString()).isEqualTo("October 2025");
        assertThat(slides.get("ev-late").get("start_date").toString()).isEqualTo("{\"year\":2011,\"month\":9}");
        assertThat(slides.get("ev-late").get("end_date").toString()).isEqualTo("{\"year\":2011,\"month\":12}");
        assertThat(slides.get("ev-late").get("display_date").asString()).isEqualTo("late 2011");
        assertThat(slides.get("ev-years").get("start_date").toString()).isEqualTo("{\"year\":2018}");
        assertThat(slides.get("ev-years").get("end_date").toString()).isEqualTo("{\"year\":2019}");
    }

    @Test
    void openEndedValuesStartOnTheirKnownBoundWithoutAnEnd() {
        Map<String, JsonNode> slides = byId(render(SeedChronology.of(SeedChronology.shapes().toArray(Event[]::new))));
        assertThat(slides.get("ev-before").get("start_date").toString()).isEqualTo("{\"year\":2010}");
        assertThat(slides.get("ev-before").has("end_date")).isFalse();
        assertThat(slides.get("ev-before").get("display_date").asString()).isEqualTo("before 2011 (open-ended)");
        assertThat(slides.get("ev-after").get("start_date").toString()).isEqualTo("{\"year\":2012}");
    }

    @Test
    void documentTextIsHtmlEscaped() {
        JsonNode slide = render(SeedChronology.of(SeedChronology.hostile())).get("events").get(0);
        assertThat(slide.get("text").get("headline").asString()).startsWith("&lt;script&gt;");
        assertThat(slide.get("text").get("text").asString()).doesNotContain("<script").doesNotContain("<img")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void theCheckCatchesABadSlide() {
        JsonNode bad = JSON.readTree("{\"events\":[{\"start_date\":{\"year\":\"2025\"},\"text\":{}},"
                + "{\"start_date\":{\"year\":2025,\"month\":13},\"text\":{}},"
                + "{\"start_date\":{\"year\":2025,\"month\":2,\"day\":30},\"text\":{}},"
                + "{\"start_date\":{\"year\":2025},\"end_date\":{\"year\":2024},\"text\":{}}]}");
        assertThat(TimelineJsFormat.problems(bad)).hasSize(4);
    }
}
