package org.agreementtracker.benchmark;

import java.util.Arrays;

/** One client's operation latencies, in nanoseconds; appended by that client's thread only. */
final class Latencies {

    private long[] values = new long[1024];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    static long[] merge(Iterable<Latencies> all) {
        int total = 0;
        for (Latencies latencies : all) {
            total += latencies.size;
        }
        long[] merged = new long[total];
        int at = 0;
        for (Latencies latencies : all) {
            System.arraycopy(latencies.values, 0, merged, at, latencies.size);
            at += latencies.size;
        }
        return merged;
    }
}
