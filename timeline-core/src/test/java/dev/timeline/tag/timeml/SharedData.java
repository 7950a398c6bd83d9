package dev.timeline.tag.timeml;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Locates the shared corpora and tools (the {@code shared} directory next to the repository) for tests that need
 * them; those tests are skipped, not failed, when the data or {@code python3} is absent.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The {@code shared} directory: the first ancestor of the working directory with {@code shared/data/tbaq}. */
    public static Optional<Path> root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path shared = dir.resolve("shared");
            if (Files.isDirectory(shared.resolve("data/tbaq"))) {
                return Optional.of(shared);
            }
        }
        return Optional.empty();
    }

    /** The TimeBank+AQUAINT gold directory, or skips the test. */
    public static Path tbaq() {
        Optional<Path> root = root();
        assumeTrue(root.isPresent(), "shared/data/tbaq not found above the working directory");
        return root.get().resolve("data/tbaq");
    }

    /** The reference scorer, or skips the test if it or {@code python3} is missing. */
    public static Path te3score() {
        Optional<Path> script = root().map(r -> r.resolve("tools/te3score.py")).filter(Files::isRegularFile);
        assumeTrue(script.isPresent(), "shared/tools/te3score.py not found");
        assumeTrue(hasPython(), "python3 is not available");
        return script.get();
    }

    private static boolean hasPython() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code python3 te3score.py args...} and returns its standard output; fails the test on a non-zero exit. */
    public static String runTe3score(List<String> args) throws IOException, InterruptedException {
        return run(te3score(), args);
    }

    /** The reference event and anchor scorer, or skips the test if it or {@code python3} is missing. */
    public static Path anchorScore() {
        Optional<Path> script = root().map(r -> r.resolve("tools/anchor_score.py")).filter(Files::isRegularFile);
        assumeTrue(script.isPresent(), "shared/tools/anchor_score.py not found");
        assumeTrue(hasPython(), "python3 is not available");
        return script.get();
    }

    /**
     * Runs {@code python3 anchor_score.py args...} and returns its standard output and error; fails the test on a
     * non-zero exit.
     */
    public static String runAnchorScore(List<String> args) throws IOException, InterruptedException {
        return run(anchorScore(), args);
    }

    /** The Timeline17 development stories, or skips the test. */
    public static Path timeline17() {
        Optional<Path> dir = root().map(r -> r.resolve("data/timeline17")).filter(Files::isDirectory);
        assumeTrue(dir.isPresent(), "shared/data/timeline17 not found above the working directory");
        return dir.get();
    }

    /** The reference timeline-summarization scorer, or skips the test if it or {@code python3} is missing. */
    public static Path tlsScore() {
        Optional<Path> script = root().map(r -> r.resolve("tools/tls_score.py")).filter(Files::isRegularFile);
        assumeTrue(script.isPresent(), "shared/tools/tls_score.py not found");
        assumeTrue(hasPython(), "python3 is not available");
        return script.get();
    }

    /** Runs {@code python3 tls_score.py args...} and returns its standard output; fails the test on a non-zero exit. */
    public static String runTlsScore(List<String> args) throws IOException, InterruptedException {
        return run(tlsScore(), args);
    }

    /**
     * Runs {@code python3 script args...} and returns its standard output and error; fails the test on a non-zero
     * exit or after two minutes.
     */
    private static String run(Path script, List<String> args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("python3", script.toString()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(script.getFileName() + " " + args + " failed:\n" + out);
        }
        return out;
    }

    /**
     * Makes {@code into} a flat directory of copies of the {@code .tml} files under {@code goldDir}, as
     * {@code te3score.py} wants (copies rather than links, which JUnit warns about when it cleans up).
     */
    public static Path flatCopy(Path goldDir, Path into) throws IOException {
        Files.createDirectories(into);
        try (var walk = Files.walk(goldDir)) {
            for (Path f : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".tml"))::iterator) {
                Files.copy(f, into.resolve(f.getFileName().toString()));
            }
        }
        return into;
    }
}
