package dev.timeline.event.eval;

import dev.timeline.event.EventTraining;
import dev.timeline.tag.Tagger;
import dev.timeline.tag.eval.TimexScore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Held-out figures for the event models: k-fold cross-validation by document (document {@code i} of the files sorted
 * by name falls in fold {@code i mod k}), and training on one set of documents to test on another (TimeBank to
 * AQUAINT: a genre shift). Nothing is ever scored by a model that saw it in training.
 */
public final class CrossValidation {
    private CrossValidation() {
    }

    /**
     * Runs k-fold cross-validation over {@code files}, writing each held-out document's system TimeML into
     * {@code outDir} when given, and returns the scores summed over the folds.
     *
     * @throws IllegalArgumentException if {@code k} is below 2 or above the number of files
     * @throws IOException if a file cannot be read or written
     */
    public static EventEvaluation.Result folds(List<Path> files, int k, Optional<Path> outDir, Tagger tagger)
            throws IOException {
        Objects.requireNonNull(files, "files");
        if (k < 2 || k > files.size()) {
            throw new IllegalArgumentException("cannot make " + k + " folds of " + files.size() + " documents");
        }
        TimexScore timexes = TimexScore.empty();
        EventCounts events = EventCounts.ZERO;
        for (int fold = 0; fold < k; fold++) {
            List<Path> train = new ArrayList<>();
            List<Path> test = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                (i % k == fold ? test : train).add(files.get(i));
            }
            EventEvaluation.Result r = heldOut(train, test, outDir, tagger);
            timexes = timexes.plus(r.timexes());
            events = events.plus(r.events());
        }
        return new EventEvaluation.Result(timexes, events);
    }

    /** Trains on {@code train} and scores on {@code test}. */
    public static EventEvaluation.Result heldOut(List<Path> train, List<Path> test, Optional<Path> outDir,
            Tagger tagger) throws IOException {
        EventTraining.Trained models = EventTraining.train(train);
        return EventEvaluation.run(test, outDir, tagger, models.recognizer(), models.anchorer());
    }
}
