package dev.timeline.document;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A document could not be read: the file is missing, holds bytes that are not UTF-8, a JSON Lines record or a
 * TimeML file is malformed, or a folder holds no documents. The message names the file and where in it the problem
 * is (a byte offset, or a line and a field).
 */
public final class DocumentLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** Creates an exception about {@code file}; {@code detail} says what is wrong and where. */
    public DocumentLoadException(Path file, String detail) {
        super(Objects.requireNonNull(file, "file") + ": " + Objects.requireNonNull(detail, "detail"));
        this.file = file;
    }

    /** Creates an exception about {@code file} caused by {@code cause}. */
    public DocumentLoadException(Path file, String detail, Throwable cause) {
        super(Objects.requireNonNull(file, "file") + ": " + Objects.requireNonNull(detail, "detail"), cause);
        this.file = file;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }
}
