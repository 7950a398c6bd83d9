package dev.timeline.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.timeline.document.Document;
import dev.timeline.document.Documents;
import dev.timeline.extract.Chronologies;
import dev.timeline.extract.Chronology;
import dev.timeline.timeline.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the seed chronology's HTML page in headless Chromium, as a person would, and checks the DOM it builds. Skipped
 * where Chromium is not installed ({@code apt-get install -y chromium}). Leaves screenshots in {@code target/}.
 */
class SeedChronologyPageTest {
    private static final Path OUT = Path.of("target", "chronology");
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
        assumeTrue(c.isPresent(), "chromium is not installed (apt-get install -y chromium): browser check skipped");
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
        assertThat(dom).contains("<title>Chronology</title>").doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Test
    void screenshotsAtDesktopAndPhoneWidth(@TempDir Path dir) throws Exception {
        Chromium browser = chromium(dir);
        Path desktop = Path.of("target", "seed-chronology.png").toAbsolutePath();
        Path phone = Path.of("target", "seed-chronology-phone.png").toAbsolutePath();
        Files.deleteIfExists(desktop);
        Files.deleteIfExists(phone);
        browser.run(page, "--screenshot=" + desktop, "--window-size=1280,2000");
        browser.run(page, "--screenshot=" + phone, "--window-size=390,1200");
        assertThat(desktop).exists().isNotEmptyFile();
        assertThat(phone).exists().isNotEmptyFile();
    }
}
