package dev.timeline.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of {@code tense-cues.tsv} that tell {@link Scan#tense} whether a date named without a year lies ahead or
 * behind: a plan's date ("slated", "due"), the verbs of scheduled events ("meets", "is traveling"). Immutable.
 */
final class TenseCues {
    /** What a cue word tells; the resource names each kind in lowercase. */
    enum Kind {
        /** A plan's date: ahead ("was scheduled to return Friday" too), but behind after "had". */
        SCHEDULE,
        /** A verb of a scheduled event whose present tense looks ahead. */
        ARRANGEMENT,
        /** The -ing form of such a verb, ahead after a present "be". */
        PROGRESSIVE,
        /** A past verb, or auxiliary, after which a month may still lie ahead. */
        PROSPECTIVE,
        /** A past verb whose object's passive infinitive happened: "forced the match to be abandoned". */
        IMPLICATIVE,
        /** A noun of something that befell, behind when dated after "the": "the April 20 explosion". */
        MISHAP,
        /** A word of the place phrase after such a noun: "an explosion on the Velo drilling rig on April 22". */
        SITE
    }

    private static final String RESOURCE = "tense-cues.tsv";
    private static final Map<Kind, Set<String>> WORDS = load();

    private TenseCues() {
    }

    /** Whether lowercased {@code word} is a cue of {@code kind}. */
    static boolean is(Kind kind, String word) {
        return WORDS.get(kind).contains(word);
    }

    private static Map<Kind, Set<String>> load() {
        try (InputStream in = TenseCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource dev/timeline/tag/" + RESOURCE + " is missing");
            }
            Map<Kind, Set<String>> out = new EnumMap<>(Kind.class);
            for (Kind k : Kind.values()) {
                out.put(k, new HashSet<>());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                String entry = line.split("#", 2)[0].strip();
                if (entry.isEmpty()) {
                    continue;
                }
                String[] f = entry.split("\t");
                if (f.length != 2) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected kind, word");
                }
                out.get(Kind.valueOf(f[0].toUpperCase(Locale.ROOT))).add(f[1].strip());
            }
            out.replaceAll((k, v) -> Set.copyOf(v));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource dev/timeline/tag/" + RESOURCE, e);
        }
    }
}
