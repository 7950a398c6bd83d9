package dev.timeline.cli;

import dev.timeline.chronology.Chronologies;
import dev.timeline.chronology.Chronology;
import dev.timeline.chronology.ChronologyOptions;
import dev.timeline.render.Renderer;
import dev.timeline.render.Renderers;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code timeline chronology <files or folders…>}: the merged chronology of news files. A file that cannot be read is
 * reported and skipped unless {@code --strict}; standard error ends with how many documents were read and skipped.
 */
@Command(name = "chronology", mixinStandardHelpOptions = true,
        description = "Builds the chronology of news texts (.txt, .jsonl, .tml, or folders of them).")
final class ChronologyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or folders to read; - reads standard input as one text document.")
    List<Path> paths;

    @Option(names = "--dct", paramLabel = "DATE",
            description = "Creation date (yyyy-mm-dd) for documents that state none, instead of inferring it.")
    LocalDate dct;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, md, json, html (a page with a chart), timelinejs (TimelineJS 3 JSON),"
                    + " ics (iCalendar), or a renderer on the class path (default: ${DEFAULT-VALUE}).")
    String format;

    @CommandLine.Mixin
    BatchOptions io = new BatchOptions();

    @Option(names = "--threads", paramLabel = "N", description = "Threads that read the documents (default: all"
            + " processors); the chronology is the same whatever the number.")
    Integer threads;

    @Option(names = "--lend-dct-evidence",
            description = "Let the documents lend each other evidence for their inferred creation dates.")
    boolean lend;

    @Override
    public Integer call() throws Exception {
        Renderer renderer = Renderers.forFormat(format).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "unknown format '" + format + "' (expected one of " + Renderers.formats() + ")"));
        ChronologyOptions.Builder options = ChronologyOptions.builder().lendDctEvidence(lend)
                .progress(ProgressBar.forTerminal(spec.commandLine().getErr()));
        if (dct != null) {
            options.dct(dct);
        }
        if (threads != null) {
            try {
                options.threads(threads);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        ChronologyOptions built = options.build();
        Output output = Output.to(io.out, paths);
        Batch batch = Batch.read(paths, io.strict, spec.commandLine().getErr(), main.standardInput(), built.threads());
        Chronology chronology = Chronologies.build(batch.documents(), built);
        output.write(out -> renderer.render(chronology, out), spec.commandLine().getOut());
        spec.commandLine().getErr().println(batch.summary());
        spec.commandLine().getErr().flush();
        return 0;
    }
}
