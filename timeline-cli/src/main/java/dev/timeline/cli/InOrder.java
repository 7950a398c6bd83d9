package dev.timeline.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Maps a list on several threads and returns the results in the list's order, with a bounded number of items in
 * flight (twice the threads), so that what is held at once does not grow with the list.
 */
final class InOrder {
    private InOrder() {
    }

    /**
     * Returns {@code f} applied to each item, in order, computed on {@code threads} threads (on the calling thread when
     * 1). An exception thrown by {@code f} is thrown as it was, after the items before it are done.
     */
    static <T, R> List<R> map(List<T> items, int threads, Function<? super T, ? extends R> f) {
        List<R> out = new ArrayList<>(items.size());
        if (threads <= 1 || items.size() < 2) {
            for (T item : items) {
                out.add(f.apply(item));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), r -> {
            Thread t = new Thread(r, "timeline-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<R>> inFlight = new ArrayDeque<>();
            for (T item : items) {
                if (inFlight.size() >= 2 * threads) {
                    out.add(next(inFlight));
                }
                inFlight.add(pool.submit(() -> f.apply(item)));
            }
            while (!inFlight.isEmpty()) {
                out.add(next(inFlight));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R next(Deque<Future<R>> inFlight) {
        try {
            return inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
