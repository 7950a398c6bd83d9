package dev.timeline.spark;

import dev.timeline.tag.Tagger;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one English tagger of an executor JVM, built on first use and shared by every task thread (a {@link Tagger} is
 * immutable and thread-safe). Building it once per JVM, not per record or partition, is what keeps tagging cheap.
 */
final class Taggers {
    private static final AtomicInteger BUILT = new AtomicInteger();

    private Taggers() {
    }

    /** Class loading builds the tagger lazily and exactly once, without locks on the hot path. */
    private static final class Holder {
        static final Tagger ENGLISH = build();

        private static Tagger build() {
            BUILT.incrementAndGet();
            return Tagger.english();
        }
    }

    /** The shared English tagger. */
    static Tagger english() {
        return Holder.ENGLISH;
    }

    /** How many taggers this JVM has built so far: 0 before the first {@link #english()}, 1 after. */
    static int built() {
        return BUILT.get();
    }
}
