package dev.timeline.cli;

import dev.timeline.story.StorySummarizer;
import dev.timeline.story.eval.StoryEvaluation;
import dev.timeline.story.eval.TlsScores;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code timeline eval-story <folders…>}: the timeline-summarization protocol on stories in the Timeline17 layout,
 * printed as {@code tls_score.py} prints it (one line a gold timeline, then the averages), with the tagger-only
 * baseline beside.
 */
@Command(name = "eval-story", mixinStandardHelpOptions = true,
        description = "Summarizes stories in the Timeline17 layout (<story>/InputDocs/<YYYY-MM-DD>/*.txt and"
                + " <story>/timelines/*.txt) once per gold timeline, as the field's protocol says, and scores them:"
                + " date F1 and alignment-based ROUGE-1/2.")
final class EvalStoryCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FOLDER",
            description = "A story folder, or a folder of story folders.")
    List<Path> folders;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder for the system timelines (one file a gold timeline, in its layout, and the"
                    + " baseline's beside it as baseline-<name>); created if missing.")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("cannot write into " + out + ": it is a file, not a folder");
        }
        for (Path folder : folders) {
            Problems.requireFolder(folder, "eval-story wants a story folder in the Timeline17 layout, or a folder of"
                    + " them");
        }
        try {
            Files.createDirectories(out); // before the work, so that a folder that cannot be made fails at once
        } catch (IOException e) {
            throw new IOException("cannot write into " + out + ": " + Problems.of(e), e);
        }
        List<StoryEvaluation.Run> runs = new ArrayList<>();
        for (Path folder : folders) {
            for (Path story : StoryEvaluation.stories(folder)) {
                for (StoryEvaluation.Run run : StoryEvaluation.run(story, out, StorySummarizer.english())) {
                    TlsScores s = run.scores();
                    stdout.printf(Locale.ROOT, "%s: date F1 %.3f  AR-1 F %.3f  AR-2 F %.3f  (baseline date F1 %.3f)%n",
                            run.written(), s.dateF1(), s.ar1F1(), s.ar2F1(), run.baseline().dateF1());
                    runs.add(run);
                }
            }
        }
        TlsScores avg = TlsScores.average(runs.stream().map(StoryEvaluation.Run::scores).toList());
        TlsScores base = TlsScores.average(runs.stream().map(StoryEvaluation.Run::baseline).toList());
        stdout.printf(Locale.ROOT, "timelines %d%n", runs.size());
        stdout.printf(Locale.ROOT, "date  P %.3f  R %.3f  F1 %.3f%n", avg.dateP(), avg.dateR(), avg.dateF1());
        stdout.printf(Locale.ROOT, "ar1   P %.3f  R %.3f  F1 %.3f%n", avg.ar1P(), avg.ar1R(), avg.ar1F1());
        stdout.printf(Locale.ROOT, "ar2   P %.3f  R %.3f  F1 %.3f%n", avg.ar2P(), avg.ar2R(), avg.ar2F1());
        stdout.printf(Locale.ROOT, "baseline (days ranked by the articles naming them): date F1 %.3f  AR-1 F %.3f"
                + "  AR-2 F %.3f%n", base.dateF1(), base.ar1F1(), base.ar2F1());
        stdout.flush();
        return 0;
    }
}
