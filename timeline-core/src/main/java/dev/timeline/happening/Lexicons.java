package dev.timeline.happening;

import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Reads the word lists of this package's resources: one entry a line, '#' starts a comment. */
final class Lexicons {
    private Lexicons() {
    }

    /** The first tab- or '#'-separated column of every non-blank line of resource {@code name}. */
    static Set<String> firstColumn(String name) {
        try (InputStream in = Lexicons.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource dev/timeline/happening/" + name + " is missing");
            }
            ImmutableSet.Builder<String> out = ImmutableSet.builder();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String entry = line.split("[\t#]", 2)[0].strip();
                if (!entry.isEmpty()) {
                    out.add(entry);
                }
            }
            return out.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource dev/timeline/happening/" + name, e);
        }
    }
}
