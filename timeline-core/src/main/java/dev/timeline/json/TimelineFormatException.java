package dev.timeline.json;

import java.util.Objects;
import tools.jackson.databind.DatabindException;

/**
 * Thrown when JSON is not a valid document of the timeline format (see {@code docs/json-format.md}): malformed JSON,
 * a wrong type, a missing or unknown field, a bad date, an inconsistent {@code when}, a duplicate id, an unsupported
 * version, or input beyond the reader's limits (nesting depth, number length).
 *
 * <p>The message starts with the JSON path of the offending value, then says what is wrong, for example
 * <pre>$.events[3].when.start: "2011-01-01" disagrees with value "2011" and mod "END", whose first day is 2011-09-01</pre>
 * {@link #path()} and {@link #problem()} give the two parts. It is a Jackson {@link DatabindException}, so code using
 * {@link TimelineModule} in its own mapper can catch it with other Jackson errors; no partly read object escapes.
 */
public final class TimelineFormatException extends DatabindException {
    private final String path;
    private final String problem;

    TimelineFormatException(String path, String problem) {
        this(path, problem, null);
    }

    TimelineFormatException(String path, String problem, Throwable cause) {
        super(path + ": " + problem, null, cause);
        this.path = Objects.requireNonNull(path, "path");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** Returns the JSON path of the offending value, such as {@code $.events[3].when.value}; {@code $} is the root. */
    public String path() {
        return path;
    }

    /** Returns what is wrong with the value, without the path. */
    public String problem() {
        return problem;
    }

    /** Returns {@code path: problem}. */
    @Override
    public String getMessage() {
        return path + ": " + problem;
    }
}
