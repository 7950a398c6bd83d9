package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.tag.timeml.TimeMlDocument;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCatCommandTest {
    private static final String CAT = """
            <?xml version="1.0" ?>
            <Document doc_id="5" doc_name="5_Pear">
            <token t_id="1" sentence="0" number="0">Pear</token>
            <token t_id="2" sentence="0" number="1">rallied</token>
            <token t_id="3" sentence="0" number="2">yesterday</token>
            <Markables>
            <EVENT_MENTION m_id="1" pos="VERB" tense="PAST" aspect="NONE" polarity="POS"><token_anchor t_id="2"/>
            </EVENT_MENTION>
            <TIMEX3 m_id="2" type="DATE" value="2012-05-01" functionInDocument="NONE"><token_anchor t_id="3"/></TIMEX3>
            <TIMEX3 m_id="3" type="DATE" value="2012-05-02" functionInDocument="CREATION_TIME"></TIMEX3>
            </Markables>
            <Relations>
            <TLINK r_id="1" reltype="IS_INCLUDED"><source m_id="1"/><target m_id="2"/></TLINK>
            </Relations>
            </Document>
            """;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void eachCatFileBecomesATmlFileOfTheSameName(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("cat"));
        Files.writeString(in.resolve("5_Pear.xml"), CAT);
        Path outDir = dir.resolve("tml");
        assertThat(run("convert-cat", in.toString(), outDir.toString())).isZero();
        TimeMlDocument d = TimeMlDocument.read(outDir.resolve("5_Pear.tml"));
        assertThat(d.text()).isEqualTo("Pear rallied yesterday\n");
        assertThat(d.dctValue()).contains("2012-05-02");
        assertThat(out.toString()).contains("5_Pear.tml: 1 events, 1 timexes, 1 anchors")
                .contains("1 of 1 files converted");
    }

    @Test
    void aMissingFolderIsAnErrorWithoutStackTrace(@TempDir Path dir) {
        assertThat(run("convert-cat", "no-such-cat-folder", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no-such-cat-folder: no such folder").doesNotContain("\tat ");
    }

    @Test
    void aFileIsAnErrorSayingItWantsAFolder(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("some.txt"), "text");
        assertThat(run("convert-cat", file.toString(), dir.resolve("out").toString())).isEqualTo(1);
        assertThat(err.toString()).contains(file + ": is a file; convert-cat wants a folder").doesNotContain("\tat ");
    }

    @Test
    void aFolderWithoutXmlFilesIsAnError(@TempDir Path dir) {
        assertThat(run("convert-cat", dir.toString(), dir.resolve("out").toString())).isEqualTo(1);
        assertThat(err.toString()).contains(": no .xml files");
    }

    @Test
    void malformedXmlIsReportedWithFileAndPositionAndTheOtherFilesAreStillConverted(@TempDir Path dir)
            throws Exception {
        Path in = Files.createDirectories(dir.resolve("cat"));
        Files.writeString(in.resolve("1_bad.xml"), CAT.replace("<token t_id=\"2\"", "<token t_id=2"));
        Files.writeString(in.resolve("2_good.xml"), CAT);
        Path outDir = dir.resolve("tml");
        assertThat(run("convert-cat", in.toString(), outDir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Cannot read CAT document 1_bad.xml at line 4, column ")
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(outDir.resolve("2_good.tml")).exists();
        assertThat(outDir.resolve("1_bad.tml")).doesNotExist();
        assertThat(out.toString()).contains("1 of 2 files converted");
    }

    @Test
    void theMeantimeAppleCorpusConvertsWhole(@TempDir Path dir) {
        Optional<Path> apple = MainTest.sharedData().map(d -> d.resolve("meantime-apple/meantime_corpus_apple"))
                .filter(Files::isDirectory);
        Assumptions.assumeTrue(apple.isPresent(), "shared/data/meantime-apple not found");
        assertThat(run("convert-cat", apple.get().toString(), dir.toString())).isZero();
        assertThat(out.toString()).contains("30 of 30 files converted")
                .contains("600 events, 111 timexes, 75 anchors")
                .contains("note: EVENT_MENTION 84 has tokens that are not contiguous (welcomed … announced)");
        assertThat(err.toString()).isEmpty();
    }
}
