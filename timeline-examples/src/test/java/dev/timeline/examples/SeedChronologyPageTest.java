package dev.timeline.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.timeline.chronology.Chronologies;
import dev.timeline.chronology.Chronology;
import dev.timeline.document.Document;
import dev.timeline.document.Documents;
import dev.timeline.time.Modifier;
import dev.timeline.time.TimePoint;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Timeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens the seed chronology's HTML page in headless Chromium, as a person would, and checks the DOM it builds (and the
 * layout of a page whose bars run across the whole axis). Skipped
 * where Chromium is not installed ({@code apt-get install -y chromium}). Leaves screenshots in {@code target/}.
 */
class SeedChronologyPageTest {
    private static final Path OUT = Path.of("target", "chronology");
    private static final String LAYOUT_RESULT = "<pre id=\"layout-result\">";
    private static Chronology chronology;
    private static Path page;

    @BeforeAll
    static void writeFiles() throws Exception {
        chronology = Chronologies.build(Documents.readFolder(Path.of("..", "seeds")));
        List<Path> files = WriteChronologyFiles.write(chronology, OUT);
        page = files.get(0);
    }

    private static Chromium chromium(Path dir) {
        Optional<Chromium> c = Chromium.find(dir.resolve("profile"));
        String reason = "chromium is not installed (apt-get install -y chromium): browser check skipped";
        if (c.isEmpty()) {
            System.out.println("SeedChronologyPageTest skipped: " + reason); // on the console, not only in the XML
        }
        assumeTrue(c.isPresent(), reason);
        return c.get();
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theBrowserShowsEveryEventOnceInTheChartAndInTheListWithoutConsoleErrors(@TempDir Path dir)
            throws Exception {
        Chromium.Run run = chromium(dir).run(page, "--dump-dom", "--enable-logging=stderr", "--v=0");
        String dom = run.out();
        assertThat(dom).contains("<svg").contains("</html>");
        assertThat(count(dom, "<a class=\"mark\"")).isEqualTo(chronology.timeline().size());
        assertThat(count(dom, "<li class=\"event\"")).isEqualTo(chronology.timeline().size());
        for (Event e : chronology.timeline()) {
            assertThat(dom).contains(e.id());
        }
        assertThat(run.err()).doesNotContainIgnoringCase("CONSOLE").doesNotContain("Uncaught")
                .doesNotContain("net::ERR_");
    }

    @Test
    void markupInAnArticleStaysTextInTheBrowser(@TempDir Path dir) throws Exception {
        Chromium browser = chromium(dir);
        Document evil = Document.of("evil", "North Korea said on Thursday that <script>document.title='pwned'</script>"
                + " Kim will attend a military parade in Beijing on Sept. 3, 2025.");
        Path evilPage = WriteChronologyFiles.write(Chronologies.build(List.of(evil)), dir.resolve("evil")).get(0);
        String dom = browser.run(evilPage, "--dump-dom").out();
        // markup is not prose: it is blanked before events are read, so none of it reaches the page (the escaping of
        // document text that is not markup is HtmlRendererTest's and HostileTextProperties')
        assertThat(dom).contains("<title>Chronology</title>").doesNotContain("<script").doesNotContain("pwned")
                .contains("military parade");
    }

    /**
     * At 1280 and at 390 px wide: the chart opens at its start, fits the width or says that it scrolls, no label is cut
     * off at the chart's edge, and every shortened label shows its whole title, inside the chart, when its mark has
     * the focus. The measurements run in the page ({@code layout-check.js}) in a frame of exactly that width; the
     * screenshots are taken at the same widths and left in {@code target/}.
     */
    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void theChartOpensAtItsStartFitsOrSaysItScrollsAndNoLabelIsCutWithoutItsFullText(int width, @TempDir Path dir)
            throws Exception {
        JsonNode check = layout(page, width, dir);
        assertThat(check.path("shortened").asInt()).as("shortened labels checked").isPositive();

        Path shot = Path.of("target", width < 720 ? "seed-chronology-phone.png" : "seed-chronology.png")
                .toAbsolutePath();
        Files.deleteIfExists(shot);
        chromium(dir).run(page, "--screenshot=" + shot, "--window-size=" + width + "," + (width < 720 ? 1200 : 2000));
        assertThat(pngWidth(shot)).as("screenshot width").isEqualTo(width);
    }

    /**
     * Bars across most of the axis (a decade, a span of years, dates known only as "before 2007") leave no room for
     * their labels beside them: the labels stay inside the chart, shortened to the room there or drawn over the bar.
     */
    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void labelsOfBarsAcrossTheWholeAxisStayInsideTheChart(int width, @TempDir Path dir) throws Exception {
        Timeline wide = Timeline.of(
                Event.of("founded", When.parse("195"), "The carmaker produces the country's first truck and car"),
                Event.of("guaranteed", When.parse("2007", Modifier.BEFORE),
                        "The government lifts the ban on imports of used cars from abroad"),
                Event.of("years", When.range(TimePoint.ofDay(LocalDate.of(1951, 3, 1)),
                        TimePoint.ofDay(LocalDate.of(2006, 10, 1))), "The long war between the two neighbours ends"),
                Event.of("late", When.of(LocalDate.of(2006, 11, 27)), "The team arrives at the airport in Doha"),
                Event.of("early", When.of(LocalDate.of(1950, 2, 1)), "The first census of the new republic begins"));
        Path widePage = WriteChronologyFiles.write(Chronology.of(wide, List.of(), Map.of()), dir.resolve("wide"))
                .get(0);
        layout(widePage, width, dir);
    }

    /**
     * Runs {@code layout-check.js} in {@code html} in a frame {@code width} px wide; checks what holds for every page
     * (the chart opens at its start, fits or says it scrolls, no label is cut off at its edge) and returns what it
     * measured.
     */
    private static JsonNode layout(Path html, int width, Path dir) throws Exception {
        Chromium browser = chromium(dir);
        Files.writeString(dir.resolve("layout-check.html"), Files.readString(html).replace("</body>",
                "<script>" + resource("layout-check.js") + "</script>\n</body>"));
        Path frame = dir.resolve("layout-frame.html");
        Files.writeString(frame, resource("layout-frame.html").replace("WIDTH", String.valueOf(width)));
        String window = "--window-size=" + width + "," + (width < 720 ? 1200 : 2000);
        String dom = browser.run(frame, "--dump-dom", "--allow-file-access-from-files",
                "--virtual-time-budget=5000", window).out();
        int start = dom.indexOf(LAYOUT_RESULT);
        assertThat(start).as("#layout-result in the DOM:%n%s", dom).isNotNegative();
        String result = dom.substring(start + LAYOUT_RESULT.length(), dom.indexOf("</pre>", start));
        assertThat(result).as("what layout-check.js measured").isNotEqualTo("pending");
        JsonNode check = JsonMapper.builder().build().readTree(
                result.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        System.out.println("SeedChronologyPageTest, " + html.getParent().getFileName() + " at " + width + " px: "
                + check);

        assertThat(check.path("width").asInt()).as("layout width").isEqualTo(width);
        assertThat(check.path("startOffset").asInt()).as("px of the chart's start scrolled out of view").isZero();
        boolean scrolls = check.path("scrolls").asBoolean();
        if (width < 720) {
            assertThat(scrolls).as("the phone chart keeps its width and scrolls").isTrue();
        }
        if (scrolls) {
            assertThat(check.path("hint").asString("")).as("the line saying the chart scrolls").contains("scroll");
        } else {
            assertThat(check.path("hint").isNull()).as("no scroll line when the chart fits").isTrue();
        }
        assertThat(check.path("problems")).as("labels").isEmpty();
        return check;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SeedChronologyPageTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The width in the header of a PNG file. */
    private static int pngWidth(Path png) throws IOException {
        byte[] head = Arrays.copyOf(Files.readAllBytes(png), 24);
        assertThat(new String(head, 1, 3, StandardCharsets.US_ASCII)).as("%s is a PNG", png).isEqualTo("PNG");
        return java.nio.ByteBuffer.wrap(head, 16, 4).getInt();
    }
}
