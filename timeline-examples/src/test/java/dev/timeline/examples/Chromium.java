package dev.timeline.examples;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium driven from the command line: the DOM after load ({@code --dump-dom}), the console
 * ({@code --enable-logging=stderr}) and screenshots. No network: the page must be self-contained.
 */
final class Chromium {
    private final Path executable;
    private final Path profile;

    private Chromium(Path executable, Path profile) {
        this.executable = executable;
        this.profile = profile;
    }

    /** The browser on the PATH ({@code chromium}, {@code chromium-browser} or {@code google-chrome}), if any. */
    static Optional<Chromium> find(Path profile) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(new Chromium(p, profile));
                }
            }
        }
        return Optional.empty();
    }

    /** The result of one run: standard output and standard error. */
    record Run(String out, String err) {
    }

    Run run(Path page, String... options) throws IOException, InterruptedException {
        return run(page.toUri(), options);
    }

    /** Opens {@code page} (a {@code file:} or {@code http://127.0.0.1} address) with {@code options}. */
    Run run(URI page, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + profile.toAbsolutePath()));
        command.addAll(List.of(options));
        command.add(page.toString());
        Path out = Files.createTempFile(profile.getParent(), "out", ".txt");
        Path err = Files.createTempFile(profile.getParent(), "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(25, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish within 25 s: " + command);
        }
        return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
