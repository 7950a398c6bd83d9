package dev.timeline.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.timeline.SeedEvents;
import dev.timeline.timeline.Timeline;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineJsonTest {
    private final Timeline seeds = SeedEvents.timeline();

    @Test
    void writesTheDocumentedShape() {
        String json = TimelineJson.write(Timeline.of(SeedEvents.KIM_TAKES_POWER));
        assertThat(json).isEqualTo("""
                {
                  "format" : "timeline",
                  "version" : 1,
                  "events" : [ {
                    "id" : "kim-takes-power",
                    "when" : {
                      "value" : "2011",
                      "mod" : "END",
                      "edtf" : "2011-39",
                      "start" : "2011-09-01",
                      "end" : "2011-12-31",
                      "label" : "late 2011"
                    },
                    "title" : "Kim Jong Un takes power",
                    "type" : "takeover",
                    "participants" : [ "Kim Jong Un" ],
                    "places" : [ "North Korea" ]
                  } ]
                }""");
    }

    @Test
    void readsWhatItWrites() {
        assertThat(TimelineJson.read(TimelineJson.write(seeds))).isEqualTo(seeds);
    }

    @Test
    void readsAndWritesReadersWritersAndFiles(@TempDir Path dir) throws IOException {
        StringWriter out = new StringWriter();
        TimelineJson.write(seeds, out);
        assertThat(TimelineJson.read(new StringReader(out.toString()))).isEqualTo(seeds);
        Path file = dir.resolve("seeds.json");
        TimelineJson.write(seeds, file);
        assertThat(TimelineJson.read(file)).isEqualTo(seeds);
    }

    @Test
    void missingFileIsAnIoError(@TempDir Path dir) {
        assertThatThrownBy(() -> TimelineJson.read(dir.resolve("none.json"))).isInstanceOf(IOException.class);
    }

    @Test
    void readsEventsInAnyOrderAndSortsThem() {
        String json = """
                {"format":"timeline","version":1,"events":[
                  {"id":"b","when":{"value":"2025-10"},"title":"B","type":"anniversary"},
                  {"id":"a","when":{"value":"2015-09-03"},"title":"A","type":"parade"}]}""";
        assertThat(TimelineJson.read(json).events()).extracting(e -> e.id()).containsExactly("a", "b");
    }

    @Test
    void derivedWhenFieldsAreOptional() {
        String json = """
                {"format":"timeline","version":1,"events":[
                  {"id":"a","when":{"value":"2011","mod":"END"},"title":"A","type":"takeover"}]}""";
        assertThat(TimelineJson.read(json).events().get(0).when().label()).isEqualTo("late 2011");
    }
}
