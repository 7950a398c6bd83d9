package dev.timeline.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The renderers by format name: {@code text}, {@code md} (also {@code markdown}) and {@code json}. Further formats
 * (HTML, TimelineJS, iCalendar) plug in by being added here.
 */
public final class Renderers {
    private static final Map<String, Renderer> BY_NAME = new TreeMap<>();

    static {
        for (Renderer r : List.of(new TextRenderer(), new MarkdownRenderer(), new JsonRenderer())) {
            BY_NAME.put(r.format(), r);
        }
        BY_NAME.put("markdown", BY_NAME.get("md"));
    }

    private Renderers() {
    }

    /** The renderer of format {@code name} (case-insensitive), if there is one. */
    public static Optional<Renderer> forFormat(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The format names, sorted. */
    public static List<String> formats() {
        return List.copyOf(BY_NAME.keySet());
    }
}
