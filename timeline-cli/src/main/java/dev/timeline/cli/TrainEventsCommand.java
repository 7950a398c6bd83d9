package dev.timeline.cli;

import dev.timeline.event.EventTraining;
import dev.timeline.tag.eval.Evaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code timeline train-events GOLD_DIR}: re-trains the event recognizer and the time anchorer. */
@Command(name = "train-events", mixinStandardHelpOptions = true,
        description = {"Re-trains the event recognizer and the time anchorer from TimeML gold (EVENT, MAKEINSTANCE and "
                + "TLINK), reproducibly: the same input gives the same files, byte for byte.",
            "Writes events.bin.gz, anchors.bin.gz and verb-lemmas.txt into --out."})
final class TrainEventsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of gold .tml files, searched recursively.")
    Path gold;

    @Option(names = "--raw", paramLabel = "DIR",
            description = "Folder of unannotated news (.tml, TEXT read, annotation ignored) to count the verbs of; "
                    + "without it the shipped verb list is kept.")
    Path raw;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Where to write the models (the library's resources are in "
                    + "timeline-core/src/main/resources/dev/timeline/event).")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<Path> files = Evaluation.goldFiles(gold);
        var err = spec.commandLine().getErr();
        EventTraining.Trained trained;
        if (raw != null) {
            if (!Files.isDirectory(raw)) {
                throw new IllegalArgumentException(raw + ": no such folder");
            }
            Set<String> verbs = EventTraining.verbLemmas(Evaluation.goldFiles(raw));
            err.println("timeline: " + verbs.size() + " verb lemmas counted in " + raw);
            trained = EventTraining.train(files, verbs);
        } else {
            trained = EventTraining.train(files);
        }
        trained.writeTo(out);
        err.println("timeline: trained on " + files.size() + " documents; models written to " + out);
        err.flush();
        return 0;
    }
}
