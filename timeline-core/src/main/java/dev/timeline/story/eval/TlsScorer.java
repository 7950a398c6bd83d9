package dev.timeline.story.eval;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Scores a story timeline against a gold one as the timeline-summarization literature does, computing exactly what
 * {@code tls_score.py} (the project's reference scorer) computes: date precision and recall (exact day), and
 * alignment-based ROUGE-1 and ROUGE-2 ("align+ m:1", Martschat and Markert 2017): each system date is aligned to the
 * gold date of least cost (days apart times content distance) and its sentences scored against that date's, weighted
 * by {@code 1 / (1 + days apart)}; recall the same way from the gold side. Sentences are compared as lower-cased
 * white-space tokens without punctuation and stop words, and without stemming: the ROUGE figures approximate the
 * Perl ROUGE of the papers, they do not reproduce it.
 */
public final class TlsScorer {
    private static final Set<String> STOP = Set.of(("a about above after again against all am an and any are as at be "
            + "because been before being below between both but by can could did do does doing down during each few "
            + "for from further had has have having he her here hers herself him himself his how i if in into is it "
            + "its itself just me more most my myself no nor not now of off on once only or other our ours ourselves "
            + "out over own same she should so some such than that the their theirs them themselves then there these "
            + "they this those through to too under until up very was we were what when where which while who whom "
            + "why will with would you your yours yourself yourselves 's -lrb- -rrb- `` ''").split(" "));
    private static final Pattern PUNCT = Pattern.compile("[\\W_]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private TlsScorer() {
    }

    /** Scores {@code system} against {@code gold}, both maps from a day to its sentences. */
    public static TlsScores score(Map<LocalDate, List<String>> gold, Map<LocalDate, List<String>> system) {
        Set<LocalDate> hit = new HashSet<>(gold.keySet());
        hit.retainAll(system.keySet());
        double dp = system.isEmpty() ? 0.0 : (double) hit.size() / system.size();
        double dr = gold.isEmpty() ? 0.0 : (double) hit.size() / gold.size();
        Tokens tokens = new Tokens(gold, system);
        double[] r1 = aligned(tokens, 1);
        double[] r2 = aligned(tokens, 2);
        return new TlsScores(dp, dr, r1[0], r1[1], r2[0], r2[1]);
    }

    /** The sentences of both timelines as tokens, computed once. */
    private static final class Tokens {
        final TreeMap<LocalDate, List<String>> gold = new TreeMap<>();
        final TreeMap<LocalDate, List<String>> system = new TreeMap<>();

        Tokens(Map<LocalDate, List<String>> gold, Map<LocalDate, List<String>> system) {
            gold.forEach((d, s) -> this.gold.put(d, tokens(s)));
            system.forEach((d, s) -> this.system.put(d, tokens(s)));
        }
    }

    private static List<String> tokens(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (String s : sentences) {
            for (String t : SPACE.split(s.toLowerCase(Locale.ROOT))) {
                if (!t.isEmpty() && !STOP.contains(t) && !PUNCT.matcher(t).matches()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            out.merge(tokens.subList(i, i + n), 1, Integer::sum);
        }
        return out;
    }

    /** {matched n-grams, system n-grams, gold n-grams}. */
    private static int[] overlap(List<String> system, List<String> gold, int n) {
        Map<List<String>, Integer> s = ngrams(system, n);
        Map<List<String>, Integer> g = ngrams(gold, n);
        int matched = 0;
        int ps = 0;
        int pg = 0;
        for (Map.Entry<List<String>, Integer> e : s.entrySet()) {
            matched += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
            ps += e.getValue();
        }
        for (int c : g.values()) {
            pg += c;
        }
        return new int[] {matched, ps, pg};
    }

    private static double contentDistance(List<String> system, List<String> gold) {
        int[] o = overlap(system, gold, 1);
        if (o[0] == 0) {
            return 1.0;
        }
        double p = (double) o[0] / o[1];
        double r = (double) o[0] / o[2];
        return 1 - 2 * p * r / (p + r);
    }

    /** {precision, recall} of the aligned ROUGE-n. */
    private static double[] aligned(Tokens t, int n) {
        return new double[] {side(t.system, t.gold, true, n), side(t.gold, t.system, false, n)};
    }

    private static double side(TreeMap<LocalDate, List<String>> src, TreeMap<LocalDate, List<String>> dst,
            boolean srcIsSystem, int n) {
        double num = 0;
        double den = 0;
        for (Map.Entry<LocalDate, List<String>> a : src.entrySet()) {
            LocalDate best = null;
            double bestCost = 0;
            long bestDays = 0;
            for (Map.Entry<LocalDate, List<String>> b : dst.entrySet()) {
                long days = Math.abs(ChronoUnit.DAYS.between(b.getKey(), a.getKey()));
                double dateFactor = 1 - 1.0 / (days + 1);
                double cost = dateFactor * (srcIsSystem ? contentDistance(a.getValue(), b.getValue())
                        : contentDistance(b.getValue(), a.getValue()));
                if (best == null || cost < bestCost || cost == bestCost && days < bestDays) {
                    best = b.getKey();
                    bestCost = cost;
                    bestDays = days;
                }
            }
            double weight = best == null ? 0.0 : 1.0 / (bestDays + 1);
            List<String> other = best == null ? List.of() : dst.get(best);
            int[] o = srcIsSystem ? overlap(a.getValue(), other, n) : overlap(other, a.getValue(), n);
            num += weight * o[0];
            den += srcIsSystem ? o[1] : o[2];
        }
        return den == 0 ? 0.0 : num / den;
    }
}
