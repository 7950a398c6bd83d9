package dev.timeline.story;

import dev.timeline.document.PageFurniture;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the sentences that best say what happened on a day of a story.
 *
 * <p>The candidates are the sentences that name the day in articles published that day or the next, and the first
 * {@value #LEAD} sentences of those articles (a lead reports the day's news without naming the day); where there are
 * none, any sentence that names the day. Sentences of fewer than {@value #MIN_WORDS} or more than
 * {@value #MAX_WORDS} words, quotes that open the sentence without their speaker, and page furniture
 * ({@link PageFurniture}) are left out. The rest are
 * ranked by their closeness to the centroid of the day's coverage, all the sentences of the articles published that
 * day or the next (cosine of TF-IDF vectors, the IDF taken over the whole story; the candidates' own centroid where
 * no article is that fresh), and one too close to a sentence already picked (cosine above
 * {@value #NEAR_DUPLICATE}) is a near-duplicate and skipped.
 */
final class SentencePicker {
    static final int LEAD = 2;
    static final int MIN_WORDS = 6;
    static final int MAX_WORDS = 35;
    static final double NEAR_DUPLICATE = 0.5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'.-]*");
    private static final Set<String> STOP_WORDS = stopWords();

    private final Map<String, Double> idf;

    private SentencePicker(Map<String, Double> idf) {
        this.idf = idf;
    }

    /** Returns a picker whose word weights come from all the sentences of {@code articles}. */
    static SentencePicker over(List<DatedSentences> articles) {
        Map<String, Integer> df = new HashMap<>();
        int sentences = 0;
        for (DatedSentences article : articles) {
            for (DatedSentences.Line line : article.lines()) {
                sentences++;
                for (String w : new HashSet<>(words(line.text()))) {
                    df.merge(w, 1, Integer::sum);
                }
            }
        }
        Map<String, Double> idf = new HashMap<>(df.size() * 2);
        double n = sentences;
        df.forEach((w, f) -> idf.put(w, Math.log(n / (1 + f))));
        return new SentencePicker(idf);
    }

    /** Returns at most {@code k} sentences for {@code day}, best first, none whose text is in {@code used}. */
    List<StorySentence> pick(LocalDate day, List<DatedSentences> articles, int k, Set<String> used) {
        List<Candidate> candidates = candidates(day, articles, true);
        if (candidates.isEmpty()) {
            candidates = candidates(day, articles, false);
        }
        Map<String, Double> centroid = coverage(day, articles);
        if (centroid.isEmpty()) {
            for (Candidate c : candidates) {
                c.vector.forEach((w, x) -> centroid.merge(w, x, Double::sum));
            }
        }
        double centroidNorm = norm(centroid);
        candidates.forEach(c -> c.score = cosine(c.vector, c.norm, centroid, centroidNorm));
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparing(c -> c.sentence.text()));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            if (chosen.size() == k) {
                break;
            }
            if (used.contains(c.sentence.text())
                    || chosen.stream().anyMatch(o -> cosine(c.vector, c.norm, o.vector, o.norm) > NEAR_DUPLICATE)) {
                continue;
            }
            chosen.add(c);
        }
        return chosen.stream().map(c -> c.sentence).toList();
    }

    /** The sum of the vectors of the sentences published that day or the next: what the day's coverage is about. */
    private Map<String, Double> coverage(LocalDate day, List<DatedSentences> articles) {
        Map<String, Double> sum = new HashMap<>();
        for (DatedSentences article : articles) {
            if (fresh(article, day)) {
                for (DatedSentences.Line line : article.lines()) {
                    if (line.quotable()) {
                        vector(line.text()).forEach((w, x) -> sum.merge(w, x, Double::sum));
                    }
                }
            }
        }
        return sum;
    }

    private static boolean fresh(DatedSentences article, LocalDate day) {
        return !article.published().isBefore(day) && !article.published().isAfter(day.plusDays(1));
    }

    private List<Candidate> candidates(LocalDate day, List<DatedSentences> articles, boolean near) {
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DatedSentences article : articles) {
            if (near && !fresh(article, day)) {
                continue;
            }
            for (DatedSentences.Line line : article.lines()) {
                boolean names = line.days().contains(day);
                if ((names || near && line.index() < LEAD) && line.quotable() && fits(line.text())
                        && seen.add(line.text())) {
                    out.add(new Candidate(new StorySentence(line.text(), article.document().id(),
                            article.published(), line.span().start(), line.span().end()), vector(line.text())));
                }
            }
        }
        return out;
    }

    /** Whether a sentence may stand in a timeline: a sensible length, and no quote without its speaker. */
    private static boolean fits(String sentence) {
        int words = sentence.split(" ").length;
        char first = sentence.charAt(0);
        return words >= MIN_WORDS && words <= MAX_WORDS && first != '"' && first != '\'' && first != '\u201C'
                && first != '\u2018';
    }

    private Map<String, Double> vector(String sentence) {
        Map<String, Double> v = new HashMap<>();
        for (String w : words(sentence)) {
            v.merge(w, idf.getOrDefault(w, 0.0), Double::sum);
        }
        return v;
    }

    /** The content words of a sentence, lower case, stop words left out. */
    static List<String> words(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (!STOP_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static double cosine(Map<String, Double> a, double normA, Map<String, Double> b, double normB) {
        if (normA == 0 || normB == 0) {
            return 0;
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double y = b.get(e.getKey());
            if (y != null) {
                dot += e.getValue() * y;
            }
        }
        return dot / (normA * normB);
    }

    private static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double x : v.values()) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    private static Set<String> stopWords() {
        try (InputStream in = SentencePicker.class.getResourceAsStream("stop-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource dev/timeline/story/stop-words.txt is missing");
            }
            Set<String> out = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.split("#", 2)[0].strip();
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource dev/timeline/story/stop-words.txt", e);
        }
    }

    private final class Candidate {
        final StorySentence sentence;
        final Map<String, Double> vector;
        final double norm;
        double score;

        Candidate(StorySentence sentence, Map<String, Double> vector) {
            this.sentence = sentence;
            this.vector = vector;
            this.norm = SentencePicker.norm(vector);
        }
    }
}
