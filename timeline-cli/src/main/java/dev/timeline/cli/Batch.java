package dev.timeline.cli;

import dev.timeline.document.Document;
import dev.timeline.document.DocumentLoadException;
import dev.timeline.document.Documents;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The documents of a batch of files, each file read on its own so that one bad file does not cost the others.
 *
 * <p>A file that cannot be read (bytes that are not UTF-8, with their byte offset; malformed TimeML) is reported on
 * standard error and left out; so is a line of JSON Lines that cannot be read (the file's other lines are read), and a
 * document whose id an earlier document has. With {@code strict}, any of these fails the run instead. A document
 * without text is read, with a warning. A path that does not exist, or a folder without documents, always fails the
 * run: that is a mistake in the command, not in the data. {@link #summary()} says how many documents were read and
 * how many files, lines or documents were skipped, and why.
 */
final class Batch {
    private final List<Document> documents;
    private final int files;
    private final int empty;
    private final Map<String, Integer> skipped;

    private Batch(List<Document> documents, int files, int empty, Map<String, Integer> skipped) {
        this.documents = List.copyOf(documents);
        this.files = files;
        this.empty = empty;
        this.skipped = skipped;
    }

    /**
     * Reads the documents at {@code paths} ({@code -} is one plain-text document from {@code stdin}, read as a
     * {@code .txt} file is), reporting each file or document skipped and each empty document on
     * {@code err}, in the files' order. Files are read (decoded and parsed) on {@code threads} threads; what is
     * reported, kept and thrown is the same on any number.
     *
     * @throws DocumentLoadException if a path does not exist or a folder holds no documents; when {@code strict},
     *     also at the first file that cannot be read
     * @throws IllegalArgumentException when {@code strict} and two documents share an id, or when no document could
     *     be read
     */
    static Batch read(Collection<Path> paths, boolean strict, PrintWriter err, InputStream stdin, int threads) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            files.addAll(isStandardInput(path) ? List.of(path) : Documents.files(List.of(path)));
        }
        List<Document> documents = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        Map<String, Integer> skipped = new TreeMap<>();
        int empty = 0;
        List<FileRead> reads = InOrder.map(files, threads, file -> {
            List<DocumentLoadException> badLines = new ArrayList<>();
            try {
                // unless strict, a bad line of a JSON Lines file costs that line, not the file
                return new FileRead(isStandardInput(file) ? List.of(Documents.readStandardInput(stdin))
                        : strict ? Documents.readFile(file) : Documents.readFile(file, badLines::add), null, badLines);
            } catch (DocumentLoadException e) {
                return new FileRead(List.of(), e, List.of());
            }
        });
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            DocumentLoadException failure = reads.get(i).failure();
            if (failure != null) {
                if (strict) {
                    throw failure;
                }
                err.println("timeline: skipped " + failure.getMessage());
                skipped.merge(kind(failure), 1, Integer::sum);
                continue;
            }
            for (DocumentLoadException line : reads.get(i).badLines()) {
                err.println("timeline: skipped " + line.getMessage());
                skipped.merge(kind(line), 1, Integer::sum);
            }
            for (Document d : reads.get(i).documents()) {
                Path first = seen.putIfAbsent(d.id(), file);
                if (first != null) {
                    String problem = "document \"" + d.id() + "\" of " + file + " has the id of a document of " + first;
                    if (strict) {
                        throw new IllegalArgumentException(problem);
                    }
                    err.println("timeline: skipped " + problem);
                    skipped.merge("duplicate id", 1, Integer::sum);
                    continue;
                }
                if (d.text().isBlank()) {
                    err.println("timeline: warning: " + file + ": document \"" + d.id() + "\" is empty");
                    empty++;
                }
                documents.add(d);
            }
        }
        err.flush();
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("no document could be read from " + count(files.size(), "file"));
        }
        return new Batch(documents, files.size(), empty, skipped);
    }

    /**
     * What reading one file gave: its documents, or the reason it could not be read; and the lines of a JSON Lines file
     * left out, each with its reason.
     */
    private record FileRead(List<Document> documents, DocumentLoadException failure,
            List<DocumentLoadException> badLines) {
    }

    /** Whether {@code path} is {@code -}, standard input. */
    static boolean isStandardInput(Path path) {
        return path.toString().equals("-");
    }

    /** The documents read, in the order of the files. */
    List<Document> documents() {
        return documents;
    }

    /** Whether a file or document was skipped or a document was empty. */
    boolean hasProblems() {
        return empty > 0 || !skipped.isEmpty();
    }

    /**
     * One line: "12 documents read from 13 files; 1 skipped (not valid UTF-8: 1); 1 empty", the skips counted by
     * kind.
     */
    String summary() {
        StringBuilder s = new StringBuilder("timeline: ").append(count(documents.size(), "document"))
                .append(" read from ").append(count(files, "file"));
        int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
        if (total > 0) {
            s.append("; ").append(total).append(" skipped (");
            skipped.forEach((kind, n) -> s.append(kind).append(": ").append(n).append(", "));
            s.setLength(s.length() - 2);
            s.append(')');
        }
        if (empty > 0) {
            s.append("; ").append(empty).append(" empty");
        }
        return s.toString();
    }

    /** What kind of problem made a file unreadable, for the summary. */
    private static String kind(DocumentLoadException e) {
        String detail = e.getMessage().substring(e.file().toString().length() + 2);
        if (detail.startsWith("not valid UTF-8")) {
            return "not valid UTF-8";
        }
        if (detail.startsWith("Cannot read TimeML")) {
            return "not well-formed TimeML";
        }
        if (detail.startsWith("line ")) {
            return "bad JSON Lines";
        }
        int colon = detail.indexOf(':');
        return colon < 0 ? detail : detail.substring(0, colon);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
