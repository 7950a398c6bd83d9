package dev.timeline.chronology;

import dev.timeline.tag.TimeTagger;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link Chronologies#build} works: the tagger, a creation date to assume for documents that state none, whether
 * documents of a batch may lend each other evidence for their creation dates, the threads that read the documents,
 * and a progress listener.
 *
 * <p>Instances are immutable and thread-safe; obtain them with {@link #defaults()} or {@link #builder()}.
 */
public final class ChronologyOptions {
    /**
     * Told after each document is processed. Documents are processed in parallel, but the listener is called one
     * call at a time, with {@code done} counting up; it must be thread-safe if the options are shared.
     */
    @FunctionalInterface
    public interface ProgressListener {
        /** Called with the number of documents done so far and the total. */
        void progress(int done, int total);
    }

    private static final ChronologyOptions DEFAULTS = builder().build();

    private final TimeTagger tagger;
    private final LocalDate dct;
    private final boolean lendDctEvidence;
    private final ProgressListener progress;
    private final int threads;

    private ChronologyOptions(Builder b) {
        this.tagger = b.tagger;
        this.dct = b.dct;
        this.lendDctEvidence = b.lendDctEvidence;
        this.progress = b.progress;
        this.threads = b.threads;
    }

    /**
     * The English tagger, no assumed creation date, no lending of evidence, no progress reports, one thread for each
     * processor.
     */
    public static ChronologyOptions defaults() {
        return DEFAULTS;
    }

    /** Returns a builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The tagger that finds time expressions. */
    public TimeTagger tagger() {
        return tagger;
    }

    /** The creation date assumed for documents that state none, instead of inferring it. */
    public Optional<LocalDate> dct() {
        return Optional.ofNullable(dct);
    }

    /** Whether documents of one batch may lend each other evidence for their inferred creation dates. */
    public boolean lendDctEvidence() {
        return lendDctEvidence;
    }

    /** The progress listener. */
    public ProgressListener progress() {
        return progress;
    }

    /**
     * The number of threads that read the documents (tagging, creation dates, events), at least 1; merging follows on
     * one thread. The chronology is the same whatever the number.
     */
    public int threads() {
        return threads;
    }

    /** Builds {@link ChronologyOptions}. Not thread-safe. */
    public static final class Builder {
        private TimeTagger tagger = TimeTagger.english();
        private LocalDate dct;
        private boolean lendDctEvidence;
        private ProgressListener progress = (done, total) -> { };
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /** Sets the tagger. */
        public Builder tagger(TimeTagger tagger) {
            this.tagger = Objects.requireNonNull(tagger, "tagger");
            return this;
        }

        /** Assumes {@code dct} for every document that states no creation date. */
        public Builder dct(LocalDate dct) {
            this.dct = Objects.requireNonNull(dct, "dct");
            return this;
        }

        /** Lets the documents of a batch lend each other evidence for their creation dates. */
        public Builder lendDctEvidence(boolean lend) {
            this.lendDctEvidence = lend;
            return this;
        }

        /** Sets the progress listener. */
        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * Reads the documents on {@code threads} threads (default: one for each processor); the chronology does not
         * depend on it.
         *
         * @throws IllegalArgumentException if {@code threads} is below 1
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("the number of threads must be at least 1, not " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** Returns the options. */
        public ChronologyOptions build() {
            return new ChronologyOptions(this);
        }
    }
}
