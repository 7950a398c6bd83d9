package dev.timeline.tag;

import java.util.List;

/**
 * What extraction needs from a temporal tagger: the mentions of a text resolved against an anchor. Inject your own
 * (or a fake in tests); {@link #english()} is the library's tagger.
 *
 * <p>Implementations must be thread-safe and return mentions in text order.
 */
@FunctionalInterface
public interface TimeTagger {
    /** Returns the temporal expressions of {@code text}, relative ones resolved against {@code anchor}. */
    List<Mention> tag(CharSequence text, Anchor anchor);

    /** Returns the library's English tagger, {@link Tagger#english()}. */
    static TimeTagger english() {
        Tagger tagger = Tagger.english();
        return tagger::tag;
    }
}
