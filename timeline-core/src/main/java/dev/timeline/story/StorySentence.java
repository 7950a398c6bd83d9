package dev.timeline.story;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A sentence of a story timeline, as the article wrote it, and the article it comes from.
 *
 * @param text       the sentence
 * @param documentId the id of the article
 * @param published  the article's creation date
 */
public record StorySentence(String text, String documentId, LocalDate published) {
    /**
     * @throws NullPointerException if an argument is null
     */
    public StorySentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(published, "published");
    }
}
