package dev.timeline.cli;

import dev.timeline.dct.DctEvaluation;
import dev.timeline.tag.TimeTagger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code timeline eval-dct PATH…}: hides the known creation dates of articles (TimeML DCT, date folders, JSON Lines
 * {@code date}, {@code date} header lines), infers them from the text and prints the rates per set and a calibration
 * table.
 */
@Command(name = "eval-dct", mixinStandardHelpOptions = true,
        description = {"Scores creation-date inference: hides the known dates of the articles under PATH (the DCT of "
                + "TimeML files, the date folder of text files such as InputDocs/2010-04-22/3.htm.txt, the \"date\" "
                + "of JSON Lines, a 'date 2025-08-28' header line), infers them from the text alone and prints the "
                + "exact-day, ±1-day, same-month, same-year and answered rates per set (the first folder level "
                + "under each PATH), and a held-out calibration table with its expected calibration error."})
final class EvalDctCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders, read recursively.")
    List<Path> paths;

    @Option(names = "--lend-dct-evidence",
            description = "Let the articles of a set lend each other evidence, as chronology --lend-dct-evidence.")
    boolean lend;

    @Option(names = "--fit-calibration", paramLabel = "FILE",
            description = "Also write the calibration table fitted on all the articles to FILE (the shipped table is "
                    + "timeline-core/src/main/resources/dev/timeline/dct/dct-calibration.tsv).")
    Path fitCalibration;

    @Option(names = "--errors", paramLabel = "N",
            description = "Also list N articles whose day is wrong or unanswered (an even sample), with the evidence.")
    int errors;

    @Override
    public Integer call() throws Exception {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException(p + ": no such file or folder");
            }
        }
        if (fitCalibration != null && (fitCalibration.getParent() != null
                && !Files.isDirectory(fitCalibration.getParent()))) {
            throw new IllegalArgumentException(fitCalibration + ": its folder does not exist");
        }
        DctEvaluation evaluation = DctEvaluation.run(paths, TimeTagger.english(), lend);
        var out = spec.commandLine().getOut();
        out.print(evaluation.report());
        if (errors > 0) {
            out.println();
            evaluation.errors(errors).forEach(out::println);
        }
        out.flush();
        if (fitCalibration != null) {
            Files.writeString(fitCalibration, evaluation.calibrationTable());
            spec.commandLine().getErr().println("timeline: calibration table written to " + fitCalibration);
        }
        return 0;
    }
}
