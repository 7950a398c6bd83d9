package dev.timeline.event;

import com.google.common.collect.ImmutableMap;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Distributional classes of the frequent words of raw news (the resource {@code word-clusters.txt}, made by
 * {@link EventTraining} from unannotated articles): words that stand between the same neighbours fall in one class,
 * so that "ceremony", "funeral" and "rally", or "blast" and "explosion", share a feature even where the annotated
 * data showed only one of them. Each word is described by the positive pointwise mutual information of its left and
 * right neighbours among the most frequent words, and the words are grouped by spherical k-means from a seeded
 * k-means++ start: the same texts give the same classes, byte for byte. Immutable and thread-safe.
 */
final class WordClusters {
    static final String RESOURCE = "word-clusters.txt";
    /** Words seen fewer times than this get no class. */
    static final int MIN_COUNT = 20;
    private static final int MAX_WORDS = 12_000;
    private static final int CONTEXT_WORDS = 400;
    private static final int CLUSTERS = 100;
    private static final int ITERATIONS = 15;
    private static final long SEED = 18;

    private static final class English {
        static final WordClusters INSTANCE = new WordClusters(load());
    }

    private final Map<String, String> classes;

    private WordClusters(Map<String, String> classes) {
        this.classes = classes;
    }

    /** The classes shipped with the library (none before the first training run). */
    static WordClusters english() {
        return English.INSTANCE;
    }

    /** The class of the lower-case word {@code word}, or "?" for a word too rare to have one. */
    String of(String word) {
        return classes.getOrDefault(word, "?");
    }

    /** The classes, sorted by word, "word TAB class" a line, as the resource holds them. */
    String format() {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(classes).forEach((w, c) -> out.append(w).append('\t').append(c).append('\n'));
        return out.toString();
    }

    /** Reads texts one at a time and clusters their words at the end. Not thread-safe. */
    static final class Counter {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> words = new ArrayList<>();
        private int[] sequence = new int[1 << 16];
        private int length;
        private final int clusters;

        /** A counter that will make {@code clusters} classes. */
        Counter(int clusters) {
            this.clusters = clusters;
        }

        /** A counter that will make the library's {@value #CLUSTERS} classes. */
        Counter() {
            this(CLUSTERS);
        }

        /** Adds the words of {@code a}, each sentence ending in a boundary. */
        void add(AnalyzedText a) {
            for (dev.timeline.text.Sentence s : a.sentences()) {
                append(-1);
                for (Token t : a.tokens(s)) {
                    String w = t.text().toLowerCase(Locale.ROOT);
                    append(ids.computeIfAbsent(w, k -> {
                        words.add(k);
                        return words.size() - 1;
                    }));
                }
            }
            append(-1);
        }

        private void append(int id) {
            if (length == sequence.length) {
                sequence = Arrays.copyOf(sequence, length * 2);
            }
            sequence[length++] = id;
        }

        /** Clusters the words seen at least {@value #MIN_COUNT} times. */
        WordClusters build() {
            int[] count = new int[words.size()];
            for (int i = 0; i < length; i++) {
                if (sequence[i] >= 0) {
                    count[sequence[i]]++;
                }
            }
            // words by falling frequency, ties by spelling: the order fixes every later step
            Integer[] byCount = new Integer[words.size()];
            for (int i = 0; i < byCount.length; i++) {
                byCount[i] = i;
            }
            Arrays.sort(byCount, Comparator.<Integer>comparingInt(i -> -count[i]).thenComparing(words::get));
            int[] row = new int[words.size()];
            int[] column = new int[words.size()];
            Arrays.fill(row, -1);
            Arrays.fill(column, -1);
            int rows = 0;
            for (int k = 0; k < byCount.length && k < CONTEXT_WORDS; k++) {
                column[byCount[k]] = k;
            }
            List<Integer> clustered = new ArrayList<>();
            for (int k = 0; k < byCount.length && rows < MAX_WORDS; k++) {
                int w = byCount[k];
                String s = words.get(w);
                if (count[w] >= MIN_COUNT && Character.isLetter(s.charAt(0))) {
                    row[w] = rows++;
                    clustered.add(w);
                }
            }
            // left neighbours, right neighbours, the sentence boundary on each side
            double[][] vectors = new double[rows][2 * CONTEXT_WORDS + 2];
            for (int i = 0; i < length; i++) {
                int w = sequence[i];
                if (w < 0 || row[w] < 0) {
                    continue;
                }
                double[] v = vectors[row[w]];
                int left = i > 0 ? sequence[i - 1] : -1;
                int right = i + 1 < length ? sequence[i + 1] : -1;
                if (left < 0) {
                    v[2 * CONTEXT_WORDS] += 1;
                } else if (column[left] >= 0) {
                    v[column[left]] += 1;
                }
                if (right < 0) {
                    v[2 * CONTEXT_WORDS + 1] += 1;
                } else if (column[right] >= 0) {
                    v[CONTEXT_WORDS + column[right]] += 1;
                }
            }
            ppmi(vectors);
            int[] assignment = kMeans(Sparse.of(vectors), 2 * CONTEXT_WORDS + 2, clusters);
            ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
            for (int r = 0; r < rows; r++) {
                out.put(words.get(clustered.get(r)), Integer.toString(assignment[r]));
            }
            return new WordClusters(out.build());
        }
    }

