package dev.timeline.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The REST API of a running driver's web UI ({@code /api/v1}), found through the port the driver logs on start
 * (4040 unless taken). Empty answers while the driver is starting or gone.
 */
final class DriverUi {
    private static final Pattern UI_PORT = Pattern.compile("Successfully started service 'SparkUI' on port (\\d+)");

    private final String api;

    private DriverUi(int port) {
        this.api = "http://127.0.0.1:" + port + "/api/v1/applications";
    }

    /** The UI of the driver that writes {@code log}, once it has said where it listens. */
    static Optional<DriverUi> fromLog(Path log) throws IOException {
        if (!Files.exists(log)) {
            return Optional.empty();
        }
        Matcher m = UI_PORT.matcher(Files.readString(log));
        return m.find() ? Optional.of(new DriverUi(Integer.parseInt(m.group(1)))) : Optional.empty();
    }

    /** The id of the driver's application. */
    Optional<String> application() throws InterruptedException {
        return Http.json(api).filter(a -> a.size() > 0).map(a -> a.get(0).path("id").asString());
    }

    /** The descriptions of the application's jobs so far, running or done. */
    List<String> jobDescriptions(String app) throws InterruptedException {
        List<String> out = new ArrayList<>();
        Http.json(api + "/" + app + "/jobs").ifPresent(jobs -> jobs.forEach(j -> out.add(j.path("description")
                .asString(""))));
        return out;
    }

    /** An executor as the driver sees it: its id and how many cached blocks and finished tasks it holds. */
    record Executor(String id, int rddBlocks, int completedTasks) {
    }

    /** The active executors (not the driver). */
    List<Executor> executors(String app) throws InterruptedException {
        List<Executor> out = new ArrayList<>();
        Optional<JsonNode> executors = Http.json(api + "/" + app + "/executors");
        executors.ifPresent(all -> all.forEach(e -> {
            if (!e.path("id").asString().equals("driver") && e.path("isActive").asBoolean(false)) {
                out.add(new Executor(e.path("id").asString(), e.path("rddBlocks").asInt(),
                        e.path("completedTasks").asInt()));
            }
        }));
        return out;
    }
}
