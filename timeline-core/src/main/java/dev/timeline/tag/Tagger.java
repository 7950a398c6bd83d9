package dev.timeline.tag;

import java.util.List;
import java.util.Objects;

/**
 * Finds temporal expressions in English text and normalizes them to TIMEX3 values.
 *
 * <p>Extents and values follow the TimeML TIMEX3 guidelines (TIDES 2005 values). A range such as "Aug. 31 to Sept. 3",
 * "2018–2019" or "between May and July" yields two mentions, one per end, as TimeML annotates it; the text between
 * them ("to", a dash, "and") tells the caller it is a range.
 *
 * <p>A tagger is immutable and thread-safe: build it once and share it.
 */
public final class Tagger {
    private final Engine engine;

    private Tagger(Engine engine) {
        this.engine = engine;
    }

    /** Returns the English tagger with default options (month-first numeric dates, as in "08/28/2025"). */
    public static Tagger english() {
        return builder().build();
    }

    /** Returns a builder for an English tagger with non-default options. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tags {@code text}, resolving relative expressions against {@code anchor}. Never throws for a non-null text.
     *
     * @return the mentions in text order, non-overlapping
     * @throws NullPointerException if {@code text} or {@code anchor} is null
     */
    public List<Mention> tag(CharSequence text, Anchor anchor) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(anchor, "anchor");
        // the rules validate what they read; a non-strict engine skips the token where an unforeseen rule bug shows
        // and tags the rest, and the property tests run strict so that they see such a bug
        return List.copyOf(engine.tag(text, anchor));
    }

    /** Options for an English {@link Tagger}. Not thread-safe; the tagger it builds is. */
    public static final class Builder {
        private boolean dayFirst;
        private boolean strict;

        private Builder() {
        }

        /**
         * Reads numeric dates day first: "08/09/2025" becomes 8 September 2025 instead of 9 August 2025.
         *
         * @param value whether the day comes first
         * @return this builder
         */
        public Builder dayFirst(boolean value) {
            this.dayFirst = value;
            return this;
        }

        /**
         * Lets a failure inside a rule propagate instead of skipping the token where it happened, so that tests see
         * rule bugs.
         *
         * @param value whether to propagate rule failures
         * @return this builder
         */
        Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        /** Returns a tagger with these options. */
        public Tagger build() {
            return new Tagger(Engine.create(dayFirst, strict));
        }
    }
}
