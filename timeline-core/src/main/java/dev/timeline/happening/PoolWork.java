package dev.timeline.happening;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The parts of one long document worked on by the threads of the fork-join pool the caller runs in, results in the
 * parts' order: a chronology's build reads its documents in a pool of its own, sized by its {@code threads} option,
 * so a single long document uses the cores a folder of articles would. Outside a fork-join pool, in a pool of one
 * thread, or for few parts, everything runs on the calling thread: the work never goes to a pool the caller does not
 * already run in, so the caller's thread budget is kept. The work on one part must not depend on the work on another;
 * the result is then the same however many threads share it.
 */
final class PoolWork {
    private PoolWork() {
    }

    /**
     * Returns the results of {@code work} on each of {@code parts}, concatenated in the parts' order; parts are
     * handed out in runs of {@code grain}, so a list of fewer than two runs stays on the calling thread.
     */
    static <T, R> List<R> flatMapInOrder(List<T> parts, int grain, Function<? super T, ? extends List<R>> work) {
        int runs = (parts.size() + grain - 1) / grain;
        ForkJoinPool pool = ForkJoinTask.getPool();
        if (runs < 2 || pool == null || pool.getParallelism() < 2) { // getPool() is null outside a pool
            return run(parts, work);
        }
        // a parallel stream started in a pool's worker runs on that pool
        List<List<R>> done = IntStream.range(0, runs).parallel()
                .mapToObj(r -> run(parts.subList(r * grain, Math.min(parts.size(), (r + 1) * grain)), work)).toList();
        List<R> out = new ArrayList<>();
        done.forEach(out::addAll);
        return out;
    }

    /** The number of parts worth holding at once so that every thread of the caller's pool has some: 1 outside one. */
    static int threads() {
        ForkJoinPool pool = ForkJoinTask.getPool();
        return pool != null ? pool.getParallelism() : 1;
    }

    private static <T, R> List<R> run(List<T> parts, Function<? super T, ? extends List<R>> work) {
        List<R> out = new ArrayList<>();
        for (T part : parts) {
            out.addAll(work.apply(part));
        }
        return out;
    }
}
