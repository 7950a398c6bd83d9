package dev.timeline.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * A Spark standalone cluster on 127.0.0.1 made of separate JVMs: one Master and two Workers started from the Spark
 * jars Maven resolved, and drivers submitted to it with {@code SparkSubmit}. The Workers launch each executor as its
 * own JVM ({@code CoarseGrainedExecutorBackend}); what they need is a {@code SPARK_HOME} whose {@code jars/} folder
 * holds Spark's jars, and {@code SPARK_SCALA_VERSION}.
 *
 * <p>Everything lives under one temporary folder (Spark home, logs, work and local directories), which
 * {@link #close()} deletes after destroying every process it started and their descendants.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final Duration START = Duration.ofSeconds(90);
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private final Path root;
    private final Path home;
    private final List<String> javaOptions;
    private final List<Process> processes = new ArrayList<>();
    private final int masterPort;
    private final int masterUiPort;
    private final List<Process> workers = new ArrayList<>();

    private StandaloneCluster(Path root, List<String> javaOptions) throws IOException {
        this.root = root;
        this.home = Files.createDirectories(root.resolve("spark-home"));
        this.javaOptions = javaOptions;
        this.masterPort = freePort();
        this.masterUiPort = freePort();
    }

    /**
     * Starts a Master and {@code workers} Workers, and waits until every Worker has registered.
     *
     * @param sparkJars   Spark's jars and their dependencies, nothing of ours
     * @param javaOptions what Spark needs opened on Java 17, given to every JVM started here
     */
    static StandaloneCluster start(List<Path> sparkJars, List<String> javaOptions, int workers) throws IOException,
            InterruptedException {
        StandaloneCluster cluster = new StandaloneCluster(Files.createTempDirectory("timeline-cluster-"),
                javaOptions);
        try {
            cluster.linkJars(sparkJars);
            cluster.startMaster();
            for (int i = 1; i <= workers; i++) {
                cluster.startWorker(i);
            }
            cluster.awaitWorkers(workers);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    /** {@code spark://127.0.0.1:PORT}. */
    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** The folder this cluster keeps its logs and work in; deleted by {@link #close()}. */
    Path root() {
        return root;
    }

    /**
     * Starts {@code SparkSubmit} in client mode (the driver in its own JVM, with Spark's default driver memory) for
     * {@code mainClass} in {@code jar}, with Spark's default configuration. Its standard output and error go to
     * {@code log}.
     */
    Process submit(Path jar, String mainClass, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("-Xmx1g", "org.apache.spark.deploy.SparkSubmit",
                "--master", masterUrl(), "--deploy-mode", "client", "--class", mainClass, jar.toString()));
        command.addAll(List.of(args));
        return launch(command, log, Files.createDirectories(root.resolve("driver-local")));
    }

    /** The executor JVMs the Workers are running now. */
    List<ProcessHandle> executors() {
        return workers.stream().flatMap(Process::descendants)
                .filter(p -> p.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend")).toList();
    }

    /** The executor JVM of {@code executorId} in application {@code appId}, if a Worker is running it. */
    Optional<ProcessHandle> executor(String appId, String executorId) {
        return executors().stream().filter(p -> {
            String line = p.info().commandLine().orElse("");
            return line.contains("--executor-id " + executorId + " ") && line.contains("--app-id " + appId);
        }).findFirst();
    }

    private void linkJars(List<Path> sparkJars) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (Path jar : sparkJars) {
            Path link = jars.resolve(jar.getFileName());
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, jar.toAbsolutePath());
            }
        }
    }

    private void startMaster() throws IOException {
        // Spark's Master also opens a REST submission server on port 6066 by default: not needed, and not free
        // on a shared machine.
        launch(List.of("-Xmx1g", "-Dspark.master.rest.enabled=false", "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(masterPort), "--webui-port",
                String.valueOf(masterUiPort)), root.resolve("master.log"), null);
    }

    private void startWorker(int n) throws IOException {
        Path work = Files.createDirectories(root.resolve("worker-" + n));
        Process worker = launch(List.of("-Xmx1g", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                "--port", "0", "--webui-port", "0", "--work-dir", work.toString(), masterUrl()),
                root.resolve("worker-" + n + ".log"), Files.createDirectories(root.resolve("worker-" + n + "-local")));
        workers.add(worker);
    }

    private Process launch(List<String> mainAndArgs, Path log, Path localDir) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", home.resolve("jars") + "/*"));
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_LOCAL_DIRS", (localDir == null ? root : localDir).toString());
        env.remove("SPARK_CONF_DIR");
        Process p = builder.start();
        processes.add(p);
        return p;
    }

    private void awaitWorkers(int expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        int alive = 0;
        while (System.nanoTime() < deadline) {
            for (Process p : processes) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("a Spark daemon exited with code " + p.exitValue()
                            + " while the cluster started; logs in " + root + ":\n" + tails());
                }
            }
            Optional<JsonNode> state = Http.json("http://127.0.0.1:" + masterUiPort + "/json/");
            alive = state.map(s -> s.path("aliveworkers").asInt()).orElse(0);
            if (alive == expected) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(alive + " of " + expected + " Workers registered with the Master within "
                + START.toSeconds() + " s:\n" + tails());
    }

    /** The last lines of every log of the cluster, for failure messages. */
    String tails() throws IOException {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> logs = Files.list(root)) {
            for (Path log : logs.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                out.append("== ").append(log.getFileName()).append('\n').append(tail(log, 15));
            }
        }
        return out.toString();
    }

    /** The last {@code lines} lines of {@code file}. */
    static String tail(Path file, int lines) throws IOException {
        List<String> all = Files.readAllLines(file);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())) + "\n";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Destroys every process started here and its descendants (executors included), then deletes the folder. */
    @Override
    public void close() {
        List<ProcessHandle> all = new ArrayList<>();
        for (Process p : processes) {
            p.descendants().forEach(all::add);
            all.add(p.toHandle());
        }
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : all) {
            if (!exited(h, 15)) {
                h.destroyForcibly();
                exited(h, 15);
            }
        }
        for (ProcessHandle h : all) {
            if (h.isAlive()) {
                throw new IllegalStateException("process " + h.pid() + " outlived SIGKILL: " + h.info());
            }
        }
        delete(root);
    }

    private static boolean exited(ProcessHandle h, int seconds) {
        try {
            h.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
