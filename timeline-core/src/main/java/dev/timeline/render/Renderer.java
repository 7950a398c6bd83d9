package dev.timeline.render;

import dev.timeline.chronology.Chronology;
import java.io.IOException;

/**
 * Writes a {@link Chronology} in one output format. Implementations are immutable and thread-safe; find them by
 * format name in {@link Renderers}.
 */
public interface Renderer {
    /** The format name used on the command line, such as {@code text}, {@code md} or {@code json}. */
    String format();

    /**
     * Writes {@code chronology} to {@code out}.
     *
     * @throws IOException if {@code out} fails
     */
    void render(Chronology chronology, Appendable out) throws IOException;

    /** Returns the rendering as a string. */
    default String render(Chronology chronology) {
        StringBuilder out = new StringBuilder();
        try {
            render(chronology, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder never fails
        }
        return out.toString();
    }
}
