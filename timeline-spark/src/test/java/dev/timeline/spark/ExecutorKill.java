package dev.timeline.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An executor JVM killed (SIGKILL) while a driver ran a given step: which executor, its process, and what it held.
 *
 * @param executor  the executor as the driver saw it just before the kill
 * @param pid       its process
 * @param step      the job description that was running or done when it was killed
 */
record ExecutorKill(DriverUi.Executor executor, long pid, String step) {
    private static final Duration WAIT = Duration.ofMinutes(4);
    private static final long POLL_MILLIS = 100;

    /**
     * Waits until the driver has started a job described as {@code step}, then kills the executor that holds the
     * most cached blocks, and waits for its JVM to exit.
     *
     * @throws IllegalStateException if the driver ends before, or the executor's JVM cannot be found
     */
    static ExecutorKill duringStep(StandaloneCluster cluster, Process driver, Path driverLog, String step)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (driver.isAlive() && System.nanoTime() < deadline) {
            Optional<DriverUi> ui = DriverUi.fromLog(driverLog);
            Optional<String> app = ui.isPresent() ? ui.get().application() : Optional.empty();
            if (app.isPresent() && ui.get().jobDescriptions(app.get()).contains(step)) {
                List<DriverUi.Executor> executors = ui.get().executors(app.get());
                Optional<DriverUi.Executor> victim = executors.stream()
                        .max(Comparator.comparingInt(DriverUi.Executor::rddBlocks));
                if (victim.isPresent() && victim.get().rddBlocks() > 0) {
                    ProcessHandle process = cluster.executor(app.get(), victim.get().id()).orElseThrow(
                            () -> new IllegalStateException("no JVM of executor " + victim.get().id() + " of "
                                    + app.get() + " among the Workers' children: " + cluster.executors()));
                    kill(process);
                    return new ExecutorKill(victim.get(), process.pid(), step);
                }
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException("no executor was killed: the driver " + (driver.isAlive()
                ? "was still running after " + WAIT.toMinutes() + " minutes" : "ended (code " + driver.exitValue()
                + ")") + " before a job '" + step + "' ran on an executor holding cached blocks; driver log:\n"
                + StandaloneCluster.tail(driverLog, 30));
    }

    private static void kill(ProcessHandle process) {
        if (!process.destroyForcibly()) {
            throw new IllegalStateException("cannot kill executor JVM " + process.pid());
        }
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while executor JVM " + process.pid() + " exited", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("executor JVM " + process.pid() + " still runs 30 s after SIGKILL", e);
        }
    }
}
