package dev.timeline.tag.eval;

import dev.timeline.tag.Anchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.Tagger;
import dev.timeline.tag.timeml.TimeMlDocument;
import dev.timeline.tag.timeml.TimeMlException;
import dev.timeline.tag.timeml.TimeMlWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The TempEval-3 Task A evaluation of a {@link Tagger} on a directory of gold TimeML files.
 *
 * <p>Every {@code *.tml} file under the gold directory (recursively) is read, its TEXT is tagged with the file's DCT
 * ({@link Anchor#news}, or {@link Anchor#none()} without one), the system output is written under the same file name
 * to a flat output directory, and the output is scored against the gold with {@link TimexScorer}. The written files
 * can be scored with {@code te3score.py} against a flat directory of the gold files, with the same result.
 *
 * <p>From the command line: {@code Evaluation <gold dir> [--out DIR] [--errors]}.
 */
public final class Evaluation {
    private static final String USAGE = "usage: Evaluation <gold dir> [--out DIR] [--errors]";

    private Evaluation() {
    }

    /**
     * Tags and scores every {@code *.tml} file under {@code goldDir}.
     *
     * @param goldDir a directory of gold TimeML files, searched recursively
     * @param outDir where the system files go, created if needed; existing files of the same names are replaced
     * @param tagger the tagger to evaluate
     * @return the scores over all files
     * @throws IOException if a file cannot be read or written
     * @throws IllegalArgumentException if {@code goldDir} holds no {@code .tml} file or two with the same name
     * @throws TimeMlException if a gold file is not TimeML this library can read
     * @throws IllegalStateException if the tagger returns mentions that cannot be written (crossing, or not matching
     *     the text)
     */
    public static TimexScore run(Path goldDir, Path outDir, Tagger tagger) throws IOException {
        Objects.requireNonNull(goldDir, "goldDir");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(tagger, "tagger");
        List<Path> files = goldFiles(goldDir);
        Files.createDirectories(outDir);
        TimexScore total = TimexScore.empty();
        for (Path file : files) {
            TimeMlDocument gold = TimeMlDocument.read(file);
            Anchor anchor = gold.dct().map(Anchor::news).orElse(Anchor.none());
            List<Mention> mentions = tagger.tag(gold.text(), anchor);
            TimeMlDocument system;
            try {
                system = gold.withTimexes(mentions);
                TimeMlWriter.write(system, outDir.resolve(gold.name()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("tagger output for " + gold.name() + " cannot be written: "
                        + e.getMessage(), e);
            }
            total = total.plus(TimexScorer.score(gold, system.timexes()));
        }
        return total;
    }

    /**
     * Lists the {@code *.tml} files under {@code dir}, recursively, ordered by file name.
     *
     * @throws IOException if the directory cannot be listed
     * @throws IllegalArgumentException if {@code dir} is not a directory, holds no {@code .tml} file, or two of the
     *     same name
     */
    public static List<Path> goldFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a directory: " + dir);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".tml") && Files.isRegularFile(p))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .collect(Collectors.toList());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .tml files under " + dir);
        }
        Map<String, Path> seen = new HashMap<>();
        for (Path f : files) {
            Path before = seen.put(f.getFileName().toString(), f);
            if (before != null) {
                throw new IllegalArgumentException("two gold files named " + f.getFileName() + ": " + before
                        + " and " + f);
            }
        }
        return files;
    }

    /**
     * Runs the evaluation from the command line and prints the scores. Exits with 2 on bad arguments and 1 when a
     * file cannot be read or written, after a one-line message on standard error.
     */
    public static void main(String[] args) {
        int code = execute(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    static int execute(String[] args, PrintStream out, PrintStream err) {
        Path gold = null;
        Path outDir = null;
        boolean errors = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--errors" -> errors = true;
                case "--out" -> {
                    if (++i == args.length) {
                        return usage(err, "--out needs a directory");
                    }
                    outDir = Path.of(args[i]);
                }
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (args[i].startsWith("-")) {
                        return usage(err, "unknown option " + args[i]);
                    }
                    if (gold != null) {
                        return usage(err, "more than one gold directory");
                    }
                    gold = Path.of(args[i]);
                }
            }
        }
        if (gold == null) {
            return usage(err, "no gold directory given");
        }
        if (!Files.isDirectory(gold)) {
            return usage(err, "gold directory " + gold + " does not exist or is not a directory");
        }
        try {
            if (outDir == null) {
                outDir = Files.createTempDirectory("timeline-eval-");
            }
            out.println("system output: " + outDir);
            TimexScore score = run(gold, outDir, Tagger.english());
            if (errors) {
                out.print(ScoreReport.errors(score));
            }
            out.print(ScoreReport.summary(score));
            return 0;
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        } catch (IOException e) {
            err.println("error: " + e);
            return 1;
        } catch (TimeMlException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream err, String message) {
        err.println("error: " + message);
        err.println(USAGE);
        return 2;
    }
}
