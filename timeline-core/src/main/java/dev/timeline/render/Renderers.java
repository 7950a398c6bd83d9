package dev.timeline.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The renderers by format name: the built-in {@code text}, {@code md} (also {@code markdown}), {@code json},
 * {@code html}, {@code timelinejs} and {@code ics} (also {@code ical}), and any renderer on the class path.
 *
 * <p><b>Your own format.</b> Implement {@link Renderer} in a public class with a public no-argument constructor and
 * name it in {@code META-INF/services/dev.timeline.render.Renderer}; it is then found here, and by
 * {@code timeline chronology --format}, under its {@link Renderer#format()} name. Names are case-insensitive. A
 * renderer cannot replace a built-in format or one found earlier on the class path: such a renderer, and one whose
 * name is blank, is ignored.
 *
 * <p>The providers are loaded once, with this class's class loader, the first time {@link #forFormat} or
 * {@link #formats} is called; if one cannot be loaded, those methods throw {@link IllegalStateException} naming it
 * (and try again on the next call). The registry is immutable and thread-safe once loaded.
 */
public final class Renderers {
    private Renderers() {
    }

    private static volatile Map<String, Renderer> registry;

    /** The built-in and discovered renderers by lower-case name, sorted; loaded on first use. */
    private static Map<String, Renderer> registry() {
        Map<String, Renderer> r = registry;
        if (r == null) {
            synchronized (Renderers.class) {
                if (registry == null) {
                    registry = Registry.load();
                }
                r = registry;
            }
        }
        return r;
    }

    private static final class Registry {
        private Registry() {
        }

        static Map<String, Renderer> load() {
            Map<String, Renderer> byName = new LinkedHashMap<>();
            for (Renderer r : builtIn()) {
                byName.put(r.format(), r);
            }
            byName.put("markdown", byName.get("md"));
            byName.put("ical", byName.get("ics"));
            ServiceLoader<Renderer> providers = ServiceLoader.load(Renderer.class, Renderers.class.getClassLoader());
            for (var it = providers.iterator(); it.hasNext(); ) {
                Renderer r;
                try {
                    r = it.next();
                } catch (ServiceConfigurationError e) {
                    throw new IllegalStateException("cannot load a renderer named in META-INF/services/"
                            + Renderer.class.getName() + ": " + e.getMessage(), e);
                }
                String name = r.format() == null ? "" : r.format().strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    byName.putIfAbsent(name, r);
                }
            }
            return Collections.unmodifiableMap(new TreeMap<>(byName));
        }
    }

    /** The built-in renderers, one per format, without aliases. */
    public static List<Renderer> builtIn() {
        return List.of(new TextRenderer(), new MarkdownRenderer(), new JsonRenderer(), new HtmlRenderer(),
                new TimelineJsRenderer(), new IcsRenderer());
    }

    /** The renderer of format {@code name} (case-insensitive), if there is one. */
    public static Optional<Renderer> forFormat(String name) {
        return Optional.ofNullable(registry().get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /** The format names, aliases included, sorted. */
    public static List<String> formats() {
        return List.copyOf(registry().keySet());
    }
}
