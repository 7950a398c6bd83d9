package dev.timeline.tag;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a tagger resolves relative expressions against: the document creation time (DCT), if known, and the kind of
 * document.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Anchor {
    private static final Anchor NONE = new Anchor(null, DocumentKind.NEWS);

    private final LocalDate dct;
    private final DocumentKind kind;

    private Anchor(LocalDate dct, DocumentKind kind) {
        this.dct = dct;
        this.kind = kind;
    }

    /** A news document created on {@code dct}: "yesterday" is the day before {@code dct}. */
    public static Anchor news(LocalDate dct) {
        return new Anchor(Objects.requireNonNull(dct, "dct"), DocumentKind.NEWS);
    }

    /** A narrative document written on {@code dct}, whose relative expressions follow the last date mentioned. */
    public static Anchor narrative(LocalDate dct) {
        return new Anchor(Objects.requireNonNull(dct, "dct"), DocumentKind.NARRATIVE);
    }

    /** No reference date: what cannot be resolved is left underspecified ({@code XXXX-10}), as TimeML does. */
    public static Anchor none() {
        return NONE;
    }

    /** The document creation time, if known. */
    public Optional<LocalDate> dct() {
        return Optional.ofNullable(dct);
    }

    /** The kind of document. */
    public DocumentKind kind() {
        return kind;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Anchor a && Objects.equals(dct, a.dct) && kind == a.kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dct, kind);
    }

    @Override
    public String toString() {
        return dct == null ? "no reference date" : kind.name().toLowerCase(java.util.Locale.ROOT) + " of " + dct;
    }
}
