package dev.timeline.cli;

import dev.timeline.document.Documents;
import java.io.IOException;
import java.io.Writer;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;

/**
 * Where a command writes its result: standard output, or the file of {@code --out}, checked before any work is done.
 *
 * <p>A file is refused, with a message naming the problem, if its folder does not exist or cannot be written, if it
 * is a folder, if it is one of the inputs, or if it would land in an input folder as a file the next run would read
 * as a document ({@code .txt}, {@code .jsonl}, {@code .tml}). It is written through a temporary file in the same
 * folder, renamed into place once complete, so a run that fails leaves the old file (or none), never half a file.
 */
final class Output {
    private final Path file;

    private Output(Path file) {
        this.file = file;
    }

    /** Standard output. */
    static Output standard() {
        return new Output(null);
    }

    /**
     * Returns the output to {@code file}, or standard output if it is null, having checked that it can be written
     * and overwrites none of {@code inputs} (files or folders).
     *
     * @throws IllegalArgumentException naming the file and the problem
     */
    static Output to(Path file, Collection<Path> inputs) {
        if (file == null) {
            return standard();
        }
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (Files.isDirectory(target)) {
            throw refused(file, "it is a folder");
        }
        if (folder == null || !Files.exists(folder)) {
            throw refused(file, "no such folder");
        }
        if (!Files.isDirectory(folder)) {
            throw refused(file, folder + " is not a folder");
        }
        if (!Files.isWritable(folder) || Files.exists(target) && !Files.isWritable(target)) {
            throw refused(file, "permission denied");
        }
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                if (same(folder, input) && Documents.isDocumentFile(target)) {
                    throw new IllegalArgumentException("will not write " + file + " into the input folder " + input
                            + ": it would be read as a document next time (choose another --out)");
                }
            } else if (same(target, input)) {
                throw new IllegalArgumentException("will not overwrite " + file
                        + ": it is one of the inputs (choose another --out)");
            }
        }
        return new Output(file);
    }

    /**
     * Writes {@code text}: to standard output ({@code stdout}), or to the file through a temporary file renamed into
     * place.
     *
     * @throws IOException with a message naming the file and the problem, having removed the temporary file
     */
    void write(String text, PrintWriter stdout) throws IOException {
        write(out -> out.append(text), stdout);
    }

    /** What is written, written straight to the output (a large chronology is never one string in memory). */
    interface Body {
        /** Writes the body to {@code out}. */
        void writeTo(Appendable out) throws IOException;
    }

    /**
     * Writes {@code body} as {@link #write(String, PrintWriter)} writes a text: to standard output, or to the file
     * through a temporary file renamed into place.
     *
     * @throws IOException with a message naming the file and the problem, having removed the temporary file
     */
    void write(Body body, PrintWriter stdout) throws IOException {
        if (file == null) {
            body.writeTo(stdout);
            stdout.flush();
            return;
        }
        Path target = file.toAbsolutePath().normalize();
        Path temp = null;
        boolean moved = false;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                body.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": " + Problems.of(e), e);
        } finally {
            if (temp != null && !moved) {
                Files.deleteIfExists(temp); // whatever stopped the writing, out of memory included
            }
        }
    }

    private static IllegalArgumentException refused(Path file, String problem) {
        return new IllegalArgumentException("cannot write " + file + ": " + problem);
    }

    /** Whether {@code a} and {@code b} name one file or folder, through links and relative paths. */
    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall back on the paths
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
