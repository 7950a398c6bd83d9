package dev.timeline.tag;

import java.util.List;
import java.util.Objects;

/**
 * Finds temporal expressions in English text and normalizes them to TIMEX3 values.
 *
 * <p>A tagger is immutable and thread-safe: build it once and share it.
 */
public final class Tagger {
    private Tagger() {
    }

    /** Returns the English tagger with default options. */
    public static Tagger english() {
        return new Tagger();
    }

    /**
     * Tags {@code text}, resolving relative expressions against {@code anchor}. Never throws for a non-null text.
     *
     * @return the mentions in text order, non-overlapping
     */
    public List<Mention> tag(CharSequence text, Anchor anchor) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(anchor, "anchor");
        return List.of(); // placeholder until the rule engine lands (issue 4)
    }
}
