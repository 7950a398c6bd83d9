package dev.timeline.event;

import com.google.common.collect.ImmutableSet;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.LanguageLayer;
import dev.timeline.text.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The lemmas that news uses as verbs, counted in raw news text (the resource {@code verb-lemmas.txt}, made by
 * {@link EventTraining} from unannotated articles). A noun whose lemma is also a verb ("arrest", "return", "protest")
 * or a gerund of one ("shooting") is likely to name an event even when the annotated data never showed it.
 */
final class VerbLemmas {
    static final String RESOURCE = "verb-lemmas.txt";
    private static final int MIN_COUNT = 3;

    private static final class English {
        static final VerbLemmas INSTANCE = new VerbLemmas(load());
    }

    private final Set<String> lemmas;

    private VerbLemmas(Set<String> lemmas) {
        this.lemmas = lemmas;
    }

    /** The list shipped with the library. */
    static VerbLemmas english() {
        return English.INSTANCE;
    }

    /** A list of the given lemmas. */
    static VerbLemmas of(Set<String> lemmas) {
        return new VerbLemmas(ImmutableSet.copyOf(lemmas));
    }

    /** The lemmas. */
    Set<String> lemmas() {
        return lemmas;
    }

    /** The lemmas, sorted, one a line, as the resource holds them. */
    String format() {
        return String.join("\n", new TreeSet<>(lemmas)) + "\n";
    }

    /** Whether {@code lemma}, or the verb a gerund noun comes from, is a verb of news. */
    boolean isVerb(String lemma) {
        if (lemmas.contains(lemma)) {
            return true;
        }
        if (lemma.endsWith("ing") && lemma.length() > 5) {
            String stem = lemma.substring(0, lemma.length() - 3);
            return lemmas.contains(stem) || lemmas.contains(stem + "e")
                    || stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                    && lemmas.contains(stem.substring(0, stem.length() - 1));
        }
        return false;
    }

    /** Counts the verb lemmas of {@code texts} and keeps those seen at least {@value #MIN_COUNT} times. */
    static VerbLemmas count(List<String> texts) {
        Counter c = new Counter();
        for (String text : texts) {
            c.add(LanguageLayer.english().analyze(text));
        }
        return c.build();
    }

    /** A builder that counts analyzed texts one at a time. Not thread-safe. */
    static final class Counter {
        private final Map<String, Integer> counts = new HashMap<>();

        /** Counts the verbs of {@code a}. */
        void add(AnalyzedText a) {
            for (Token t : a.tokens()) {
                if (t.isVerb() && Character.isLetter(t.text().charAt(0))) {
                    counts.merge(t.lemma().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }

        /** The lemmas seen at least {@value #MIN_COUNT} times. */
        VerbLemmas build() {
            TreeSet<String> out = new TreeSet<>();
            counts.forEach((lemma, n) -> {
                if (n >= MIN_COUNT) {
                    out.add(lemma);
                }
            });
            return of(out);
        }
    }

    private static Set<String> load() {
        try (InputStream in = VerbLemmas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Set.of(); // before the first training run
            }
            ImmutableSet.Builder<String> out = ImmutableSet.builder();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
