package dev.timeline.timeline;

import java.util.Objects;

/**
 * Where an {@link Event} was read: a document, a span of characters in it, and the sentence quoted as evidence.
 *
 * <p>The span uses UTF-16 indexes into the document as it was read (a file's text; for a file tokenised in the Penn
 * Treebank manner, the file, not the prose the library read it as), {@code start} inclusive and {@code end}
 * exclusive, as {@link String#substring(int, int)} and {@link dev.timeline.tag.Mention} do. It usually covers the
 * quoted sentence, but may be narrower (the words that name the event); the two are not checked against each other,
 * since this class does not hold the document.
 *
 * <p>Instances are immutable and thread-safe; obtain them with {@link #of}.
 */
public final class Source {
    private final String documentId;
    private final int start;
    private final int end;
    private final String sentence;

    private Source(String documentId, int start, int end, String sentence) {
        this.documentId = documentId;
        this.start = start;
        this.end = end;
        this.sentence = sentence;
    }

    /**
     * Returns a source.
     *
     * @param documentId the document's identifier, not blank (a file name, a URL, a database key)
     * @param start index of the first character of the evidence, at least 0
     * @param end index after its last character, greater than {@code start}
     * @param sentence the quoted sentence, possibly empty when no text is kept
     * @throws IllegalArgumentException if the id is blank or the span is empty or negative
     */
    public static Source of(String documentId, int start, int end, String sentence) {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(sentence, "sentence");
        if (documentId.isBlank()) {
            throw new IllegalArgumentException("document id must not be blank");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException(
                    "span [" + start + ", " + end + ") must satisfy 0 <= start < end");
        }
        return new Source(documentId, start, end, sentence);
    }

    /** Returns the document's identifier. */
    public String documentId() {
        return documentId;
    }

    /** Returns the UTF-16 index of the first character of the evidence in the document (inclusive). */
    public int start() {
        return start;
    }

    /** Returns the UTF-16 index just after the last character of the evidence (exclusive). */
    public int end() {
        return end;
    }

    /** Returns the quoted sentence; empty when no text was kept. */
    public String sentence() {
        return sentence;
    }

    /** Returns a copy with another quoted sentence. */
    public Source withSentence(String sentence) {
        return of(documentId, start, end, sentence);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Source)) {
            return false;
        }
        Source s = (Source) o;
        return start == s.start && end == s.end && documentId.equals(s.documentId) && sentence.equals(s.sentence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(documentId, start, end, sentence);
    }

    /** Returns {@code documentId[start,end)}, followed by the sentence in quotes when there is one. */
    @Override
    public String toString() {
        String span = documentId + "[" + start + "," + end + ")";
        return sentence.isEmpty() ? span : span + " \"" + sentence + "\"";
    }
}
