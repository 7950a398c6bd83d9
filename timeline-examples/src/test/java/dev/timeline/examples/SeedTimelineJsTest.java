package dev.timeline.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.timeline.chronology.Chronologies;
import dev.timeline.chronology.Chronology;
import dev.timeline.document.Documents;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed chronology's TimelineJS file in the real viewer: Knight Lab's TimelineJS ({@code @knight-lab/timelinejs}
 * 3.9.x, installed from npm into {@code target/npm}) in headless Chromium, served from 127.0.0.1. Its
 * {@code loaded} event fires, it draws one marker per event of the file, and nothing is reported as an error.
 * Skipped, with a message on the console, where npm or Chromium is missing or npm cannot install the package.
 */
class SeedTimelineJsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CHECK_START = "<pre id=\"timeline-check\">";

    @Test
    void timelineJsLoadsTheSeedChronologyWithOneMarkerPerEventAndNoError(@TempDir Path dir) throws Exception {
        Optional<Chromium> chromium = Chromium.find(dir.resolve("profile"));
        skipUnless(chromium.isPresent(), "chromium is not installed (apt-get install -y chromium)");
        NpmPackage.Installed viewer = NpmPackage.install("@knight-lab/timelinejs", "3.9", Path.of("target", "npm"));
        skipUnless(viewer.ok(), viewer.problem());
        assertThat(viewer.version()).as("TimelineJS version").startsWith("3.9.");

        Path site = Files.createDirectories(dir.resolve("site"));
        Chronology chronology = Chronologies.build(Documents.readFolder(Path.of("..", "seeds")));
        WriteChronologyFiles.write(chronology, site);
        JsonNode file = JSON.readTree(Files.readString(site.resolve("chronology.timeline.json")));
        int events = file.path("events").size();
        assertThat(events).as("slides in the TimelineJS file").isEqualTo(chronology.timeline().size()).isPositive();
        Files.createSymbolicLink(site.resolve("timelinejs"), viewer.dir().resolve("dist").toAbsolutePath());
        try (InputStream page = SeedTimelineJsTest.class.getResourceAsStream("timelinejs-check.html")) {
            Files.copy(page, site.resolve("index.html"));
        }

        try (StaticFiles server = StaticFiles.serve(site)) {
            Chromium.Run run = chromium.get().run(server.uri("index.html"), "--dump-dom",
                    "--virtual-time-budget=15000", "--enable-logging=stderr", "--v=0", "--window-size=1280,800");
            JsonNode check = check(run.out());
            System.out.printf("SeedTimelineJsTest: TimelineJS %s: %s%n", viewer.version(), check);
            assertThat(check.path("loaded").asBoolean()).as("TimelineJS fired 'loaded'").isTrue();
            assertThat(check.path("markers").asInt()).as("markers on the time navigator").isEqualTo(events);
            assertThat(strings(check.path("errors"))).as("errors in the page").isEmpty();
            assertThat(server.requests()).as("files asked for").contains("200 /chronology.timeline.json")
                    .allMatch(r -> r.startsWith("200 "), "answered");
            assertThat(run.err()).doesNotContain("Uncaught").doesNotContain("net::ERR_");
        }
    }

    /** What the page wrote into {@code #timeline-check}. */
    private static JsonNode check(String dom) throws IOException {
        int start = dom.indexOf(CHECK_START);
        assertThat(start).as("#timeline-check in the DOM:%n%s", dom).isNotNegative();
        String text = dom.substring(start + CHECK_START.length(), dom.indexOf("</pre>", start));
        assertThat(text).as("TimelineJS never fired 'loaded' (#timeline-check still says so)").isNotEqualTo("pending");
        return JSON.readTree(text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.asString()));
        return out;
    }

    /** Skips the test with {@code message}, printed on the console as well as in the report. */
    private static void skipUnless(boolean condition, String message) {
        if (!condition) {
            System.out.println("SeedTimelineJsTest skipped: " + message);
        }
        assumeTrue(condition, message);
    }
}
