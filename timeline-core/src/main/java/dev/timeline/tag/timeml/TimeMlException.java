package dev.timeline.tag.timeml;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Thrown when a TimeML document cannot be read: malformed XML, no {@code TEXT} element, or a {@code TIMEX3} that a
 * {@link dev.timeline.tag.Mention} cannot hold (such as an unknown {@code type}).
 *
 * <p>The message names the document and, when known, the line and column (both 1-based) of the problem, as in
 * {@code Cannot read TimeML document wsj_0006.tml at line 12, column 7: ...}.
 */
public class TimeMlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String document;
    private final int line;
    private final int column;

    /**
     * Creates an exception for {@code document}.
     *
     * @param reason what is wrong, for a person to act on
     * @param document the file name or identifier of the document
     * @param line the 1-based line, or a value below 1 if unknown
     * @param column the 1-based column, or a value below 1 if unknown
     * @param cause the underlying parser exception, or null
     */
    public TimeMlException(String reason, String document, int line, int column, Throwable cause) {
        this("TimeML", reason, document, line, column, cause);
    }

    /**
     * Creates an exception for {@code document} of another markup format that is read into TimeML.
     *
     * @param format the format's name in the message, such as {@code CAT}
     * @param reason what is wrong, for a person to act on
     * @param document the file name or identifier of the document
     * @param line the 1-based line, or a value below 1 if unknown
     * @param column the 1-based column, or a value below 1 if unknown
     * @param cause the underlying parser exception, or null
     */
    protected TimeMlException(String format, String reason, String document, int line, int column, Throwable cause) {
        super(message(format, Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(document, "document"),
                line, column), cause);
        this.document = document;
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
    }

    private static String message(String format, String reason, String document, int line, int column) {
        StringBuilder s = new StringBuilder("Cannot read ").append(format).append(" document ").append(document);
        if (line > 0) {
            s.append(" at line ").append(line);
            if (column > 0) {
                s.append(", column ").append(column);
            }
        }
        return s.append(": ").append(reason).toString();
    }

    /** The file name or identifier of the document that could not be read. */
    public String document() {
        return document;
    }

    /** The 1-based line of the problem, if known. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** The 1-based column of the problem, if known. */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }
}
