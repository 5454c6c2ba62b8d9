package org.agreementtracker.benchmark;

import java.util.Arrays;
import java.util.function.ObjLongConsumer;

/**
 * One client's operation latencies, in nanoseconds; appended by that client's thread only. As a recorder of
 * {@link ClientThreads} it keeps the time of each operation, whatever the operation returned.
 */
public final class Latencies implements ObjLongConsumer<Object> {

    private long[] values = new long[1024];
    private int size;

    public void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    @Override
    public void accept(Object result, long nanos) {
        add(nanos);
    }

    public static long[] merge(Iterable<Latencies> all) {
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

    /** Milliseconds below which {@code fraction} of the {@code sorted} latencies lie; NaN when there are none. */
    public static double percentileMillis(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
