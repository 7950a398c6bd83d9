package dev.timeline.happening;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the word lists of this package's resources: one entry a line, '#' starts a comment. */
final class Lexicons {
    private Lexicons() {
    }

    /** The first tab- or '#'-separated column of every non-blank line of resource {@code name}. */
    static Set<String> firstColumn(String name) {
        ImmutableSet.Builder<String> out = ImmutableSet.builder();
        entries(name).forEach(columns -> out.add(columns[0]));
        return out.build();
    }

    /**
     * The second column of every non-blank line of resource {@code name} by its first: lines of a word, a tab and a
     * value.
     *
     * @throws IllegalStateException if a line has no second column
     */
    static Map<String, String> secondColumn(String name) {
        ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
        for (String[] columns : entries(name)) {
            if (columns.length < 2) {
                throw new IllegalStateException("resource dev/timeline/happening/" + name + ": no second column for "
                        + columns[0]);
            }
            out.put(columns[0], columns[1]);
        }
        return out.buildOrThrow();
    }

    /** The tab-separated columns before any '#' of every non-blank line of resource {@code name}, stripped. */
    private static List<String[]> entries(String name) {
        try (InputStream in = Lexicons.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource dev/timeline/happening/" + name + " is missing");
            }
            List<String[]> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String entry = line.split("#", 2)[0].strip();
                if (!entry.isEmpty()) {
                    out.add(java.util.Arrays.stream(entry.split("\t")).map(String::strip).toArray(String[]::new));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource dev/timeline/happening/" + name, e);
        }
    }
}
