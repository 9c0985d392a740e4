package org.summitgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** Runs one step over and over on several threads for a fixed time and counts how often it succeeded. */
final class TimedLoad {

    /** One unit of work; {@code i} counts up per thread from the thread's number. */
    interface Step {
        boolean run(int i) throws Exception;
    }

    /** What a run did: steps that succeeded, steps that failed, and the time it took. */
    record Result(long succeeded, long failed, double seconds) {

        double perSecond() {
            return succeeded / seconds;
        }
    }

    private TimedLoad() {
    }

    static Result run(int threads, int seconds, Step step) {
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    int i = offset;
                    while (System.nanoTime() < end) {
                        boolean ok;
                        try {
                            ok = step.run(i++);
                        } catch (Exception e) {
                            ok = false;
                        }
                        (ok ? succeeded : failed).incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("load run failed", e);
        } finally {
            pool.shutdownNow();
        }
        return new Result(succeeded.get(), failed.get(), (System.nanoTime() - start) / 1e9);
    }
}
