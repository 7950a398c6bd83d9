package dev.timeline.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsTest {
    @TempDir
    Path dir;

    @Test
    void aTextFileIsADocumentNamedAfterTheFile() throws Exception {
        Files.writeString(dir.resolve("story.txt"), "Kim visited China.", StandardCharsets.UTF_8);
        Document d = Documents.readText(dir.resolve("story.txt"));
        assertThat(d.id()).isEqualTo("story");
        assertThat(d.text()).isEqualTo("Kim visited China.");
        assertThat(d.dct()).isEmpty();
    }

    @Test
    void undecodableBytesNameTheFileAndByteOffset() throws Exception {
        Files.write(dir.resolve("bad.txt"), new byte[] {'o', 'k', ' ', (byte) 0xC3, '('});
        assertThatThrownBy(() -> Documents.readText(dir.resolve("bad.txt")))
                .isInstanceOf(DocumentLoadException.class)
                .hasMessageContaining("bad.txt").hasMessageContaining("byte offset 3");
    }

    @Test
    void aDateHeaderSetsTheCreationDateAndIsBlankedSoOffsetsStayThoseOfTheFile() {
        String file = " date 2025-08-28\nNorth Korean officials said";
        Document d = Documents.fromText("x", file);
        assertThat(d.dct()).contains(LocalDate.of(2025, 8, 28));
        assertThat(d.text()).hasSameSizeAs(file).isEqualTo("                \nNorth Korean officials said");
        assertThat(d.text().indexOf("officials")).isEqualTo(file.indexOf("officials"));
    }

    @Test
    void documentOfTakesTextAsItIsAndReadsNoHeader() {
        Document d = Document.of("x", "date 2025-08-28 North Korean officials said");
        assertThat(d.dct()).isEmpty();
        assertThat(d.text()).isEqualTo("date 2025-08-28 North Korean officials said");
    }

    @Test
    void jsonLinesGiveOneDocumentALine() throws Exception {
        Files.writeString(dir.resolve("b.jsonl"), "{\"id\":\"a\",\"text\":\"One.\",\"date\":\"2025-08-28\"}\n\n"
                + "{\"id\":\"b\",\"text\":\"Two.\",\"title\":\"T\"}\n");
        List<Document> docs = Documents.readFile(dir.resolve("b.jsonl"));
        assertThat(docs).extracting(Document::id).containsExactly("a", "b");
        assertThat(docs.get(0).dct()).contains(LocalDate.of(2025, 8, 28));
        assertThat(docs.get(1).title()).contains("T");
    }

    @Test
    void aJsonLinesErrorNamesTheLineAndField() throws Exception {
        Files.writeString(dir.resolve("c.jsonl"), "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"x\","
                + "\"date\":\"28/08/2025\"}\n");
        assertThatThrownBy(() -> Documents.readFile(dir.resolve("c.jsonl")))
                .isInstanceOf(DocumentLoadException.class)
                .hasMessageContaining("line 2").hasMessageContaining("\"date\"");
    }

    @Test
    void aJsonLinesLineInErrorCanCostThatLineAlone() throws Exception {
        Files.writeString(dir.resolve("e.jsonl"), "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"x\","
                + "\"date\":\"28/08/2025\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n{\"id\":\"a\",\"text\":\"Again.\"}\n");
        List<DocumentLoadException> bad = new java.util.ArrayList<>();
        List<Document> docs = Documents.readFile(dir.resolve("e.jsonl"), bad::add);
        // line 2's id is free for line 3, since line 2 was left out; line 4's is line 1's
        assertThat(docs).extracting(Document::id).containsExactly("a", "b");
        assertThat(docs).extracting(Document::text).containsExactly("One.", "Two.");
        assertThat(bad).extracting(Throwable::getMessage).containsExactly(
                dir.resolve("e.jsonl") + ": line 2, field \"date\": \"28/08/2025\" is not an ISO date (yyyy-mm-dd)",
                dir.resolve("e.jsonl") + ": line 4, field \"id\": duplicate id \"a\"");
    }

    @Test
    void aMissingTextFieldIsNamed() throws Exception {
        Files.writeString(dir.resolve("d.jsonl"), "{\"id\":\"a\"}\n");
        assertThatThrownBy(() -> Documents.readFile(dir.resolve("d.jsonl")))
                .hasMessageContaining("line 1, field \"text\": missing");
    }

    @Test
    void aTimeMlFileGivesItsTextAndCreationDate() throws Exception {
        Files.writeString(dir.resolve("wsj_0001.tml"), "<?xml version=\"1.0\"?>\n<TimeML>"
                + "<DOCID>wsj_0001</DOCID><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" "
                + "functionInDocument=\"CREATION_TIME\">01/08/1998</TIMEX3></DCT>"
                + "<TEXT>Kim visited China <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1997\">last year"
                + "</TIMEX3> &amp; met Xi.</TEXT></TimeML>\n");
        Document d = Documents.readFile(dir.resolve("wsj_0001.tml")).get(0);
        assertThat(d.id()).isEqualTo("wsj_0001");
        assertThat(d.text()).isEqualTo("Kim visited China last year & met Xi.");
        assertThat(d.dct()).contains(LocalDate.of(1998, 1, 8));
    }

    @Test
    void aFolderContributesItsTimeMlFilesInNameOrder() throws Exception {
        String tml = "<TimeML><TEXT>Text %s.</TEXT></TimeML>";
        Files.writeString(dir.resolve("b.tml"), tml.formatted("b"));
        Files.writeString(dir.resolve("a.tml"), tml.formatted("a"));
        Files.writeString(dir.resolve("notes.md"), "ignored");
        List<Document> docs = Documents.readFolder(dir);
        assertThat(docs).extracting(Document::id).containsExactly("a", "b");
        assertThat(docs.get(0).dct()).isEmpty();
    }

    @Test
    void malformedTimeMlNamesTheFile() throws Exception {
        Files.writeString(dir.resolve("broken.tml"), "<TimeML><TEXT>unclosed</TimeML>");
        assertThatThrownBy(() -> Documents.readFile(dir.resolve("broken.tml")))
                .isInstanceOf(DocumentLoadException.class).hasMessageContaining("broken.tml");
    }

    @Test
    void aFolderWithoutDocumentsIsAnError() throws Exception {
        Files.writeString(dir.resolve("notes.md"), "not a document");
        assertThatThrownBy(() -> Documents.readFolder(dir))
                .isInstanceOf(DocumentLoadException.class).hasMessageContaining("no .txt, .jsonl or .tml files");
    }
}
