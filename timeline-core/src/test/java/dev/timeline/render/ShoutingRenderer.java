package dev.timeline.render;

import dev.timeline.chronology.Chronology;
import java.io.IOException;
import java.util.Locale;

/** A user renderer found through META-INF/services; a second one claims "text" and must be ignored. */
public final class ShoutingRenderer implements Renderer {
    /** Creates the renderer. */
    public ShoutingRenderer() {
    }

    @Override
    public String format() {
        return "shout";
    }

    @Override
    public void render(Chronology chronology, Appendable out) throws IOException {
        out.append(new TextRenderer().render(chronology).toUpperCase(Locale.ROOT));
    }

    /** Claims the built-in name "text". */
    public static final class Impostor implements Renderer {
        /** Creates the renderer. */
        public Impostor() {
        }

        @Override
        public String format() {
            return "text";
        }

        @Override
        public void render(Chronology chronology, Appendable out) throws IOException {
            out.append("impostor");
        }
    }
}
