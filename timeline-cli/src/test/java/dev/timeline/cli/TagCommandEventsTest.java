package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.tag.timeml.TimeMlAnnotations;
import dev.timeline.tag.timeml.TimeMlAnnotations.AnnotatedEvent;
import dev.timeline.tag.timeml.TimeMlAnnotations.AnnotatedTimex;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code timeline tag} prints the events of a text, with their anchors, as text, JSON and TimeML. */
class TagCommandEventsTest {
    private static final String STORY = "The rig exploded on April 20, 2010, and burned for two days. Officials said "
            + "on Thursday that the leak would be stopped.\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path story() throws Exception {
        Path file = dir.resolve("spill.txt");
        Files.writeString(file, STORY);
        return file;
    }

    @Test
    void timeMlOutputHoldsTheEventsEachWithOneInstance() throws Exception {
        assertThat(run("tag", story().toString(), "--dct", "2010-04-22", "--format", "tml")).isZero();
        String xml = out.toString();
        TimeMlAnnotations a = TimeMlAnnotations.parse(xml, "spill.tml");

        assertThat(a.text()).isEqualTo(STORY);
        assertThat(a.events()).extracting(e -> STORY.substring(e.start(), e.end())).contains("exploded");
        List<String> instanceOf = new ArrayList<>();
        Matcher m = Pattern.compile("<MAKEINSTANCE eiid=\"ei\\d+\" eventID=\"([^\"]+)\"").matcher(xml);
        while (m.find()) {
            instanceOf.add(m.group(1));
        }
        assertThat(instanceOf).containsExactlyInAnyOrderElementsOf(a.events().stream().map(AnnotatedEvent::eid)
                .toList());
        assertThat(a.events()).allSatisfy(e -> assertThat(e.tense()).isNotEmpty());
    }

    @Test
    void timeMlLinksJoinWrittenEventsToWrittenTimexes() throws Exception {
        assertThat(run("tag", story().toString(), "--dct", "2010-04-22", "--format", "tml")).isZero();
        TimeMlAnnotations a = TimeMlAnnotations.parse(out.toString(), "spill.tml");
        List<String> eids = a.events().stream().map(AnnotatedEvent::eid).toList();
        List<String> tids = a.timexes().stream().map(AnnotatedTimex::tid).toList();
        assertThat(a.links()).isNotEmpty().allSatisfy(l -> {
            assertThat(eids).contains(l.eid());
            assertThat(tids).contains(l.tid());
        });
    }

    @Test
    void jsonOutputHasAnEventsArrayWithOffsetsIntoTheText() throws Exception {
        assertThat(run("tag", story().toString(), "--dct", "2010-04-22", "--format", "json")).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(out.toString());
        JsonNode events = root.get("events");
        assertThat(events.isArray()).isTrue();
        assertThat(events.size()).isPositive();
        int mentions = root.get("mentions").size();
        for (JsonNode e : events) {
            assertThat(STORY.substring(e.get("start").asInt(), e.get("end").asInt()))
                    .isEqualTo(e.get("text").asString());
            assertThat(e.get("class").asString()).isNotEmpty();
            assertThat(e.get("tense").asString()).isNotEmpty();
            if (e.has("anchor")) {
                assertThat(e.get("anchor").asInt()).isBetween(0, mentions - 1);
            }
        }
        assertThat(events.findValuesAsString("text")).contains("exploded");
    }

    @Test
    void textOutputListsTheEventsAfterTheTimexes() throws Exception {
        assertThat(run("tag", story().toString(), "--dct", "2010-04-22")).isZero();
        String text = out.toString();
        assertThat(text).contains("# events\n");
        assertThat(text.substring(text.indexOf("# events\n"))).contains("\texploded");
    }
}
