package dev.timeline.cli;

import dev.timeline.tag.Tagger;
import dev.timeline.tag.eval.Evaluation;
import dev.timeline.tag.eval.ScoreReport;
import dev.timeline.tag.eval.TimexScore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code timeline eval <gold dir>}: scores the tagger against gold TimeML files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores the tagger on a folder of gold TimeML (.tml) files (TempEval-3 task A).")
final class EvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of gold .tml files.")
    Path gold;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the system's .tml files.")
    Path outDir;

    @Option(names = "--errors", description = "Also list the errors, file by file.")
    boolean errors;

    @Override
    public Integer call() throws Exception {
        if (Files.isRegularFile(gold)) {
            throw new IllegalArgumentException(gold + ": is a file; eval wants a folder of gold .tml files");
        }
        if (!Files.isDirectory(gold)) {
            throw new IllegalArgumentException(gold + ": no such folder");
        }
        if (outDir != null && outDir.toAbsolutePath().normalize().startsWith(gold.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("will not write the system's files into the gold folder " + gold
                    + ": they would replace or join the gold files (choose another --out)");
        }
        Path out = outDir != null ? outDir : Files.createTempDirectory("timeline-eval");
        TimexScore score = Evaluation.run(gold, out, Tagger.english());
        var w = spec.commandLine().getOut();
        w.print(ScoreReport.summary(score));
        if (errors) {
            w.print(ScoreReport.errors(score));
        }
        w.flush();
        return 0;
    }
}
