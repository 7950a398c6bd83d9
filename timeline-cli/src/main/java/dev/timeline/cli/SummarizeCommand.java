package dev.timeline.cli;

import dev.timeline.document.Document;
import dev.timeline.render.Renderer;
import dev.timeline.render.Renderers;
import dev.timeline.story.StoryOptions;
import dev.timeline.story.StorySummarizer;
import dev.timeline.story.StoryTimeline;
import dev.timeline.story.Timeline17Format;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code timeline summarize <files or folders…> --dates L --sentences K}: the story timeline of a story's coverage,
 * the L most important days with at most K sentences each, in date order.
 */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Summarizes a story's coverage as a timeline: the most important days, each with the sentences"
                + " that best say what happened, in date order. Articles need a creation date, given (a 'date'"
                + " header, a JSON Lines date, a TimeML DCT, a folder named as the date) or printed (a dateline, an"
                + " 'Updated' line).")
final class SummarizeCommand implements Callable<Integer> {
    private static final String T17 = "t17";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or folders to read; - reads standard input as one text document.")
    List<Path> paths;

    @Option(names = "--dates", paramLabel = "L", defaultValue = "20",
            description = "How many days to keep (default: ${DEFAULT-VALUE}).")
    int dates;

    @Option(names = "--sentences", paramLabel = "K", defaultValue = "2",
            description = "The most sentences for each day (default: ${DEFAULT-VALUE}).")
    int sentences;

    @Option(names = "--from", paramLabel = "DATE", description = "First day kept (yyyy-mm-dd); articles published"
            + " before it are not read.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day kept (yyyy-mm-dd); articles published after"
            + " it are not read.")
    LocalDate to;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that read the articles (default: all"
            + " processors).")
    Integer threads;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: t17 (the Timeline17 layout: a date line, one sentence a line, a line of 32"
                    + " dashes between days), text, md, json, html, timelinejs, ics (default: ${DEFAULT-VALUE}).")
    String format;

    @CommandLine.Mixin
    BatchOptions io = new BatchOptions();



    @Override
    public Integer call() throws Exception {
        StoryOptions options;
        try {
            options = StoryOptions.of(dates, sentences).withRange(from, to);
            options = threads == null ? options : options.withThreads(threads);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Renderer renderer = format.equals(T17) ? null : Renderers.forFormat(format).orElseThrow(
                () -> new CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format
                        + "' (expected t17 or one of " + Renderers.formats() + ")"));
        Output output = Output.to(io.out, paths);
        PrintWriter err = spec.commandLine().getErr();
        Batch batch = Batch.read(paths, io.strict, err, main.standardInput(), options.threads());
        List<Document> documents = batch.documents();
        StoryTimeline story = StorySummarizer.english().summarize(documents, options);
        if (story.articlesRead() == 0) {
            String range = from == null && to == null ? "" : " between " + (from == null ? "the start" : from)
                    + " and " + (to == null ? "the end" : to);
            throw new IllegalArgumentException("none of the " + documents.size() + " documents has a creation date"
                    + range + ": give each a 'date yyyy-mm-dd' first line, a dateline, a JSON Lines \"date\", or"
                    + " put the files in folders named as their dates (2010-04-22/)");
        }
        String text = renderer == null ? Timeline17Format.write(story) : renderer.render(story.toChronology(documents));
        output.write(text, spec.commandLine().getOut());
        if (story.days().size() < dates) {
            err.println("timeline: " + story.days().size() + " days, not " + dates + ": the articles name only "
                    + story.daysNamed() + " days" + (from != null || to != null ? " in the range" : ""));
        }
        err.println(batch.summary() + "; " + story.articlesRead() + " read for the story, "
                + story.articlesLeftOut() + " without a date or outside the range");
        err.flush();
        return 0;
    }
}
