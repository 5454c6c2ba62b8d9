package org.agreementtracker.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * Runs one benchmark if {@code -Dbenchmark.suite} selects it ({@code storage}, the default; {@code http}; or
 * {@code all}): the {@code benchmark} profile starts a JVM for each benchmark, one after the other, and the one not
 * asked for ends at once. Arguments: the suite's name, then its main class.
 */
public final class Suite {

    private Suite() {
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        String selected = System.getProperty("benchmark.suite", "storage").trim();
        List<String> suites = List.of(selected.split("\\s*,\\s*"));
        if (!suites.contains(name) && !suites.contains("all")) {
            System.out.printf("Benchmark suite %s not selected (-Dbenchmark.suite=%s)%n", name, selected);
            return;
        }
        Class.forName(args[1]).getMethod("main", String[].class)
             .invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
    }
}
