package org.agreementtracker.readmodel;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * What the skipped timing tests print for one query: the median and 95th percentile of the time it took, and the mean
 * CPU time the whole process (client, wire and server) spent on one run, which other load on the machine disturbs less.
 */
public record Timing(double medianMillis, double p95Millis, double cpuMillis) {

    /** Runs {@code query} {@code warmUps} times, then times {@code runs} more. */
    public static Timing of(Supplier<?> query, int warmUps, int runs) {
        for (int i = 0; i < warmUps; i++) {
            query.get();
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] millis = new double[runs];
        long startCpu = os.getProcessCpuTime();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        double cpu = (os.getProcessCpuTime() - startCpu) / 1e6 / runs;
        Arrays.sort(millis);
        return new Timing(millis[runs / 2], millis[(int) (runs * 0.95)], cpu);
    }

    @Override
    public String toString() {
        return String.format("median %6.1f ms, p95 %6.1f ms, CPU %6.1f ms", medianMillis, p95Millis, cpuMillis);
    }
}
