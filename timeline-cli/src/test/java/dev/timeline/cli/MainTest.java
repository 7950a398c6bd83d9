package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.json.TimelineJson;
import dev.timeline.tag.timeml.TimeMlDocument;
import dev.timeline.time.When;
import dev.timeline.timeline.Source;
import dev.timeline.timeline.Timeline;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MainTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Path SEED = SEEDS.resolve("001_4778b72c609e3389.txt");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aMissingFileIsARuntimeErrorWithoutStackTrace() {
        assertThat(run("chronology", "no-such-folder")).isEqualTo(1);
        assertThat(err.toString()).contains("no-such-folder").contains("no such file").doesNotContain("\tat ");
    }

    @Test
    void undecodableBytesNameTheFileAndOffset(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'a', 'b', (byte) 0xFF, 'c'});
        assertThat(run("chronology", bad.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("bad.txt").contains("byte offset 2").doesNotContain("\tat ");
    }

    @Test
    void aBadDateIsAUsageError() {
        assertThat(run("chronology", SEEDS.toString(), "--dct", "2025-13-01")).isEqualTo(2);
        assertThat(err.toString()).contains("'2025-13-01' is not a date");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(run("chronology", SEEDS.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format 'xml'");
    }

    @Test
    void theSeedChronologyHoldsTheParadeOfThe3rdOfSeptemberFromEveryArticle() {
        assertThat(run("chronology", SEEDS.toString(), "--format", "json")).isZero();
        Timeline timeline = TimelineJson.read(out.toString());
        assertThat(timeline.events()).filteredOn(e -> e.when().equals(When.parse("2025-09-03"))
                && e.title().toLowerCase(java.util.Locale.ROOT).contains("military parade"))
                .singleElement().satisfies(parade -> assertThat(parade.sources().stream()
                        .map(Source::documentId).distinct()).hasSize(5));
    }

    @Test
    void theSeedChronologyOpensAsAPageACalendarAndATimelineJsFile(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("seeds.html");
        assertThat(run("chronology", SEEDS.toString(), "--format", "html", "--out", page.toString())).isZero();
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("<svg")
                .containsIgnoringCase("military parade");
        assertThat(run("chronology", SEEDS.toString(), "--format", "ics")).isZero();
        assertThat(out.toString()).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;VALUE=DATE:20250903\r\n");
        assertThat(run("chronology", SEEDS.toString(), "--format", "timelinejs")).isZero();
        assertThat(out.toString()).contains("\"start_date\" : {")
                .contains("\"unique_id\" : \"ev-2026-party-congress\"");
    }

    @Test
    void tagPrintsTheMentionsOfAFile() {
        assertThat(run("tag", SEEDS.resolve("001_4778b72c609e3389.txt").toString())).isZero();
        assertThat(out.toString()).contains("# dct 2025-08-28").contains("2025-09-03\tSept. 3");
    }

    @Test
    void tagAsJsonGivesTheCreationDateAndEveryMentionWithItsOffsets() throws Exception {
        assertThat(run("tag", SEED.toString(), "--format", "json")).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(out.toString());
        assertThat(root.get("dct").asString()).isEqualTo("2025-08-28");
        String text = Files.readString(SEED);
        JsonNode first = root.get("mentions").get(0);
        assertThat(text.substring(first.get("start").asInt(), first.get("end").asInt()))
                .isEqualTo(first.get("text").asString());
        assertThat(root.get("mentions").findValuesAsString("value")).contains("2025-09-03");
    }

    @Test
    void tagAsTimeMlReadsBackAsTheSameTextWithItsTimexes() throws Exception {
        assertThat(run("tag", SEED.toString(), "--format", "tml")).isZero();
        TimeMlDocument tml = TimeMlDocument.parse(out.toString(), "out.tml");
        assertThat(tml.text()).isEqualTo(Files.readString(SEED));
        assertThat(tml.dct()).hasValueSatisfying(d -> assertThat(d).hasToString("2025-08-28"));
        assertThat(tml.timexes()).extracting(m -> m.value()).contains("2025-09-03");
    }

    @Test
    void tagReadsATimeMlFileAsItsTextAndCreationDate(@TempDir Path dir) throws Exception {
        Path tml = dir.resolve("story.tml");
        Files.writeString(tml, "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\">Jan 8"
                + "</TIMEX3></DCT><TEXT>The talks end tomorrow.</TEXT></TimeML>");
        assertThat(run("tag", tml.toString())).isZero();
        assertThat(out.toString()).contains("# dct 1998-01-08").contains("1998-01-09\ttomorrow");
    }

    @Test
    void anUnknownTagFormatIsAUsageError() {
        assertThat(run("tag", SEED.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format 'xml'");
    }

    @Test
    void aFolderWithoutDocumentsIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
        assertThat(run("chronology", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(dir.toString()).contains("no .txt, .jsonl or .tml files")
                .doesNotContain("\tat ");
        Files.writeString(dir.resolve("notes.md"), "not news");
        err.getBuffer().setLength(0);
        assertThat(run("chronology", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no .txt, .jsonl or .tml files");
    }

    @Test
    void chronologyReadsAFolderOfTimeMl(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.tml"), "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-08-28\">"
                + "Aug 28</TIMEX3></DCT><TEXT>Kim Jong Un will attend a military parade in Beijing on Sept. 3."
                + "</TEXT></TimeML>");
        assertThat(run("chronology", dir.toString())).isZero();
        assertThat(out.toString()).contains("3 Sep 2025").contains("a: 2025-08-28 (given");
    }

    @Test
    void evalScoresTheTaggerOnGoldTimeMl(@TempDir Path dir) throws Exception {
        Optional<Path> timeBank = sharedData().map(d -> d.resolve("tbaq/TimeBank"));
        Assumptions.assumeTrue(timeBank.isPresent(), "no shared/data/tbaq above the working directory");
        try (var files = Files.list(timeBank.get())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().limit(2).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        assertThat(run("eval", dir.toString())).isZero();
        assertThat(out.toString()).contains("documents: 2").containsPattern("strict +\\d+\\.\\d+");
    }

    @Test
    void evalOfAMissingFolderIsAnError() {
        assertThat(run("eval", "no-such-gold")).isEqualTo(1);
        assertThat(err.toString()).contains("no-such-gold: no such folder");
    }

    /** shared/data beside the repository (or beside one of the folders above the working directory). */
    static Optional<Path> sharedData() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path data = dir.resolve("shared/data");
            if (Files.isDirectory(data.resolve("tbaq"))) {
                return Optional.of(data);
            }
        }
        return Optional.empty();
    }
}
