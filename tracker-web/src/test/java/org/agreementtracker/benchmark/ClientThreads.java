package org.agreementtracker.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ObjLongConsumer;

/**
 * The benchmarks' closed loop: one thread per client, each starting its next operation as soon as the previous one
 * returned, until {@code operations} have been started or the time cap is reached. Each client hands what its
 * operations returned, with the nanoseconds they took, to a recorder of its own, so recording needs no locks.
 */
public final class ClientThreads {

    /** One operation of one client; returns what its client records, throws when it failed. */
    @FunctionalInterface
    public interface Operation<R> {
        R run(long number) throws Exception;
    }

    /**
     * How a loop ended.
     *
     * @param succeeded operations that returned
     * @param failed    operations that threw
     * @param nanos     wall-clock time of the loop
     * @param capped    whether the time cap ended the loop before its operation count was reached
     */
    public record Ended(long succeeded, long failed, long nanos, boolean capped) {
    }

    private ClientThreads() {
    }

    /** Runs one client per recorder in {@code clients}. */
    public static <R> Ended run(List<? extends ObjLongConsumer<? super R>> clients, long operations, Duration cap,
                                Operation<? extends R> operation) {
        AtomicLong started = new AtomicLong();
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicBoolean capped = new AtomicBoolean();
        ExecutorService executor = Executors.newFixedThreadPool(clients.size());
        long start = System.nanoTime();
        long deadline = start + cap.toNanos();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (ObjLongConsumer<? super R> recorder : clients) {
                running.add(executor.submit(() -> {
                    long number;
                    while ((number = started.getAndIncrement()) < operations) {
                        long before = System.nanoTime();
                        if (before > deadline) {
                            capped.set(true);
                            return;
                        }
                        try {
                            R result = operation.run(number);
                            recorder.accept(result, System.nanoTime() - before);
                            succeeded.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
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
        return new Ended(succeeded.get(), failed.get(), System.nanoTime() - start, capped.get());
    }
}
