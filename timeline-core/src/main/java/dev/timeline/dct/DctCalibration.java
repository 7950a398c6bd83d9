package dev.timeline.dct;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the raw score of a creation-date estimate (the share of the winner among the candidates) to the probability
 * that it is right, by kind of estimate and band of raw score: a table fitted on articles whose dates are known
 * ({@link #fit}), monotone within each kind (pool-adjacent-violators). The shipped table is the resource
 * {@code dct-calibration.tsv}, written by {@code timeline eval-dct --fit-calibration}. Immutable.
 */
final class DctCalibration {
    /** The kinds of estimate, calibrated apart. */
    enum Kind {
        /** A day printed with its year. */
        PRINTED_DAY,
        /** A month and day printed without year; the year inferred. */
        PRINTED_MONTH_DAY,
        /** A day inferred from the body. */
        INFERRED_DAY,
        /** A month inferred from the body. */
        INFERRED_MONTH,
        /** A year inferred from the body. */
        INFERRED_YEAR
    }

    /** One estimate of a known date: its kind, raw score and whether it was right at its precision. */
    record Outcome(Kind kind, double raw, boolean right) {
    }

    static final int BANDS = 10;
    private static final DctCalibration IDENTITY = new DctCalibration(new EnumMap<>(Kind.class));
    private static final DctCalibration SHIPPED = load();

    /** Per kind, the probability of each raw band; absent kinds pass the raw score through. */
    private final Map<Kind, double[]> table;
    private final Map<Kind, int[][]> counts = new EnumMap<>(Kind.class);

    private DctCalibration(Map<Kind, double[]> table) {
        this.table = table;
    }

    /** The table shipped with the library. */
    static DctCalibration shipped() {
        return SHIPPED;
    }

    /** No calibration: the raw score is the confidence. */
    static DctCalibration identity() {
        return IDENTITY;
    }

    /** The probability that an estimate of {@code kind} with raw score {@code raw} is right. */
    double probability(Kind kind, double raw) {
        double[] p = table.get(kind);
        return p == null ? Math.max(0, Math.min(1, raw)) : p[band(raw)];
    }

    static int band(double raw) {
        return Math.max(0, Math.min(BANDS - 1, (int) Math.floor(raw * BANDS)));
    }

    /** Fits the table to {@code outcomes}: per kind and band the share right, made monotone in the raw score. */
    static DctCalibration fit(List<Outcome> outcomes) {
        Map<Kind, double[]> table = new EnumMap<>(Kind.class);
        Map<Kind, int[][]> counts = new EnumMap<>(Kind.class);
        for (Outcome o : outcomes) {
            int[][] c = counts.computeIfAbsent(o.kind(), k -> new int[BANDS][2]);
            c[band(o.raw())][0]++;
            c[band(o.raw())][1] += o.right() ? 1 : 0;
        }
        counts.forEach((kind, c) -> table.put(kind, monotone(c)));
        DctCalibration fitted = new DctCalibration(table);
        fitted.counts.putAll(counts);
        return fitted;
    }

    /** Pool-adjacent-violators over the bands: a non-decreasing step function, weighted by counts. */
    private static double[] monotone(int[][] c) {
        List<double[]> blocks = new ArrayList<>(); // {sum right + prior, weight, first band, last band}
        for (int b = 0; b < BANDS; b++) {
            if (c[b][0] == 0) {
                continue;
            }
            blocks.add(new double[] {c[b][1], c[b][0], b, b});
            while (blocks.size() > 1) {
                double[] last = blocks.get(blocks.size() - 1);
                double[] prev = blocks.get(blocks.size() - 2);
                if (prev[0] / prev[1] <= last[0] / last[1]) {
                    break;
                }
                blocks.remove(blocks.size() - 1);
                blocks.set(blocks.size() - 1, new double[] {prev[0] + last[0], prev[1] + last[1], prev[2], last[3]});
            }
        }
        double[] p = new double[BANDS];
        int next = 0;
        for (double[] block : blocks) {
            double share = block[0] / block[1];
            for (; next <= block[3]; next++) {
                p[next] = share;
            }
        }
        for (; next < BANDS; next++) {
            p[next] = blocks.isEmpty() ? (next + 0.5) / BANDS : p[next - 1];
        }
        return p;
    }

    /** The table as tab-separated lines: kind, band low, band high, count, right, probability. */
    String write() {
        StringBuilder s = new StringBuilder("# kind\tfrom\tto\tcount\tright\tprobability\n");
        table.forEach((kind, p) -> {
            int[][] c = counts.getOrDefault(kind, new int[BANDS][2]);
            for (int b = 0; b < BANDS; b++) {
                s.append(String.format(Locale.ROOT, "%s\t%.1f\t%.1f\t%d\t%d\t%.4f%n", kind, b / (double) BANDS,
                        (b + 1) / (double) BANDS, c[b][0], c[b][1], p[b]));
            }
        });
        return s.toString();
    }

    static DctCalibration parse(String tsv) {
        Map<Kind, double[]> table = new EnumMap<>(Kind.class);
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            double[] p = table.computeIfAbsent(Kind.valueOf(f[0]), k -> new double[BANDS]);
            p[band(Double.parseDouble(f[1]) + 0.5 / BANDS)] = Double.parseDouble(f[5]);
        }
        return new DctCalibration(table);
    }

    private static DctCalibration load() {
        try (InputStream in = DctCalibration.class.getResourceAsStream("dct-calibration.tsv")) {
            return in == null ? IDENTITY : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
