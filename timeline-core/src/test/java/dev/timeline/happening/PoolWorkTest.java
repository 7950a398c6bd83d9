package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PoolWorkTest {
    private static final List<Integer> PARTS = IntStream.range(0, 100).boxed().toList();

    @Test
    void resultsComeInThePartsOrderOnAPoolOfSeveralThreads() {
        ForkJoinPool pool = new ForkJoinPool(3);
        try {
            List<Integer> out = pool.submit(() -> PoolWork.flatMapInOrder(PARTS, 7, p -> List.of(p, -p))).join();
            assertThat(out).isEqualTo(PARTS.stream().flatMap(p -> java.util.stream.Stream.of(p, -p)).toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theThreadsOfTheCallersPoolShareTheParts() {
        // two runs that each wait for the other: they finish only if two threads work on them at once
        CyclicBarrier both = new CyclicBarrier(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            List<Boolean> met = pool.submit(() -> PoolWork.flatMapInOrder(List.of(1, 2), 1, p -> {
                threads.add(Thread.currentThread().getName());
                try {
                    both.await(20, TimeUnit.SECONDS);
                    return List.of(true);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    return List.of(false);
                }
            })).join();
            assertThat(met).containsExactly(true, true);
            assertThat(threads).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void outsideAPoolEverythingRunsOnTheCallingThread() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        List<Integer> out = PoolWork.flatMapInOrder(PARTS, 1, p -> {
            threads.add(Thread.currentThread());
            return List.of(p);
        });
        assertThat(out).isEqualTo(PARTS);
        assertThat(threads).containsExactly(Thread.currentThread());
        assertThat(PoolWork.threads()).isEqualTo(1);
    }

    @Test
    void aPoolOfOneThreadKeepsEverythingOnIt() {
        ForkJoinPool pool = new ForkJoinPool(1);
        try {
            Set<Thread> threads = ConcurrentHashMap.newKeySet();
            pool.submit(() -> PoolWork.flatMapInOrder(PARTS, 1, p -> {
                threads.add(Thread.currentThread());
                return List.of(p);
            })).join();
            assertThat(threads).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
