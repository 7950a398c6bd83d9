package dev.timeline.cli;

import dev.timeline.event.EventTraining;
import dev.timeline.tag.eval.Evaluation;
import dev.timeline.tag.timeml.TimeMlAnnotations;
import dev.timeline.text.BaseVerbs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code timeline train-events GOLD_DIR}: re-trains the event recognizer and the time anchorer. */
@Command(name = "train-events", mixinStandardHelpOptions = true,
        description = {"Re-trains the event recognizer and the time anchorer from TimeML gold (EVENT, MAKEINSTANCE and "
                + "TLINK), reproducibly: the same input gives the same files, byte for byte.",
            "Writes dev/timeline/event/events.bin.gz, anchors.bin.gz, verb-lemmas.txt, noun-contexts.txt and "
                + "word-clusters.txt under --out, and with --raw dev/timeline/text/base-verbs.txt."})
final class TrainEventsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of gold .tml files, searched recursively.")
    Path gold;

    @Option(names = "--raw", paramLabel = "DIR",
            description = "Folder of unannotated news (.tml, TEXT read, annotation ignored) to count the verbs, the "
                    + "nouns' contexts and the word classes of; without it the shipped lists are kept.")
    Path raw;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The resource root to write under: timeline-core/src/main/resources replaces the "
                    + "library's own.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Problems.requireFolder(gold, "train-events wants a folder of gold .tml files");
        List<Path> files = Evaluation.goldFiles(gold);
        var err = spec.commandLine().getErr();
        EventTraining.Trained trained;
        if (raw != null) {
            Problems.requireFolder(raw, "--raw wants a folder of .tml files");
            List<Path> rawFiles = Evaluation.goldFiles(raw);
            List<String> texts = new ArrayList<>();
            for (Path f : rawFiles) {
                texts.add(TimeMlAnnotations.read(f).text());
            }
            Path base = out.resolve(BaseVerbs.RESOURCE);
            Files.createDirectories(base.getParent());
            Files.writeString(base, BaseVerbs.count(texts), StandardCharsets.UTF_8);
            EventTraining.Lexicons lexicons = EventTraining.countRawNews(rawFiles);
            err.println("timeline: " + lexicons.verbLemmas() + " verb lemmas, the nouns' contexts and the word "
                    + "classes counted in " + raw + "; base verbs in " + base);
            trained = EventTraining.train(files, lexicons);
        } else {
            trained = EventTraining.train(files);
        }
        trained.writeTo(out);
        err.println("timeline: trained on " + files.size() + " documents; models written to " + out);
        err.flush();
        return 0;
    }
}
