package dev.timeline.document;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One text to extract events from: an identifier, the text itself, and what is known about it (title, source, the
 * document creation time or DCT).
 *
 * <p>Instances are immutable and thread-safe. Obtain them with {@link #of(String, String)} and refine them with the
 * {@code with…} methods, or read them with {@link Documents}.
 */
public final class Document {
    private final String id;
    private final String text;
    private final String title;
    private final String source;
    private final LocalDate dct;
    private final String place;
    /** Where each character of {@code text} was read, when the text was rewritten when read; else null. */
    private final OriginalOffsets original;

    private Document(String id, String text, String title, String source, LocalDate dct, String place,
            OriginalOffsets original) {
        this.id = id;
        this.text = text;
        this.title = title;
        this.source = source;
        this.dct = dct;
        this.place = place;
        this.original = original;
    }

    /**
     * Returns a document of exactly {@code text}, without title, source or creation date. The text is taken as it
     * is: a {@code date 2025-08-28} header line is a feature of text files, read by {@link Documents#fromText} (and
     * so by files and standard input), not here; give a known date with {@link #withDct}.
     *
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public static Document of(String id, String text) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("document id is blank");
        }
        return new Document(id, text, null, null, null, null, null);
    }

    /** The identifier, unique within a batch; for a file, its name without extension. */
    public String id() {
        return id;
    }

    /**
     * The full text, as read. Text tokenised in the Penn Treebank manner is read by {@link Documents} as prose
     * ("BP's", not "BP 's"); {@link #originalStart} and {@link #originalEnd} give its offsets in the file.
     */
    public String text() {
        return text;
    }

    /**
     * Returns the offset in the original text (the file, before {@link Documents} joined Treebank tokens back into
     * prose) of the character at {@code offset} in {@link #text()}; the offset itself for text taken as it is.
     *
     * @throws IndexOutOfBoundsException if {@code offset} is negative or beyond the text's length
     */
    public int originalStart(int offset) {
        Objects.checkIndex(offset, text.length() + 1);
        return original == null ? offset : original.start(offset);
    }

    /**
     * Returns the offset in the original text of the exclusive end {@code offset} of a span of {@link #text()}, so
     * that {@code [originalStart(start), originalEnd(end))} is the span of the original that {@code [start, end)}
     * was read from; the offset itself for text taken as it is.
     *
     * @throws IndexOutOfBoundsException if {@code offset} is negative or beyond the text's length
     */
    public int originalEnd(int offset) {
        Objects.checkIndex(offset, text.length() + 1);
        return original == null ? offset : original.end(offset);
    }

    /** Returns a document of rewritten text that remembers where each of its characters was read. */
    static Document ofRewritten(String id, String text, OriginalOffsets original) {
        if (original.length() != text.length()) {
            throw new IllegalArgumentException("one original span per character expected");
        }
        Document document = of(id, text);
        return new Document(document.id, document.text, null, null, null, null, original);
    }

    /** The headline, if known. */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** Where the text came from (a path or a URL), if known. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /**
     * The document creation time as given by the caller or a header of the file; empty when it must be inferred
     * from the text (see {@code dev.timeline.dct.DctInference}).
     */
    public Optional<LocalDate> dct() {
        return Optional.ofNullable(dct);
    }

    /**
     * The place the article was filed from, as its dateline names it outside the text (a TimeML {@code DCT} element's
     * "NEW DELHI, April 1, 1997 (AFP)" is New Delhi); empty when not known apart from the text.
     */
    public Optional<String> place() {
        return Optional.ofNullable(place);
    }

    /** Returns a copy with the given headline. */
    public Document withTitle(String title) {
        return new Document(id, text, Objects.requireNonNull(title, "title"), source, dct, place, original);
    }

    /** Returns a copy with the given source (a path or URL). */
    public Document withSource(String source) {
        return new Document(id, text, title, Objects.requireNonNull(source, "source"), dct, place, original);
    }

    /** Returns a copy whose creation date is known to be {@code dct}. */
    public Document withDct(LocalDate dct) {
        return new Document(id, text, title, source, Objects.requireNonNull(dct, "dct"), place, original);
    }

    /**
     * Returns a copy filed from {@code place} ("New Delhi"), where the text's "here" is.
     *
     * @throws IllegalArgumentException if {@code place} is blank
     */
    public Document withPlace(String place) {
        Objects.requireNonNull(place, "place");
        if (place.isBlank()) {
            throw new IllegalArgumentException("document place is blank");
        }
        return new Document(id, text, title, source, dct, place, original);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Document d && id.equals(d.id) && text.equals(d.text) && Objects.equals(title, d.title)
                && Objects.equals(source, d.source) && Objects.equals(dct, d.dct)
                && Objects.equals(place, d.place) && Objects.equals(original, d.original);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, text, title, source, dct, place);
    }

    /** Returns the id, and the creation date when known: {@code 003 (2025-08-28)}. */
    @Override
    public String toString() {
        return dct == null ? id : id + " (" + dct + ")";
    }
}
