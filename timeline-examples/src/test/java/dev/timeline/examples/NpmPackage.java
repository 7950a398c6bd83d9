package dev.timeline.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * A package from the npm registry, installed with the {@code npm} client into a folder of the build
 * ({@code npm install --prefix DIR}), for tests that run a JavaScript library in a browser.
 */
final class NpmPackage {
    private static final long INSTALL_MINUTES = 3;

    private NpmPackage() {
    }

    /** The outcome: the package's folder and version, or why there is none. */
    record Installed(Path dir, String version, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    /**
     * Installs {@code name} at {@code versionRange} (as npm reads it, e.g. {@code 3.9}) under {@code prefix}, unless a
     * version of it is there already.
     */
    static Installed install(String name, String versionRange, Path prefix) throws IOException, InterruptedException {
        Path dir = prefix.resolve("node_modules").resolve(name);
        if (!Files.isRegularFile(dir.resolve("package.json"))) {
            Files.createDirectories(prefix);
            List<String> command = new ArrayList<>(List.of("npm", "install", "--prefix", prefix.toString(),
                    "--no-audit", "--no-fund", "--no-save", "--ignore-scripts", name + "@" + versionRange));
            Path log = prefix.resolve("npm-install.log");
            Process npm;
            try {
                npm = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            } catch (IOException e) {
                return new Installed(null, null, "npm is not installed (apt-get install -y npm): " + e.getMessage());
            }
            if (!npm.waitFor(INSTALL_MINUTES, TimeUnit.MINUTES)) {
                npm.destroyForcibly();
                return new Installed(null, null, "npm install " + name + " took over " + INSTALL_MINUTES
                        + " minutes");
            }
            if (npm.exitValue() != 0) {
                return new Installed(null, null, "npm install " + name + "@" + versionRange + " failed (exit "
                        + npm.exitValue() + "): " + Files.readString(log, StandardCharsets.UTF_8).strip());
            }
        }
        String version = JsonMapper.builder().build().readTree(Files.readString(dir.resolve("package.json")))
                .path("version").asString();
        return new Installed(dir, version, null);
    }
}
