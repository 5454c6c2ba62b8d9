package org.agreementtracker.benchmark.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed loop: {@code clients} threads, each sending its next request as soon as the previous one is answered,
 * until {@code operations} have been started or {@code time} has passed. Only 2xx answers count and are timed; other
 * answers are counted by status.
 */
final class Load {

    /** One request of one client: what kind it was and how it was answered. */
    @FunctionalInterface
    interface Operation {
        Outcome run(long number) throws Exception;
    }

    record Outcome(String kind, int status) {
    }

    private Load() {
    }

    static Measured run(int clients, long operations, Duration time, Operation operation) {
        AtomicLong started = new AtomicLong();
        List<ClientRecord> records = new ArrayList<>();
        ExecutorService executor = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + time.toNanos();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                ClientRecord mine = new ClientRecord();
                records.add(mine);
                running.add(executor.submit(() -> {
                    long number;
                    while (System.nanoTime() < deadline && (number = started.getAndIncrement()) < operations) {
                        long before = System.nanoTime();
                        try {
                            Outcome outcome = operation.run(number);
                            mine.add(outcome, System.nanoTime() - before);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        } catch (Exception e) {
                            if (mine.failures++ < 3) {
                                System.err.println("Request failed: " + e);
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
        return Measured.of(clients, (System.nanoTime() - start) / 1e9, records);
    }

    /** What one client thread saw; touched by that thread only until the loop ends. */
    private static final class ClientRecord {
        final Map<String, long[]> latencies = new LinkedHashMap<>();
        final Map<String, Integer> sizes = new LinkedHashMap<>();
        final Map<Integer, Long> refused = new TreeMap<>();
        long failures;

        void add(Outcome outcome, long nanos) {
            if (outcome.status() < 200 || outcome.status() >= 300) {
                refused.merge(outcome.status(), 1L, Long::sum);
                return;
            }
            long[] values = latencies.computeIfAbsent(outcome.kind(), kind -> new long[1024]);
            int size = sizes.getOrDefault(outcome.kind(), 0);
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
                latencies.put(outcome.kind(), values);
            }
            values[size] = nanos;
            sizes.put(outcome.kind(), size + 1);
        }
    }

    /**
     * The outcome of one measurement.
     *
     * @param latencies per kind of request, the sorted latencies in nanoseconds of its 2xx answers
     * @param refused   answers other than 2xx, by status
     * @param failures  requests that got no answer (an exception)
     */
    record Measured(int clients, double seconds, Map<String, long[]> latencies, Map<Integer, Long> refused,
                    long failures) {

        static Measured of(int clients, double seconds, List<ClientRecord> records) {
            Map<String, List<long[]>> parts = new LinkedHashMap<>();
            Map<Integer, Long> refused = new TreeMap<>();
            long failures = 0;
            for (ClientRecord record : records) {
                record.latencies.forEach((kind, values) -> parts.computeIfAbsent(kind, k -> new ArrayList<>())
                                                               .add(Arrays.copyOf(values, record.sizes.get(kind))));
                record.refused.forEach((status, count) -> refused.merge(status, count, Long::sum));
                failures += record.failures;
            }
            Map<String, long[]> latencies = new TreeMap<>();
            parts.forEach((kind, arrays) -> latencies.put(kind, sorted(arrays)));
            return new Measured(clients, seconds, latencies, refused, failures);
        }

        private static long[] sorted(List<long[]> arrays) {
            long[] all = arrays.stream().flatMapToLong(Arrays::stream).toArray();
            Arrays.sort(all);
            return all;
        }

        long ok() {
            return latencies.values().stream().mapToLong(values -> values.length).sum();
        }

        long notOk() {
            return refused.values().stream().mapToLong(Long::longValue).sum() + failures;
        }

        double perSecond() {
            return ok() / seconds;
        }

        long[] all() {
            return sorted(List.copyOf(latencies.values()));
        }

        double p50() {
            return percentile(all(), 0.50);
        }

        double p99() {
            return percentile(all(), 0.99);
        }

        /** Milliseconds below which {@code fraction} of the sorted latencies lie. */
        static double percentile(long[] sorted, double fraction) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1e6;
        }

        String refusals() {
            if (refused.isEmpty() && failures == 0) {
                return "none";
            }
            List<String> parts = new ArrayList<>();
            refused.forEach((status, count) -> parts.add("%,d × %d".formatted(count, status)));
            if (failures > 0) {
                parts.add("%,d without an answer".formatted(failures));
            }
            return String.join(", ", parts);
        }
    }
}
