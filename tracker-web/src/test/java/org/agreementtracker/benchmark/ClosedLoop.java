package org.agreementtracker.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code clients} threads, each sending its next operation as soon as the previous one is answered, until
 * {@code operations} have been started or the time cap is reached; the storage benchmarks' {@link Rate} of it.
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
        List<Latencies> latencies = Stream.generate(Latencies::new).limit(clients).toList();
        ClientThreads.Ended ended = ClientThreads.run(latencies, operations, cap, number -> {
            operation.run(number);
            return Boolean.TRUE;
        });
        return Rate.of(ended.succeeded(), ended.failed(), ended.nanos(), Latencies.merge(latencies), ended.capped());
    }
}
