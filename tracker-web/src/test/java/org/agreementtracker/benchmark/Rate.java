package org.agreementtracker.benchmark;

import java.util.Arrays;

/**
 * How many operations completed in how long, with latency percentiles where each operation was timed.
 *
 * @param operations  operations that succeeded
 * @param failures    operations that threw
 * @param seconds     wall-clock time of the measurement
 * @param p50Millis   median latency of one operation, NaN if not timed individually
 * @param p99Millis   99th percentile latency, NaN if not timed individually
 * @param stoppedByCap whether the time cap ended the measurement before its operation count was reached
 */
record Rate(long operations, long failures, double seconds, double p50Millis, double p99Millis, boolean stoppedByCap) {

    double perSecond() {
        return seconds <= 0 ? 0 : operations / seconds;
    }

    static Rate of(long operations, long failures, long nanos, long[] latencies, boolean stoppedByCap) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Rate(operations, failures, nanos / 1e9, Latencies.percentileMillis(sorted, 0.50),
                        Latencies.percentileMillis(sorted, 0.99), stoppedByCap);
    }
}
