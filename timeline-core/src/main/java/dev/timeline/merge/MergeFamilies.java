package dev.timeline.merge;

import com.google.common.collect.ImmutableMap;
import dev.timeline.timeline.EventType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The families of event types that name one kind of happening in different words ({@code merge-families.txt}):
 * "explode", "blowout" and "blast" are one explosion; and the nouns that name a family's happening in another verb's
 * title ({@code merge-nouns.txt}): "The explosion on the rig kills 11 workers". Immutable and thread-safe.
 */
final class MergeFamilies {
    private static final Map<String, String> FAMILIES = load("merge-families.txt");
    private static final Map<String, String> NOUNS = load("merge-nouns.txt");
    /** Words after which a noun names a happening the title's own is set against: "since the explosion". */
    private static final Set<String> NOT_ITS_OWN = Set.of("of", "since", "after", "before", "following", "until");
    /** How many words before a noun of {@code merge-nouns.txt} are read for one of {@link #NOT_ITS_OWN}. */
    private static final int SET_APART_REACH = 3;
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\d]+");

    private MergeFamilies() {
    }

    /** The family of {@code type}: the one its line names, else its own name. */
    static String of(EventType type) {
        return FAMILIES.getOrDefault(type.name(), type.name());
    }

    /**
     * The family of the first noun of {@code merge-nouns.txt} in {@code title}, singular or plural, not after a word
     * that sets it apart ("of", "since", "after", ...) up to {@value #SET_APART_REACH} words before it; empty if none.
     */
    static Optional<String> ofTitle(String title) {
        String[] words = WORDS.split(title.toLowerCase(Locale.ROOT));
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String family = NOUNS.get(w);
            if (family == null && w.endsWith("s")) {
                family = NOUNS.get(w.substring(0, w.length() - 1));
            }
            if (family != null && !setApart(words, i)) {
                return Optional.of(family);
            }
        }
        return Optional.empty();
    }

    /** Whether one of the {@value #SET_APART_REACH} words before word {@code i} sets it apart: "after the explosion". */
    private static boolean setApart(String[] words, int i) {
        for (int k = Math.max(0, i - SET_APART_REACH); k < i; k++) {
            if (NOT_ITS_OWN.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = MergeFamilies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
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
                    throw new IllegalStateException(resource + ": \"" + line + "\" is not a word, a tab and a family");
                }
                out.put(cells[0].strip(), cells[1].strip());
            }
            return out.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