    /** Replaces counts by positive pointwise mutual information and scales each row to unit length. */
    private static void ppmi(double[][] vectors) {
        int dims = vectors.length == 0 ? 0 : vectors[0].length;
        double[] columnSum = new double[dims];
        double total = 0;
        for (double[] v : vectors) {
            for (int d = 0; d < dims; d++) {
                columnSum[d] += v[d];
                total += v[d];
            }
        }
        for (double[] v : vectors) {
            double rowSum = 0;
            for (int d = 0; d < dims; d++) {
                rowSum += v[d];
            }
            double norm = 0;
            for (int d = 0; d < dims; d++) {
                double pmi = v[d] == 0 ? 0 : Math.log(v[d] * total / (rowSum * columnSum[d]));
                v[d] = Math.max(0, pmi);
                norm += v[d] * v[d];
            }
            norm = Math.sqrt(norm);
            for (int d = 0; d < dims && norm > 0; d++) {
                v[d] /= norm;
            }
        }
    }

    /** A row of non-zero values: the dimensions and their values. */
    private record Sparse(int[] index, double[] value) {
        static Sparse[] of(double[][] dense) {
            Sparse[] out = new Sparse[dense.length];
            for (int r = 0; r < dense.length; r++) {
                int nonZero = 0;
                for (double x : dense[r]) {
                    nonZero += x != 0 ? 1 : 0;
                }
                int[] index = new int[nonZero];
                double[] value = new double[nonZero];
                for (int d = 0, j = 0; d < dense[r].length; d++) {
                    if (dense[r][d] != 0) {
                        index[j] = d;
                        value[j++] = dense[r][d];
                    }
                }
                out[r] = new Sparse(index, value);
            }
            return out;
        }

        double dot(double[] dense) {
            double s = 0;
            for (int j = 0; j < index.length; j++) {
                s += value[j] * dense[index[j]];
            }
            return s;
        }

        double dot(Sparse o) {
            double s = 0;
            for (int i = 0, j = 0; i < index.length && j < o.index.length;) {
                if (index[i] == o.index[j]) {
                    s += value[i++] * o.value[j++];
                } else if (index[i] < o.index[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return s;
        }

        void addTo(double[] dense) {
            for (int j = 0; j < index.length; j++) {
                dense[index[j]] += value[j];
            }
        }
    }

    /** Spherical k-means from a seeded k-means++ start; returns each row's cluster. */
    private static int[] kMeans(Sparse[] vectors, int dims, int clusters) {
        int n = vectors.length;
        int k = Math.min(clusters, n);
        int[] assignment = new int[n];
        if (k == 0) {
            return assignment;
        }
        Random random = new Random(SEED);
        Sparse[] seeds = new Sparse[k];
        seeds[0] = vectors[0];
        double[] distance = new double[n];
        Arrays.fill(distance, Double.MAX_VALUE);
        for (int c = 1; c < k; c++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                distance[i] = Math.max(0, Math.min(distance[i], 1 - vectors[i].dot(seeds[c - 1])));
                sum += distance[i];
            }
            double pick = random.nextDouble() * sum;
            int chosen = n - 1;
            for (int i = 0; i < n; i++) {
                pick -= distance[i];
                if (pick <= 0) {
                    chosen = i;
                    break;
                }
            }
            seeds[c] = vectors[chosen];
        }
        double[][] centroids = new double[k][dims];
        for (int c = 0; c < k; c++) {
            seeds[c].addTo(centroids[c]);
        }
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bestDot = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double d = vectors[i].dot(centroids[c]);
                    if (d > bestDot) {
                        bestDot = d;
                        best = c;
                    }
                }
                assignment[i] = best;
            }
            double[][] sums = new double[k][dims];
            for (int i = 0; i < n; i++) {
                vectors[i].addTo(sums[assignment[i]]);
            }
            for (int c = 0; c < k; c++) {
                double norm = 0;
                for (double x : sums[c]) {
                    norm += x * x;
                }
                norm = Math.sqrt(norm);
                if (norm > 0) {
                    for (int d = 0; d < dims; d++) {
                        sums[c][d] /= norm;
                    }
                    centroids[c] = sums[c];
                }
            }
        }
        return assignment;
    }

    private static Map<String, String> load() {
        try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Map.of(); // before the first training run
            }
            ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    int tab = line.indexOf('\t');
                    out.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            return out.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
