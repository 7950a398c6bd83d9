package dev.timeline.event;

import com.google.common.collect.ImmutableMap;
import dev.timeline.tag.Mention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How often raw news puts a noun where happenings go (the resource {@code noun-contexts.txt}, counted by
 * {@link EventTraining} in unannotated articles): after a temporal preposition ("after the blast", "during the
 * ceremony", "ahead of the summit"), next to a date ("the rally on Friday", "Monday's raid") or before a verb of
 * occurrence ("the march took place"). "Ceremony", "summit" and "raid" stand there often; "house", "boy" and "rifle"
 * almost never. The share is a feature of the event recognizer, so that event nominals the annotated data never showed
 * can still be found. Immutable and thread-safe.
 */
final class NounContexts {
    static final String RESOURCE = "noun-contexts.txt";
    /** Nouns seen fewer times than this keep no share: too few to tell. */
    static final int MIN_COUNT = 5;
    private static final Set<String> TEMPORAL_PREPOSITIONS = Set.of("after", "before", "during", "since", "until",
            "following", "amid", "throughout", "ahead", "prior", "till", "pending");
    private static final Set<String> OCCURRENCE_VERBS = Set.of("take", "happen", "occur", "begin", "end", "start",
            "break", "last", "hold", "resume", "finish", "conclude", "erupt", "open", "close", "continue");
    private static final Set<String> LINKS = Set.of("on", "in", "of", "at", "last", "this", "earlier", "late", "early",
            "next");

    /** The upper bounds of the share's classes. */
    private static final double[] BOUNDS = {0, 0.01, 0.03, 0.06, 0.1, 0.15, 0.25};
    private static final String[] BUCKETS = {"0", "1", "2", "3", "4", "5", "6", "7"};

    private static final class English {
        static final NounContexts INSTANCE = new NounContexts(load());
    }

    /** Per lemma: {occurrences, occurrences in an event context}. */
    private final Map<String, int[]> counts;

    private NounContexts(Map<String, int[]> counts) {
        this.counts = counts;
    }

    /** The counts shipped with the library (none before the first training run). */
    static NounContexts english() {
        return English.INSTANCE;
    }

    /**
     * The share of the noun {@code lemma}'s occurrences in raw news that stood in an event context, as a coarse class
     * ("0" for never, then "1" ... "7" for more and more often), or "?" when the noun was seen fewer than
     * {@value #MIN_COUNT} times.
     */
    String bucket(String lemma) {
        int[] c = counts.get(lemma);
        if (c == null) {
            return "?";
        }
        double share = (double) c[1] / c[0];
        int b = 0;
        while (b < BOUNDS.length && share > BOUNDS[b]) {
            b++;
        }
        return BUCKETS[b];
    }

    /**
     * The share of the noun {@code lemma}'s occurrences in raw news that stood in an event context, or -1 when the
     * noun was seen fewer than {@value #MIN_COUNT} times.
     */
    double share(String lemma) {
        int[] c = counts.get(java.util.Objects.requireNonNull(lemma, "lemma"));
        return c == null ? -1 : (double) c[1] / c[0];
    }

    /** Whether the noun {@code lemma} was counted: seen in lower case often enough in raw news. */
    boolean seen(String lemma) {
        return counts.containsKey(java.util.Objects.requireNonNull(lemma, "lemma"));
    }

    /** The counts sorted by lemma, "lemma TAB occurrences TAB in event contexts" a line, as the resource holds them. */
    String format() {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(counts).forEach((lemma, c) -> out.append(lemma).append('\t').append(c[0]).append('\t')
                .append(c[1]).append('\n'));
        return out.toString();
    }

    /** A builder that counts texts one at a time. Not thread-safe. */
    static final class Counter {
        private final TreeMap<String, int[]> counts = new TreeMap<>();

        /** Counts the nouns of {@code text}, whose time expressions are {@code timexes}. */
        void add(AnalyzedText text, List<Mention> timexes) {
            boolean[] inTimex = EventRecognizer.coveredByTimexes(text, timexes);
            List<Token> tokens = text.tokens();
            for (Sentence s : text.sentences()) {
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    Token t = tokens.get(i);
                    if (!t.pos().startsWith("NN") || t.pos().startsWith("NNP") || inTimex[i]
                            || !Character.isLowerCase(t.text().charAt(0))) {
                        continue;
                    }
                    int[] c = counts.computeIfAbsent(t.lemma().toLowerCase(Locale.ROOT), k -> new int[2]);
                    c[0]++;
                    if (eventContext(tokens, s, i, inTimex)) {
                        c[1]++;
                    }
                }
            }
        }

        /** The nouns seen at least {@value #MIN_COUNT} times. */
        NounContexts build() {
            ImmutableMap.Builder<String, int[]> out = ImmutableMap.builder();
            counts.forEach((lemma, c) -> {
                if (c[0] >= MIN_COUNT) {
                    out.put(lemma, c.clone());
                }
            });
            return new NounContexts(out.build());
        }
    }

    /**
     * Whether the noun at {@code i} heads a phrase after a temporal preposition, stands next to a date, or is the
     * subject of a verb of occurrence.
     */
    static boolean eventContext(List<Token> tokens, Sentence s, int i, boolean[] inTimex) {
        if (i + 1 < s.endToken() && tokens.get(i + 1).pos().startsWith("NN")) {
            return false; // not the head of its phrase: "the peace talks", "the house arrest"
        }
        // back over the noun's modifiers to the word that governs the phrase
        int j = i - 1;
        boolean dateBefore = false;
        while (j >= s.firstToken() && i - j <= 5) {
            Token n = tokens.get(j);
            String p = n.pos();
            if (inTimex[j]) {
                dateBefore = true; // "Monday's raid", "the 1989 earthquake"
            } else if (!(p.startsWith("JJ") || p.startsWith("NN") || p.equals("DT") || p.equals("PRP$")
                    || p.equals("POS") || p.equals("CD") || p.equals("VBN") || p.equals("VBG"))) {
                break;
            }
            j--;
        }
        if (dateBefore) {
            return true;
        }
        if (j >= s.firstToken()) {
            String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
            if (TEMPORAL_PREPOSITIONS.contains(w)) {
                return true;
            }
            if ((w.equals("of") || w.equals("to")) && j > s.firstToken()) {
                String before = tokens.get(j - 1).text().toLowerCase(Locale.ROOT);
                if (before.equals("ahead") || before.equals("prior") || before.equals("eve")) {
                    return true; // "ahead of the summit", "on the eve of the vote"
                }
            }
        }
        // forward: a date right after ("the blast on Friday"), or a verb of occurrence ("the rally took place")
        int k = i + 1;
        if (k < s.endToken() && LINKS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            k++;
        }
        if (k < s.endToken() && inTimex[k] && k > i + 1) {
            return true;
        }
        if (i + 1 < s.endToken() && inTimex[i + 1]) {
            return true; // "the vote Friday"
        }
        for (k = i + 1; k < s.endToken() && k <= i + 3; k++) {
            Token n = tokens.get(k);
            if (n.isVerb()) {
                String lemma = n.lemma().toLowerCase(Locale.ROOT);
                if (lemma.equals("be") || lemma.equals("have") || n.pos().equals("MD")) {
                    continue; // "was held", "has begun"
                }
                return OCCURRENCE_VERBS.contains(lemma) && !(lemma.equals("hold") && !n.pos().equals("VBN"));
            }
            if (!n.pos().equals("RB")) {
                break;
            }
        }
        return false;
    }

    private static Map<String, int[]> load() {
        try (InputStream in = NounContexts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Map.of(); // before the first training run
            }
            ImmutableMap.Builder<String, int[]> out = ImmutableMap.builder();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
            }
            return out.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
