package dev.timeline.dct;

import dev.timeline.document.Document;
import dev.timeline.tag.TimeTagger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates creation-date inference on articles whose dates are known: hides the dates ({@link DctHiddenDates}),
 * estimates them set by set (a set is one folder of the input, one story's coverage, so lending evidence stays
 * within a story), and reports exact day, within a day, same month, same year and answered rates per set, and a
 * calibration table with its expected calibration error (ECE). The calibration is judged on held-out articles:
 * the table is fitted on four fifths of the articles and applied to the fifth, five times (folds by article).
 *
 * <p>Instances are immutable; {@link #report()} formats the result.
 */
public final class DctEvaluation {
    static final int FOLDS = 5;
    private final Map<String, DctScores> sets;
    private final DctScores all;
    private final List<double[]> heldOut;
    private final DctCalibration fitted;
    private final List<String> errors;

    private DctEvaluation(Map<String, DctScores> sets, DctScores all, List<double[]> heldOut,
            DctCalibration fitted, List<String> errors) {
        this.errors = errors;
        this.sets = sets;
        this.all = all;
        this.heldOut = heldOut;
        this.fitted = fitted;
    }

    /**
     * Reads the articles under {@code paths} with their dates hidden and evaluates the inference on them.
     *
     * @throws dev.timeline.document.DocumentLoadException if a path is missing or a file cannot be read
     * @throws IllegalArgumentException if no article under the paths has a known date
     */
    public static DctEvaluation run(Collection<Path> paths, TimeTagger tagger, boolean lendEvidence) {
        List<DctHiddenDates.Article> articles = DctHiddenDates.read(paths);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no article with a known creation date under " + paths
                    + " (eval-dct reads TimeML with a DCT, text files in date folders, JSON Lines with \"date\")");
        }
        Map<String, List<DctHiddenDates.Article>> bySet = new LinkedHashMap<>();
        articles.forEach(a -> bySet.computeIfAbsent(a.set(), k -> new ArrayList<>()).add(a));
        DctInference inference = DctInference.using(tagger);
        Map<String, DctScores> sets = new LinkedHashMap<>();
        DctScores all = new DctScores();
        List<DctCalibration.Outcome> outcomes = new ArrayList<>();
        List<Integer> outcomeIndex = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, List<DctHiddenDates.Article>> set : bySet.entrySet()) {
            List<Document> docs = set.getValue().stream().map(DctHiddenDates.Article::document).toList();
            List<Optional<DctInference.Judged>> judged = inference.judgeAll(docs, lendEvidence);
            LocalDate latest = set.getValue().stream().map(DctHiddenDates.Article::truth).max(LocalDate::compareTo)
                    .orElseThrow();
            DctScores scores = new DctScores();
            for (int i = 0; i < docs.size(); i++, index++) {
                LocalDate truth = set.getValue().get(i).truth();
                scores.add(judged.get(i), truth, latest);
                if (judged.get(i).map(j -> !j.estimate().date().equals(truth)).orElse(true)) {
                    errors.add(error(set.getValue().get(i), judged.get(i)));
                }
                if (judged.get(i).isPresent()) {
                    DctInference.Judged j = judged.get(i).get();
                    outcomes.add(new DctCalibration.Outcome(j.kind(), j.raw(), DctScores.right(j.estimate(), truth)));
                    outcomeIndex.add(index);
                }
            }
            sets.put(set.getKey(), scores);
            all.addAll(scores);
        }
        List<double[]> heldOut = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<DctCalibration.Outcome> train = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomeIndex.get(i) % FOLDS != fold) {
                    train.add(outcomes.get(i));
                }
            }
            DctCalibration table = DctCalibration.fit(train);
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomeIndex.get(i) % FOLDS == fold) {
                    DctCalibration.Outcome o = outcomes.get(i);
                    heldOut.add(new double[] {table.probability(o.kind(), o.raw()), o.right() ? 1 : 0});
                }
            }
        }
        return new DctEvaluation(sets, all, heldOut, DctCalibration.fit(outcomes), List.copyOf(errors));
    }

    private static String error(DctHiddenDates.Article a, Optional<DctInference.Judged> judged) {
        StringBuilder s = new StringBuilder(a.file() + ": true " + a.truth() + ", ");
        if (judged.isEmpty()) {
            return s.append("no answer").toString();
        }
        s.append(judged.get().estimate()).append(" [").append(judged.get().kind()).append(String.format(Locale.ROOT,
                " raw %.3f]", judged.get().raw()));
        judged.get().estimate().evidence().forEach(line -> s.append("\n    - ").append(line));
        return s.toString();
    }

    /** Every {@code step}-th article whose day is wrong or unanswered, at most {@code limit}, for error analysis. */
    public List<String> errors(int limit) {
        int step = Math.max(1, errors.size() / Math.max(1, limit));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < errors.size() && out.size() < limit; i += step) {
            out.add(errors.get(i));
        }
        return out;
    }

    /** The calibration table fitted on all the articles, as {@code dct-calibration.tsv} holds it. */
    public String calibrationTable() {
        return fitted.write();
    }

    /** The expected calibration error of the held-out confidences: the count-weighted gap per band. */
    public double expectedCalibrationError() {
        double gap = 0;
        for (double[] band : bands()) {
            gap += band[0] * Math.abs(band[1] - band[2]);
        }
        return heldOut.isEmpty() ? 0 : gap / heldOut.size();
    }

    /** Per confidence band of a tenth: count, mean confidence, share right. */
    private List<double[]> bands() {
        double[][] b = new double[DctCalibration.BANDS][3];
        for (double[] h : heldOut) {
            double[] band = b[DctCalibration.band(h[0])];
            band[0]++;
            band[1] += h[0];
            band[2] += h[1];
        }
        List<double[]> out = new ArrayList<>();
        for (double[] band : b) {
            out.add(band[0] == 0 ? band : new double[] {band[0], band[1] / band[0], band[2] / band[0]});
        }
        return out;
    }

    /** The report: rates per set and over all, then the held-out calibration table and its ECE. */
    public String report() {
        StringBuilder s = new StringBuilder(DctScores.header());
        sets.forEach((name, scores) -> s.append(scores.line(name)));
        s.append(all.line("all")).append('\n');
        s.append("rates in % of the articles; year*: of the answered; printed: exact of the articles that print "
                + "their date with its year; absurd: years before 1900 or after the set's latest date + 1 without a "
                + "printed date\n\n");
        s.append("calibration (held out, ").append(FOLDS).append("-fold by article; right = the day, month or year "
                + "answered is right)\n");
        s.append(String.format(Locale.ROOT, "%-10s %6s %9s %8s%n", "confidence", "count", "mean", "right"));
        List<double[]> bands = bands();
        for (int b = 0; b < bands.size(); b++) {
            double[] band = bands.get(b);
            if (band[0] > 0) {
                s.append(String.format(Locale.ROOT, "%.1f–%.1f    %6d %9.3f %8.3f%n", b / 10.0, (b + 1) / 10.0,
                        (int) band[0], band[1], band[2]));
            }
        }
        s.append(String.format(Locale.ROOT, "ECE %.4f over %d answered articles%n", expectedCalibrationError(),
                heldOut.size()));
        return s.toString();
    }
}
