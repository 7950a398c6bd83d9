package dev.timeline.merge;

import com.google.common.collect.ImmutableMap;
import dev.timeline.timeline.EventType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The families of event types that name one kind of happening in different words ({@code merge-families.txt}):
 * "explode", "blowout" and "blast" are one explosion. Immutable and thread-safe.
 */
final class MergeFamilies {
    private static final String RESOURCE = "merge-families.txt";
    private static final Map<String, String> FAMILIES = load();

    private MergeFamilies() {
    }

    /** The family of {@code type}: the one its line names, else its own name. */
    static String of(EventType type) {
        return FAMILIES.getOrDefault(type.name(), type.name());
    }

    private static Map<String, String> load() {
        try (InputStream in = MergeFamilies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int comment = line.indexOf('#');
                String entry = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (entry.isEmpty()) {
                    continue;
                }
                String[] cells = entry.split("\t");
                if (cells.length != 2) {
                    throw new IllegalStateException(RESOURCE + ": \"" + line + "\" is not a type, a tab and a family");
                }
                out.put(cells[0].strip(), cells[1].strip());
            }
            return out.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
