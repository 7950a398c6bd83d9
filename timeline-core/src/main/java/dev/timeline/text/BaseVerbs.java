package dev.timeline.text;

import com.google.common.collect.ImmutableSet;
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
 * The base forms of English verbs as news writes them after "to", a modal or "did" ("to raise", "will cause", "did
 * not use"): the resource {@code base-verbs.txt}, counted in raw news by {@link #count}. The lemmatizer reads "raised",
 * "causing" and "used" back to a base form it has seen ("raise", not "rais"). Thread-safe.
 */
public final class BaseVerbs {
    /** The resource's path on the class path. */
    public static final String RESOURCE = "dev/timeline/text/base-verbs.txt";
    private static final int MIN_COUNT = 2;
    private static final Set<String> GOVERNORS = Set.of("to", "will", "would", "can", "could", "may", "might", "must",
            "should", "shall", "did", "does", "do", "'ll", "'d", "n't", "not", "cannot");

    private static final class Shipped {
        static final Set<String> SET = load();
    }

    private BaseVerbs() {
    }

    /** Whether {@code form}, in lower case, was seen as the base form of a verb. */
    public static boolean contains(String form) {
        return Shipped.SET.contains(form);
    }

    /**
     * Counts, in {@code texts}, the words tagged as verbs right after "to", a modal or "did"/"not", and returns those
     * seen at least {@value #MIN_COUNT} times, lower case, sorted, one a line: the content of the resource.
     */
    public static String count(List<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            AnalyzedText a = LanguageLayer.english().analyze(text);
            List<Token> tokens = a.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                String before = tokens.get(i - 1).text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                String low = t.text().toLowerCase(Locale.ROOT);
                if (t.isVerb() && GOVERNORS.contains(before) && low.chars().allMatch(Character::isLetter)) {
                    counts.merge(low, 1, Integer::sum);
                }
            }
        }
        TreeSet<String> out = new TreeSet<>();
        counts.forEach((w, n) -> {
            if (n >= MIN_COUNT) {
                out.add(w);
            }
        });
        return String.join("\n", out) + "\n";
    }

    private static Set<String> load() {
        try (InputStream in = BaseVerbs.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Set.of(); // before the first training run: suffix rules alone
            }
            ImmutableSet.Builder<String> out = ImmutableSet.builder();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
            return out.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
