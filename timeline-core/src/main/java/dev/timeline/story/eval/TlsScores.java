package dev.timeline.story.eval;

import java.util.List;

/**
 * The timeline-summarization figures of one system timeline against one gold timeline, or their average over several:
 * date selection (exact day) and alignment-based ROUGE-1 and ROUGE-2, each as precision and recall. F1 is taken from
 * the (averaged) precision and recall, as the field reports it.
 *
 * @param dateP precision of the dates
 * @param dateR recall of the dates
 * @param ar1P  alignment-based ROUGE-1 precision
 * @param ar1R  alignment-based ROUGE-1 recall
 * @param ar2P  alignment-based ROUGE-2 precision
 * @param ar2R  alignment-based ROUGE-2 recall
 */
public record TlsScores(double dateP, double dateR, double ar1P, double ar1R, double ar2P, double ar2R) {
    /** Date F1. */
    public double dateF1() {
        return f1(dateP, dateR);
    }

    /** AR-1 F1. */
    public double ar1F1() {
        return f1(ar1P, ar1R);
    }

    /** AR-2 F1. */
    public double ar2F1() {
        return f1(ar2P, ar2R);
    }

    /**
     * Returns the macro average of {@code scores}: each precision and recall averaged.
     *
     * @throws IllegalArgumentException if {@code scores} is empty
     */
    public static TlsScores average(List<TlsScores> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("no timelines to average");
        }
        double[] sum = new double[6];
        for (TlsScores s : scores) {
            sum[0] += s.dateP;
            sum[1] += s.dateR;
            sum[2] += s.ar1P;
            sum[3] += s.ar1R;
            sum[4] += s.ar2P;
            sum[5] += s.ar2R;
        }
        int n = scores.size();
        return new TlsScores(sum[0] / n, sum[1] / n, sum[2] / n, sum[3] / n, sum[4] / n, sum[5] / n);
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
