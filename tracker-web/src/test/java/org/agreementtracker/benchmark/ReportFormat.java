package org.agreementtracker.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What both benchmark reports write the same way: the machine and JVM they ran on, and milliseconds. */
public final class ReportFormat {

    private ReportFormat() {
    }

    public static String millis(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return value < 10 ? "%.2f".formatted(value) : "%,.0f".formatted(value);
    }

    public static String machine() {
        String cpu = "";
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(line -> line.startsWith("model name")).findFirst()
                       .map(line -> line.substring(line.indexOf(':') + 1).trim() + ", ").orElse("");
        } catch (IOException | UncheckedIOException e) {
            // not Linux: the core count and memory still say enough
        }
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        return "%s%d cores (nproc), %,.1f GB memory, %s %s".formatted(
                cpu, Runtime.getRuntime().availableProcessors(), memory / 1e9, System.getProperty("os.name"),
                System.getProperty("os.version"));
    }

    /** The JVM and its arguments, but for where the report goes. */
    public static String jvm() {
        return "%s %s, `%s`".formatted(
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                                                  .filter(argument -> !argument.startsWith("-Dbenchmark.output"))
                                                  .toList()));
    }
}
