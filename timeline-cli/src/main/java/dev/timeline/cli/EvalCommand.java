package dev.timeline.cli;

import dev.timeline.event.EventRecognizer;
import dev.timeline.event.TimeAnchorer;
import dev.timeline.event.eval.CrossValidation;
import dev.timeline.event.eval.EventEvaluation;
import dev.timeline.event.eval.EventReport;
import dev.timeline.tag.Tagger;
import dev.timeline.tag.eval.Evaluation;
import dev.timeline.tag.eval.ScoreReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code timeline eval <gold dir>}: timex, event and anchoring scores against TimeML gold. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores the tagger (TIMEX3, as te3score.py), the event recognizer and the time anchorer (EVENT "
                + "and event-to-time TLINKs, as anchor_score.py) against a folder of gold TimeML files.",
            "The shipped event models were trained on TimeBank and AQUAINT: on those, use --folds or --train for "
                + "held-out figures."})
final class EvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of gold .tml files, searched recursively.")
    Path gold;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the system's .tml files (TIMEX3, EVENT, MAKEINSTANCE, TLINK).")
    Path outDir;

    @Option(names = "--errors", description = "Also list the timex errors, file by file.")
    boolean errors;

    @Option(names = "--folds", paramLabel = "K",
            description = "Cross-validate the event models by document: train on K-1 folds, score the held-out one.")
    Integer folds;

    @Option(names = "--train", paramLabel = "DIR",
            description = "Train the event models on the gold files under DIR and score GOLD_DIR with them.")
    Path train;

    @Override
    public Integer call() throws Exception {
        if (Files.isRegularFile(gold)) {
            throw new IllegalArgumentException(gold + ": is a file; eval wants a folder of gold .tml files");
        }
        if (!Files.isDirectory(gold)) {
            throw new IllegalArgumentException(gold + ": no such folder (eval reads a folder of gold .tml files)");
        }
        if (folds != null && folds < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--folds must be at least 2, not " + folds);
        }
        if (folds != null && train != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--folds and --train exclude each other");
        }
        if (outDir != null && outDir.toAbsolutePath().normalize().startsWith(gold.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("will not write the system's files into the gold folder " + gold
                    + ": they would replace or join the gold files (choose another --out)");
        }
        Path out = outDir != null ? outDir : Files.createTempDirectory("timeline-eval");
        List<Path> files = Evaluation.goldFiles(gold);
        Tagger tagger = Tagger.english();
        String models;
        EventEvaluation.Result result;
        if (folds != null) {
            result = CrossValidation.folds(files, folds, Optional.of(out), tagger);
            models = folds + "-fold cross-validation by document";
        } else if (train != null) {
            result = CrossValidation.heldOut(Evaluation.goldFiles(train), files, Optional.of(out), tagger);
            models = "trained on " + train;
        } else {
            result = EventEvaluation.run(files, Optional.of(out), tagger, EventRecognizer.english(),
                    TimeAnchorer.english());
            models = "shipped models";
        }
        var w = spec.commandLine().getOut();
        w.print(ScoreReport.summary(result.timexes()));
        w.print(EventReport.summary(result.events(), models));
        if (errors) {
            w.print(ScoreReport.errors(result.timexes()));
        }
        w.flush();
        return 0;
    }
}
