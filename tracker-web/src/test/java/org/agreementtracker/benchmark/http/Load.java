package org.agreementtracker.benchmark.http;

import org.agreementtracker.benchmark.ClientThreads;
import org.agreementtracker.benchmark.Latencies;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ObjLongConsumer;
import java.util.stream.Stream;

/**
 * A closed loop: {@code clients} threads, each sending its next request as soon as the previous one is answered,
 * until {@code operations} have been started or {@code time} has passed. Only 2xx answers count and are timed; other
 * answers are counted by status.
 */
final class Load {

    /** One request of one client: what kind it was and how it was answered. */
    record Outcome(String kind, int status) {
    }

    private Load() {
    }

    static Measured run(int clients, long operations, Duration time,
                        ClientThreads.Operation<Outcome> operation) {
        List<ClientRecord> records = Stream.generate(ClientRecord::new).limit(clients).toList();
        ClientThreads.Ended ended = ClientThreads.run(records, operations, time, operation);
        return Measured.of(clients, ended.nanos() / 1e9, records, ended.failed());
    }

    /** What one client thread saw; touched by that thread only until the loop ends. */
    private static final class ClientRecord implements ObjLongConsumer<Outcome> {
        final Map<String, Latencies> latencies = new LinkedHashMap<>();
        final Map<Integer, Long> refused = new TreeMap<>();

        @Override
        public void accept(Outcome outcome, long nanos) {
            if (outcome.status() < 200 || outcome.status() >= 300) {
                refused.merge(outcome.status(), 1L, Long::sum);
                return;
            }
            latencies.computeIfAbsent(outcome.kind(), kind -> new Latencies()).add(nanos);
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

        static Measured of(int clients, double seconds, List<ClientRecord> records, long failures) {
            Map<String, List<Latencies>> parts = new LinkedHashMap<>();
            Map<Integer, Long> refused = new TreeMap<>();
            for (ClientRecord record : records) {
                record.latencies.forEach((kind, clientLatencies) -> parts.computeIfAbsent(kind, k -> new ArrayList<>())
                                                                        .add(clientLatencies));
                record.refused.forEach((status, count) -> refused.merge(status, count, Long::sum));
            }
            Map<String, long[]> latencies = new TreeMap<>();
            parts.forEach((kind, clientsLatencies) -> latencies.put(kind, sorted(Latencies.merge(clientsLatencies))));
            return new Measured(clients, seconds, latencies, refused, failures);
        }

        private static long[] sorted(long[] latencies) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted;
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
            return sorted(latencies.values().stream().flatMapToLong(Arrays::stream).toArray());
        }

        double p50() {
            return percentile(all(), 0.50);
        }

        double p99() {
            return percentile(all(), 0.99);
        }

        /** Milliseconds below which {@code fraction} of the sorted latencies lie. */
        static double percentile(long[] sorted, double fraction) {
            return Latencies.percentileMillis(sorted, fraction);
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
