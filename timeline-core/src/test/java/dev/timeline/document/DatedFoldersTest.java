package dev.timeline.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders named as dates (the Timeline17 layout) and text tokenised in the Penn Treebank manner. */
class DatedFoldersTest {
    @TempDir
    Path dir;

    @Test
    void aFolderNamedAsADateGivesItsFilesThatCreationDateAndPrefixesTheirIds() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("InputDocs"));
        Path day = Files.createDirectories(inputs.resolve("2010-04-22"));
        Files.createDirectories(inputs.resolve("notes"));
        Files.writeString(day.resolve("3.htm.txt"), "The rig sank on Thursday .\n");
        Files.writeString(Files.createDirectories(inputs.resolve("2010-04-21")).resolve("3.htm.txt"), "It burned.");
        Files.writeString(inputs.resolve("loose.txt"), "No date here.");

        List<Document> documents = Documents.read(List.of(inputs));

        assertThat(documents).extracting(Document::id).containsExactly("loose", "2010-04-21/3.htm", "2010-04-22/3.htm");
        assertThat(documents.get(2).dct()).contains(LocalDate.of(2010, 4, 22));
        assertThat(documents.get(0).dct()).isEmpty();
        assertThat(Documents.readFile(day.resolve("3.htm.txt")).get(0).dct()).contains(LocalDate.of(2010, 4, 22));
    }

    @Test
    void aFileWhoseNameOpensWithADateHasThatCreationDateUnlessItsHeaderStatesOne() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(inputs.resolve("2026-03-12-port.txt"), "Dockworkers walked off the job on Wednesday.");
        Files.writeString(inputs.resolve("2026-03-13.txt"), "date 2026-03-14\nThe strike ended on Friday.");
        Files.writeString(inputs.resolve("2026-02-30-odd.txt"), "No such day.");
        Files.writeString(inputs.resolve("2026-03-121.txt"), "A longer number.");
        Files.writeString(inputs.resolve("notes-2026-03-12.txt"), "A date inside the name.");

        List<Document> documents = Documents.read(List.of(inputs));

        assertThat(documents).extracting(Document::id).containsExactly("2026-02-30-odd", "2026-03-12-port",
                "2026-03-121", "2026-03-13", "notes-2026-03-12");
        assertThat(documents).extracting(d -> d.dct().map(LocalDate::toString).orElse("-"))
                .containsExactly("-", "2026-03-12", "-", "2026-03-14", "-");
    }

    @Test
    void aFolderNamedAsAnImpossibleDateIsNotADateFolder() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("a.txt"), "text");
        Files.writeString(Files.createDirectories(inputs.resolve("2010-02-30")).resolve("b.txt"), "text");
        assertThat(Documents.read(List.of(inputs))).extracting(Document::id).containsExactly("a");
    }

    @Test
    void treebankTokensAreWrittenBackAsAPersonWritesThem() {
        String tokenized = "Mike O'Berry , US Coast Guard : `` We 'll search until all hope has passed '' .\n"
                + "BP said -LRB- on Friday -RRB- it had n't found the leak 's source , at a cost of $ 87m or 5 % .\n";
        Document document = Documents.fromText("t", tokenized);
        assertThat(document.text()).isEqualTo(
                "Mike O'Berry, US Coast Guard: \"We'll search until all hope has passed\".\n"
                        + "BP said (on Friday) it hadn't found the leak's source, at a cost of $87m or 5%.\n");
    }

    @Test
    void ordinaryProseIsLeftAsItIs() {
        String prose = "He said, \"It's over.\" The workers' union (UAW) agreed , mostly.\nA second line.";
        assertThat(Documents.fromText("p", prose).text()).isEqualTo(prose);
    }

    @Test
    void quotesOpenAndCloseInTurnAndPossessiveApostrophesJoinTheirWord() {
        assertThat(TreebankText.detokenize("`` Yes , '' the workers ' union said , `` now . ''"))
                .isEqualTo("\"Yes,\" the workers' union said, \"now.\"");
    }

    @Test
    void offsetsOfTheProseArePointedBackAtTheTokenizedFile() {
        String tokenized = "date 2010-05-28\nBP said -LRB- on Friday -RRB- it had n't found the leak 's source .\n"
                + "`` We 'll search , '' he said .\n";
        Document document = Documents.fromText("t", tokenized);
        String prose = document.text();
        for (String words : List.of("BP said", "(on Friday)", "hadn't", "leak's source.", "\"We'll search,\"",
                "he said.")) {
            int start = prose.indexOf(words);
            int end = start + words.length();
            String original = tokenized.substring(document.originalStart(start), document.originalEnd(end));
            assertThat(original.replace(" ", "").replace("-LRB-", "(").replace("-RRB-", ")")
                    .replace("``", "\"").replace("''", "\"")).as(words).isEqualTo(words.replace(" ", ""));
        }
        assertThat(document.originalEnd(prose.length())).isEqualTo(tokenized.length());
        assertThat(document.dct()).contains(LocalDate.of(2010, 5, 28));
    }

    @Test
    void textTakenAsItIsHasItsOwnOffsets() {
        Document document = Documents.fromText("p", "He said so.");
        assertThat(document.originalStart(3)).isEqualTo(3);
        assertThat(document.originalEnd(11)).isEqualTo(11);
        assertThatThrownBy(() -> document.originalStart(12)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
