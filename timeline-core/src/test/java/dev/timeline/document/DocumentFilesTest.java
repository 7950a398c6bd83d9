package dev.timeline.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Documents#files}: what a batch would read, listed without reading it. */
class DocumentFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFolderGivesItsDocumentFilesByNameAndAFileGivesItselfUnread() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("news"));
        Files.writeString(folder.resolve("b.tml"), "not even XML");
        Files.write(folder.resolve("a.txt"), new byte[] {(byte) 0xFF});
        Files.writeString(folder.resolve("notes.md"), "skipped");
        Path single = Files.writeString(dir.resolve("one.jsonl"), "{}");
        assertThat(Documents.files(List.of(folder, single)))
                .containsExactly(folder.resolve("a.txt"), folder.resolve("b.tml"), single);
    }

    @Test
    void aMissingPathOrAFolderWithoutDocumentsIsAnError() throws Exception {
        assertThatThrownBy(() -> Documents.files(List.of(dir.resolve("gone"))))
                .isInstanceOf(DocumentLoadException.class).hasMessageEndingWith("gone: no such file or folder");
        assertThatThrownBy(() -> Documents.files(List.of(dir)))
                .hasMessageEndingWith(": no .txt, .jsonl or .tml files in folder");
    }

    @Test
    void documentFilesAreTheTextJsonLinesAndTimeMlFiles() {
        assertThat(Documents.isDocumentFile(Path.of("x/a.TXT"))).isTrue();
        assertThat(Documents.isDocumentFile(Path.of("a.jsonl"))).isTrue();
        assertThat(Documents.isDocumentFile(Path.of("a.html"))).isFalse();
    }
}
