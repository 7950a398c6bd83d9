package dev.timeline.cli;

import dev.timeline.document.DocumentLoadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code timeline} command: {@code chronology}, {@code summarize}, {@code tag}, {@code eval}, {@code eval-story},
 * {@code eval-dct}, {@code train-events} and
 * {@code convert-cat}. Exit codes follow picocli: 0 on success, 2 for a usage error (bad option, bad date), 1 for a
 * runtime error (missing file, undecodable bytes, an {@code --out} that cannot be written or would overwrite an
 * input, the heap too small for the documents); errors are one line on standard error naming the file and the
 * problem, never a stack trace or a Java class.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true, version = "timeline 0.1.0",
        description = "Dated events and chronologies from English news text.",
        subcommands = {ChronologyCommand.class, TagCommand.class, EvalCommand.class, TrainEventsCommand.class,
            ConvertCatCommand.class, SummarizeCommand.class, EvalStoryCommand.class, EvalDctCommand.class})
public final class Main implements Runnable {
    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream in;

    private Main(InputStream in) {
        this.in = in;
    }

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command with the given output streams, standard input being {@code System.in}, and returns the exit
     * code; for tests and embedding.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, System.in, out, err);
    }

    /** Runs the command with the given streams ({@code in} is what a path {@code -} reads) and returns the exit code. */
    public static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        try {
            return commandLine(in, out, err).execute(args);
        } catch (Error e) {
            if (!outOfMemory(e)) {
                throw e;
            }
            // what filled the heap is unreachable once the command has unwound: there is room for the message
            err.println("timeline: out of memory (the Java heap holds at most "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB): give it more, as in "
                    + "JAVA_OPTS=-Xmx4g, or fewer or smaller documents at a time");
            err.flush();
            return 1;
        }
    }

    /**
     * Whether {@code e} comes of a full heap: an {@link OutOfMemoryError} in its causes, or a class whose
     * initialization ran out of memory on another thread ("Could not initialize class ..." caused by "Exception
     * java.lang.OutOfMemoryError ... [in thread ...]"), as when the document's parts are read on several threads.
     */
    private static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError || t instanceof ExceptionInInitializerError && t.getMessage() != null
                    && t.getMessage().contains(OutOfMemoryError.class.getName())) {
                return true;
            }
        }
        return false;
    }

    /** What a path {@code -} reads: standard input, or the stream given to {@link #execute}. */
    InputStream standardInput() {
        return in;
    }

    static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main(in));
        cli.setOut(out);
        cli.setErr(err);
        cli.registerConverter(LocalDate.class, Main::date);
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("timeline: " + message(ex));
            line.getErr().flush();
            return 1;
        });
        return cli;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date (yyyy-mm-dd)");
        }
    }

    private static String message(Exception ex) {
        if (ex instanceof DocumentLoadException || ex instanceof IllegalArgumentException) {
            return ex.getMessage();
        }
        if (ex instanceof UncheckedIOException u) {
            return Problems.describe(u.getCause());
        }
        if (ex instanceof IOException io) {
            return Problems.describe(io);
        }
        // the message names the problem; the class is for a stack trace, which a user does not see
        return ex.getMessage() != null && !ex.getMessage().isBlank() ? ex.getMessage() : ex.toString();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
