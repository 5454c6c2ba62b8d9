package org.agreementtracker.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.agreementtracker.benchmark.BenchmarkProperties.commandLine;
import static org.agreementtracker.benchmark.BenchmarkProperties.property;

/**
 * What one run measures, from system properties ({@code -Dbenchmark.sizes=10000,20000} and so on), with the defaults
 * of the full run.
 *
 * @param sizes             store sizes, in events, at which every engine is measured
 * @param tallies           aggregates the commands are spread over
 * @param clients           concurrent clients of the concurrent measurement
 * @param snapshotThreshold events after which the aggregate snapshotter takes a snapshot
 * @param commandShare      commands per measurement as a share of the store size (the store should not grow much)
 * @param minimumCommands   but at least this many
 * @param commandCap        time cap of one command measurement on the tracker and of the raw inserts
 * @param replayCap         time cap of one replay on the tracker
 * @param peerCap           time cap of every peer measurement (commands, replay)
 * @param peerMinimumRate   the peer is not grown further once its sequential rate falls below this (commands/s; the
 *                          default 20 is a 25th of the tracker's target: growing it tenfold more would only measure
 *                          how long a full scan of a larger collection takes)
 * @param fsync             embedded stores force every commit to the device (the product's default is not to)
 * @param engines           which of tracker, raw, peer to run (all by default; the others are for profiling one)
 * @param warmUp            run a short throwaway round first so the figures are not those of a cold JVM
 * @param output            the markdown file to rewrite
 * @param command           the command that started the run, as it should appear in the report
 */
record Settings(List<Long> sizes, int tallies, int clients, int snapshotThreshold, double commandShare,
                long minimumCommands, Duration commandCap, Duration replayCap, Duration peerCap, double peerMinimumRate,
                boolean fsync, java.util.Set<String> engines, boolean warmUp, Path output, String command) {

    static Settings fromSystemProperties() {
        return new Settings(
                Arrays.stream(property("benchmark.sizes", "10000,100000,1000000").split(","))
                      .map(String::trim).map(Long::parseLong).sorted().toList(),
                Integer.parseInt(property("benchmark.tallies", "1000")),
                Integer.parseInt(property("benchmark.clients", "16")),
                Integer.parseInt(property("benchmark.snapshotThreshold", "50")),
                Double.parseDouble(property("benchmark.commandShare", "0.1")),
                Long.parseLong(property("benchmark.minimumCommands", "2000")),
                Duration.ofSeconds(Long.parseLong(property("benchmark.commandSeconds", "30"))),
                Duration.ofSeconds(Long.parseLong(property("benchmark.replaySeconds", "300"))),
                Duration.ofSeconds(Long.parseLong(property("benchmark.peerSeconds", "60"))),
                Double.parseDouble(property("benchmark.peerMinimumRate", "20")),
                Boolean.parseBoolean(property("benchmark.fsync", "false")),
                java.util.Set.of(property("benchmark.engines", "tracker,raw,peer").split(",")),
                Boolean.parseBoolean(property("benchmark.warmUp", "true")),
                Path.of(property("benchmark.output", "BENCHMARKS.md")),
                commandLine(StorageBenchmark.class));
    }

    boolean runs(String engine) {
        return engines.contains(engine);
    }

    long commandsAt(long size) {
        return Math.max(minimumCommands, (long) (size * commandShare));
    }

    long largestSize() {
        return sizes.get(sizes.size() - 1);
    }
}
