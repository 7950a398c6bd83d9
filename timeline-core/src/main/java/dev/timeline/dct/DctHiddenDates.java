package dev.timeline.dct;

import dev.timeline.document.Document;
import dev.timeline.document.DocumentLoadException;
import dev.timeline.document.Documents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Articles whose creation date is known, read with that date hidden: the DCT of a TimeML file, the date folder of a
 * text file ({@code InputDocs/2010-04-22/3.htm.txt}) or the date that opens its name ({@code 2010-04-22-spill.txt}),
 * the {@code date} field of a JSON Lines record or a {@code date 2025-08-28} header line. The text is kept as the
 * loader reads it without the header line, and each article gets a neutral id ({@code set#7}), so nothing but the
 * text itself can give the date away. Files whose date is not known are left out.
 */
final class DctHiddenDates {
    /**
     * One article: the set it belongs to (its folder below the path given), its dateless document, its date, and
     * the file it was read from (for error listings only; the inference never sees it).
     */
    record Article(String set, Document document, LocalDate truth, Path file) {
        Article {
            Objects.requireNonNull(set, "set");
            if (document.dct().isPresent()) {
                throw new IllegalArgumentException("the creation date of " + document.id() + " is not hidden");
            }
        }
    }

    private DctHiddenDates() {
    }

    /**
     * Reads every {@code .tml}, {@code .txt} and {@code .jsonl} file under {@code paths}, recursively, in path order.
     *
     * @throws DocumentLoadException if a path does not exist or a file cannot be read
     */
    static List<Article> read(Collection<Path> paths) {
        List<Article> articles = new ArrayList<>();
        for (Path root : paths) {
            if (!Files.exists(root)) {
                throw new DocumentLoadException(root, "no such file or folder");
            }
            String rootName = root.toAbsolutePath().normalize().getFileName() == null ? root.toString()
                    : root.toAbsolutePath().normalize().getFileName().toString();
            for (Path file : files(root)) {
                Path relative = Files.isDirectory(root) ? root.relativize(file) : file.getFileName();
                String set = relative.getNameCount() > 1 ? rootName + "/" + relative.getName(0) : rootName;
                for (Document d : Documents.readFile(file)) {
                    if (d.dct().isPresent()) {
                        String id = set + "#" + articles.size();
                        articles.add(new Article(set, Document.of(id, d.text()), d.dct().get(), file));
                    }
                }
            }
        }
        return List.copyOf(articles);
    }

    private static List<Path> files(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(Documents::isDocumentFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new DocumentLoadException(root, "cannot list folder: " + e.getMessage(), e);
        }
    }
}
