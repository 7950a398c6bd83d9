package dev.timeline.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.NegLogLikelihood;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Fits a maximum-entropy model to samples: OpenNLP indexes the samples and computes the negative log-likelihood, as
 * its {@code QNTrainer} does; {@link FixedLengthOwlQn} minimizes it with an L2 and an L1 penalty for a fixed number of
 * iterations; the weights come out as an OpenNLP {@code QNModel}, which the library reads and writes as before.
 */
final class MaxentFitting {
    private MaxentFitting() {
    }

    /**
     * The penalties, the cut-off and the length of the minimization.
     *
     * @param cutoff a feature seen fewer times than this is dropped
     * @param l1 the L1 penalty's weight
     * @param l2 the L2 penalty's weight (times the squared norm of the weights)
     * @param iterations the number of OWL-QN iterations
     */
    record Settings(int cutoff, double l1, double l2, int iterations) {
        Settings {
            if (cutoff < 0 || !(l1 >= 0) || !(l2 >= 0) || Double.isInfinite(l1) || Double.isInfinite(l2)
                    || iterations < 0) {
                throw new IllegalArgumentException("cut-off, penalties and iterations must be finite and >= 0: "
                        + cutoff + ", " + l1 + ", " + l2 + ", " + iterations);
            }
        }
    }

    /** The model that {@code settings} fit to {@code samples}, taken in their order. */
    static QNModel fit(List<Event> samples, Settings settings) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        p.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put("PrintMessages", false);
        DataIndexer indexer;
        try {
            indexer = ((AbstractEventTrainer) TrainerFactory.getEventTrainer(p, null))
                    .getDataIndexer(ObjectStreamUtils.createObjectStream(samples));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the samples are in memory
        }
        double[] x = FixedLengthOwlQn.minimize(new Penalized(new NegLogLikelihood(indexer), settings.l2()),
                settings.l1(), settings.iterations()).point();
        if (settings.l1() > 0 && settings.l2() > 0) {
            double scale = Math.sqrt(1 + settings.l2()); // as OpenNLP's QNMinimizer does with both penalties
            for (int i = 0; i < x.length; i++) {
                x[i] *= scale;
            }
        }
        return model(x, indexer.getPredLabels(), indexer.getOutcomeLabels());
    }

    /** The model of the weights {@code x}, laid out as OpenNLP's objective lays them out: outcome-major. */
    private static QNModel model(double[] x, String[] predicates, String[] outcomes) {
        int[] all = new int[outcomes.length];
        for (int o = 0; o < outcomes.length; o++) {
            all[o] = o;
        }
        Context[] contexts = new Context[predicates.length];
        for (int c = 0; c < predicates.length; c++) {
            double[] weights = new double[outcomes.length];
            for (int o = 0; o < outcomes.length; o++) {
                weights[o] = x[o * predicates.length + c];
            }
            contexts[c] = new Context(all.clone(), weights);
        }
        return new QNModel(contexts, predicates, outcomes);
    }

    /** The negative log-likelihood plus {@code l2} times the squared norm, as OpenNLP's minimizer adds it. */
    private record Penalized(NegLogLikelihood likelihood, double l2) implements FixedLengthOwlQn.Smooth {
        @Override
        public int dimension() {
            return likelihood.getDimension();
        }

        @Override
        public double valueAt(double[] x) {
            double squares = 0;
            for (double v : x) {
                squares += v * v;
            }
            return likelihood.valueAt(x) + l2 * squares;
        }

        @Override
        public double[] gradientAt(double[] x) {
            double[] g = likelihood.gradientAt(x).clone();
            for (int i = 0; i < x.length; i++) {
                g[i] += 2 * l2 * x[i];
            }
            return g;
        }
    }
}
