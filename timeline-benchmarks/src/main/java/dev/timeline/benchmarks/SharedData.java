package dev.timeline.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the project's shared data ({@code shared/data} beside the repository) for the benchmarks' inputs. */
public final class SharedData {
    private SharedData() {
    }

    /**
     * The {@code shared/data} folder: the system property {@code timeline.data} if set, else the first
     * {@code shared/data} holding {@code tbaq} or {@code silver} in the working directory or one of its ancestors.
     */
    public static Optional<Path> dataDir() {
        String property = System.getProperty("timeline.data");
        if (property != null) {
            return Optional.of(Path.of(property));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path data = dir.resolve("shared/data");
            if (Files.isDirectory(data.resolve("silver")) || Files.isDirectory(data.resolve("tbaq"))) {
                return Optional.of(data);
            }
        }
        return Optional.empty();
    }
}
