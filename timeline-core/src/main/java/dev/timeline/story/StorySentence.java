package dev.timeline.story;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A sentence of a story timeline, as the article wrote it, and the article it comes from.
 *
 * @param text       the sentence, white space folded
 * @param documentId the id of the article
 * @param published  the article's creation date
 * @param start      the offset of the sentence in the article's text
 * @param end        the offset after it
 */
public record StorySentence(String text, String documentId, LocalDate published, int start, int end) {
    /**
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the offsets are not a stretch of text
     */
    public StorySentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(published, "published");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("offsets [" + start + ", " + end + ") are not a stretch of text");
        }
    }
}
