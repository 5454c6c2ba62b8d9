package org.agreementtracker.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code clients} threads, each sending its next operation as soon as the previous one is answered, until
 * {@code operations} have been started or the time cap is reached.
 */
final class ClosedLoop {

    /** One operation of one client; returns normally when it succeeded. */
    @FunctionalInterface
    interface Operation {
        void run(long number) throws Exception;
    }

    private ClosedLoop() {
    }

    static Rate run(int clients, long operations, Duration cap, Operation operation) {
        AtomicLong started = new AtomicLong();
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicBoolean capped = new AtomicBoolean();
        List<Latencies> latencies = new ArrayList<>();
        ExecutorService executor = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + cap.toNanos();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                Latencies mine = new Latencies();
                latencies.add(mine);
                running.add(executor.submit(() -> {
                    long number;
                    while ((number = started.getAndIncrement()) < operations) {
                        long before = System.nanoTime();
                        if (before > deadline) {
                            capped.set(true);
                            break;
                        }
                        try {
                            operation.run(number);
                            mine.add(System.nanoTime() - before);
                            succeeded.incrementAndGet();
                        } catch (Exception e) {
                            if (failed.incrementAndGet() <= 3) {
                                System.err.println("Operation failed: " + e);
                            }
                        }
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("A client thread failed", e);
        } finally {
            executor.shutdownNow();
        }
        long elapsed = System.nanoTime() - start;
        return Rate.of(succeeded.get(), failed.get(), elapsed, Latencies.merge(latencies), capped.get());
    }
}
