package dev.timeline.tag.eval;

import dev.timeline.tag.Mention;
import java.util.Objects;
import java.util.Optional;

/**
 * One disagreement between gold and system timexes found by {@link TimexScorer}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param kind what went wrong
 * @param document the name of the document
 * @param gold the gold timex; empty for {@link Kind#SPURIOUS}
 * @param system the system timex; empty for {@link Kind#MISSING}
 */
public record TimexError(Kind kind, String document, Optional<Mention> gold, Optional<Mention> system) {
    /** The kinds of error, named as {@code te3score.py --errors} names them. */
    public enum Kind {
        /** A gold timex no system timex was paired with: a miss. */
        MISSING,
        /** A system timex not paired with any gold timex. */
        SPURIOUS,
        /** A pair whose extents differ: a relaxed but not a strict match. */
        EXTENT,
        /** A pair whose {@code value} strings differ. */
        VALUE,
        /** A pair whose types differ. */
        TYPE
    }

    /**
     * Checks that the error has the timexes its kind needs.
     *
     * @throws IllegalArgumentException if a timex is missing or present against the kind
     */
    public TimexError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(system, "system");
        if (gold.isEmpty() != (kind == Kind.SPURIOUS) || system.isEmpty() != (kind == Kind.MISSING)) {
            throw new IllegalArgumentException(kind + " error with gold " + gold + " and system " + system);
        }
    }

    @Override
    public String toString() {
        return String.format("%-8s %-36s gold: %s | sys: %s", kind, document, describe(gold), describe(system));
    }

    private static String describe(Optional<Mention> m) {
        return m.map(t -> "'" + t.text().replace('\n', ' ') + "' [" + t.start() + "," + t.end() + ") " + t.type()
                + " " + (t.value().isEmpty() ? "?" : t.value())).orElse("-");
    }
}
