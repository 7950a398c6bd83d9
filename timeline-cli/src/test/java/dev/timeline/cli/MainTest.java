package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private static final Path SEEDS = Path.of("..", "seeds");
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
        assertThat(out.toString()).contains("\"title\" : \"Major military parade in Beijing\"")
                .contains("\"value\" : \"2025-09-03\"");
    }

    @Test
    void theSeedChronologyOpensAsAPageACalendarAndATimelineJsFile(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("seeds.html");
        assertThat(run("chronology", SEEDS.toString(), "--format", "html", "--out", page.toString())).isZero();
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("<svg")
                .contains("Major military parade in Beijing");
        assertThat(run("chronology", SEEDS.toString(), "--format", "ics")).isZero();
        assertThat(out.toString()).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;VALUE=DATE:20250903\r\n");
        assertThat(run("chronology", SEEDS.toString(), "--format", "timelinejs")).isZero();
        assertThat(out.toString()).contains("\"start_date\" : {").contains("\"unique_id\" : \"ev-2026-party-congress\"");
    }

    @Test
    void tagPrintsTheMentionsOfAFile() {
        assertThat(run("tag", SEEDS.resolve("001_4778b72c609e3389.txt").toString())).isZero();
        assertThat(out.toString()).contains("# dct 2025-08-28").contains("2025-09-03\tSept. 3");
    }
}
