package org.agreementtracker.benchmark;

import org.agreementtracker.benchmark.BenchmarkStore.EngineTimings;
import org.agreementtracker.benchmark.Results.EngineRun;
import org.agreementtracker.benchmark.Results.EngineStage;
import org.agreementtracker.benchmark.Results.RawStage;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Renders one run as its section of {@code BENCHMARKS.md}: the machine, the date, the command, a table per measurement, verdicts. */
final class BenchmarkReport {

    private static final double SEQUENTIAL_TARGET = 500;
    private static final double CONCURRENT_TARGET = 2_000;
    private static final double SIZE_DROP_LIMIT = 0.20;
    private static final double CEILING_SHARE_TARGET = 0.5;
    private static final double REPLAY_TARGET = 20_000;
    private static final double DISK_TARGET_BYTES = 1_500;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                                                                   .withZone(ZoneOffset.UTC);

    private final Settings settings;
    private final Instant started;
    private final double loadAtStart;
    private final StringBuilder out = new StringBuilder();

    BenchmarkReport(Settings settings, Instant started) {
        this.settings = settings;
        this.started = started;
        this.loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    void write(Results results, Instant finished) {
        header(finished);
        commandTable(results, "One client (sequential commands)", EngineStage::sequential, RawStage::sequential);
        commandTable(results, settings.clients() + " concurrent clients", EngineStage::concurrent,
                     RawStage::concurrent);
        replayTable(results);
        diskAndHeapTable(results);
        fillTable(results);
        breakdownTable(results);
        targets(results);
        // its own section of the file: the HTTP benchmark writes another
        ReportSection.write(settings.output(), "storage-benchmark", out.toString());
    }

    // ------------------------------------------------------------------------------------------------ sections

    private void header(Instant finished) {
        line("# Storage benchmark");
        line();
        line("Written by the benchmark itself (`org.agreementtracker.benchmark.StorageBenchmark`); do not edit, run "
                     + "it again. It is not part of the test run.");
        line();
        line("| | |");
        line("|---|---|");
        line("| date | %s, %s |", DATE.format(started),
             "took " + Duration.between(started, finished).toMinutes() + " min "
                     + Duration.between(started, finished).toSecondsPart() + " s");
        line("| command | `%s` |", settings.command());
        line("| machine | %s |", ReportFormat.machine());
        line("| JVM | %s |", ReportFormat.jvm());
        double loadAtEnd = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        line("| load average | %.2f at the start, %.2f at the end (%d cores: above %d means other work competed) |",
             loadAtStart, loadAtEnd, cores, cores);
        line("| store | the product's `EmbeddedMongoServer`: mongo-java-server 1.47.0, H2 MVStore file in a temporary "
                     + "directory, `DurableH2Backend` committing before it answers a journaled write (fsync: %s); "
                     + "a fresh store per engine, reached through the MongoDB driver over loopback |",
             settings.fsync() ? "yes" : "no, as the product's default");
        line("| workload | %,d aggregates (`Tally`), each command `RecordProgress` on one chosen at random: the "
                     + "aggregate is loaded from the store (no cache; snapshot plus the events after it), applies one "
                     + "`ProgressRecorded` event (a note of about 300 characters) and is appended; snapshots every "
                     + "%d events (`EventCountSnapshotTriggerDefinition`, `AggregateSnapshotter`, in the command's "
                     + "thread); `Jackson3Serializer`; Axon %s without Spring |",
             settings.tallies(), settings.snapshotThreshold(), axonVersion());
        line("| sizes | the store is filled in bulk to each size through the engine's own format (the tracker: "
                     + "`appendCommitsInBulk`, one commit per event as commands write them; the peer: its own "
                     + "`appendEvents`, one document per event), each aggregate given a snapshot within its last %d "
                     + "events; then %s commands per measurement (%.0f%% of the size, at least %,d) so the store "
                     + "grows little while measured; tracker measurements capped at %d s, the peer's at %d s |",
             settings.snapshotThreshold(), "the same number of", settings.commandShare() * 100,
             settings.minimumCommands(), settings.commandCap().toSeconds(), settings.peerCap().toSeconds());
        line("| options | `-Dbenchmark.sizes=10000,20000` for a quick run; `-Dbenchmark.engines=tracker` (or `raw`, "
                     + "`peer`) for one part; `-Dbenchmark.jvmArgs=\"-Xms1g -Xmx2g -XX:StartFlightRecording="
                     + "filename=/tmp/benchmark.jfr,settings=profile\"` to profile; the rest in `tracker-web/pom.xml`, "
                     + "profile `benchmark` |");
        line();
        if (Math.max(loadAtStart, loadAtEnd) > cores) {
            line("**Busy machine**: the load average exceeded the %d cores; other work competed for the CPU and the "
                         + "rates below are lower than this machine gives when quiet.", cores);
            line();
        }
        if (settings.largestSize() < 1_000_000) {
            line("**Quick run**: the largest size here is %,d events, not 1,000,000; the size targets are judged on "
                         + "the sizes measured.", settings.largestSize());
            line();
        }
    }

    private void commandTable(Results results, String title, Function<EngineStage, Rate> measurement,
                              Function<RawStage, Rate> rawMeasurement) {
        line("## Commands through Axon: %s", title);
        line();
        line("Commands/s; p50 / p99 latency of one command. Raw: the driver's `insertOne` of a commit-sized document, "
                     + "journaled, on a store of the same size, same number of clients.");
        line();
        line("| events in store | tracker | tracker p50 / p99 ms | axon-mongo | axon-mongo p50 / p99 ms | raw insertOne | tracker ÷ raw |");
        line("|---:|---:|---:|---:|---:|---:|---:|");
        for (long size : settings.sizes()) {
            Optional<Rate> tracker = results.tracker.at(size).map(measurement);
            Optional<Rate> peer = results.peer.at(size).map(measurement);
            Optional<Rate> raw = results.rawAt(size).map(rawMeasurement);
            line("| %,d | %s | %s | %s | %s | %s | %s |", size,
                 tracker.map(BenchmarkReport::rateCell).orElse("-"),
                 tracker.map(BenchmarkReport::latencyCell).orElse("-"),
                 peer.map(BenchmarkReport::rateCell).orElse(peerMissing(results)),
                 peer.map(BenchmarkReport::latencyCell).orElse("-"),
                 raw.map(BenchmarkReport::rateCell).orElse("-"),
                 tracker.isPresent() && raw.isPresent()
                         ? "%.0f%%".formatted(100 * tracker.get().perSecond() / raw.get().perSecond()) : "-");
        }
        line();
    }

    private void replayTable(Results results) {
        line("## Replay through a tracking processor");
        line();
        line("A `TrackingEventProcessor` from the tail over the store as filled (before that size's commands), batch "
                     + "size 100, in-memory token store, a handler that reads each payload and nothing else; events/s "
                     + "from its start to the last event delivered.");
        line();
        line("| store size | tracker: events | tracker events/s | axon-mongo: events | axon-mongo events/s |");
        line("|---:|---:|---:|---:|---:|");
        for (long size : settings.sizes()) {
            Optional<EngineStage> tracker = results.tracker.at(size);
            Optional<EngineStage> peer = results.peer.at(size);
            line("| %,d | %s | %s | %s | %s |", size,
                 tracker.map(stage -> "%,d".formatted(stage.eventsReplayed())).orElse("-"),
                 tracker.map(stage -> replayCell(stage.replay())).orElse("-"),
                 peer.map(stage -> "%,d".formatted(stage.eventsReplayed())).orElse("-"),
                 peer.map(stage -> replayCell(stage.replay())).orElse(peerMissing(results)));
        }
        line();
    }

    private void diskAndHeapTable(Results results) {
        line("## Disk and heap");
        line();
        line("Disk: every file of the store (events, indexes, snapshots, counter, space the MVStore has not compacted "
                     + "yet) after that size's commands. Heap: used heap of the whole benchmark JVM (embedded server, driver, "
                     + "engine, Axon) after a full GC, with only that engine's store open.");
        line();
        line("| store size | tracker: events | disk MB | bytes/event | heap MB | axon-mongo: events | disk MB | bytes/event | heap MB |");
        line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (long size : settings.sizes()) {
            Optional<EngineStage> tracker = results.tracker.at(size);
            Optional<EngineStage> peer = results.peer.at(size);
            line("| %,d | %s | %s |", size, diskCells(tracker), peer.isPresent() ? diskCells(peer)
                    : peerMissing(results) + " | | | ");
        }
        line();
        for (EngineRun run : List.of(results.tracker, results.peer)) {
            if (run.eventsAtRest > 0) {
                line("%s, server shut down after the last size: %,.1f MB for %,d events, %,.0f bytes/event.",
                     run.engine, run.diskBytesAtRest / 1e6, run.eventsAtRest,
                     (double) run.diskBytesAtRest / run.eventsAtRest);
                line();
            }
        }
    }

    private void fillTable(Results results) {
        line("## Bulk fill (setup, not a target)");
        line();
        line("| store size | tracker events/s | axon-mongo events/s | raw insertMany documents/s |");
        line("|---:|---:|---:|---:|");
        for (long size : settings.sizes()) {
            line("| %,d | %s | %s | %s |", size,
                 results.tracker.at(size).map(stage -> fillCell(stage.fill())).orElse("-"),
                 results.peer.at(size).map(stage -> fillCell(stage.fill())).orElse("-"),
                 results.rawAt(size).map(stage -> fillCell(stage.fill())).orElse("-"));
        }
        line();
    }

    private void breakdownTable(Results results) {
        line("## Where a tracker command's time goes");
        line();
        line("Mean milliseconds per command, from the engine's own meters (`tracker.eventstore.append`: reserve "
                     + "positions and insert the commit; `tracker.eventstore.aggregate.load`: read the events after "
                     + "the snapshot) against the time of one raw journaled `insertOne` at the same size. The rest is "
                     + "Axon (unit of work, locking, handler), the snapshot read and the snapshots taken, event "
                     + "(de)serialization and the benchmark's client.");
        line();
        line("| store size | clients | ms per command | append | aggregate read | raw insertOne | rest |");
        line("|---:|---:|---:|---:|---:|---:|---:|");
        for (EngineStage stage : results.tracker.stages) {
            Optional<RawStage> raw = results.rawAt(stage.size());
            breakdownRow(stage.size(), 1, stage.sequential(), stage.sequentialTimings(),
                         raw.map(RawStage::sequential));
            breakdownRow(stage.size(), settings.clients(), stage.concurrent(), stage.concurrentTimings(),
                         raw.map(RawStage::concurrent));
        }
        line();
        line("With %d clients the columns are per command as seen by one client (latency), so they overlap in time.",
             settings.clients());
        line();
        for (EngineStage stage : results.tracker.stages) {
            if (!stage.engineCounters().isEmpty()) {
                line("Engine counters after %,d events: `%s`.  ", stage.size(), stage.engineCounters());
            }
        }
        line();
    }

    private void breakdownRow(long size, int clients, Rate rate, EngineTimings timings, Optional<Rate> raw) {
        double perCommand = clients == 1 ? 1_000 / rate.perSecond() : rate.p50Millis();
        double rawMillis = raw.map(r -> clients == 1 ? 1_000 / r.perSecond() : r.p50Millis()).orElse(Double.NaN);
        double rest = perCommand - timings.appendMillis() - timings.aggregateLoadMillis();
        line("| %,d | %d | %s | %s | %s | %s | %s |", size, clients, ReportFormat.millis(perCommand),
             ReportFormat.millis(timings.appendMillis()), ReportFormat.millis(timings.aggregateLoadMillis()), ReportFormat.millis(rawMillis), ReportFormat.millis(rest));
    }

    private void targets(Results results) {
        line("## Against the targets");
        line();
        line("| target | measured (tracker) | met |");
        line("|---|---|---|");
        List<String> missed = new ArrayList<>();
        List<EngineStage> stages = results.tracker.stages;

        verdict(missed, "sequential ≥ 500 commands/s at every size",
                perSize(stages, stage -> stage.sequential().perSecond(), "%,.0f"),
                stages.stream().allMatch(stage -> stage.sequential().perSecond() >= SEQUENTIAL_TARGET));
        verdict(missed, settings.clients() + " clients ≥ 2,000 commands/s at every size",
                perSize(stages, stage -> stage.concurrent().perSecond(), "%,.0f"),
                stages.stream().allMatch(stage -> stage.concurrent().perSecond() >= CONCURRENT_TARGET));
        if (stages.size() >= 2) {
            EngineStage smallest = stages.get(0);
            EngineStage largest = stages.get(stages.size() - 1);
            double sequentialRatio = largest.sequential().perSecond() / smallest.sequential().perSecond();
            double concurrentRatio = largest.concurrent().perSecond() / smallest.concurrent().perSecond();
            verdict(missed, "at %,d events within 20%% of %,d events".formatted(largest.size(), smallest.size()),
                    "sequential %.0f%%, %d clients %.0f%% of the %,d figure".formatted(
                            100 * sequentialRatio, settings.clients(), 100 * concurrentRatio, smallest.size()),
                    sequentialRatio >= 1 - SIZE_DROP_LIMIT && concurrentRatio >= 1 - SIZE_DROP_LIMIT);
        }
        verdict(missed, "≥ half the raw insert ceiling (same clients, same size)",
                stages.stream().map(stage -> "%,d: %s".formatted(stage.size(), ceilingShares(results, stage)))
                      .reduce((a, b) -> a + "; " + b).orElse("-"),
                stages.stream().allMatch(stage -> ceilingShare(results, stage, EngineStage::sequential,
                                                               RawStage::sequential) >= CEILING_SHARE_TARGET
                        && ceilingShare(results, stage, EngineStage::concurrent, RawStage::concurrent)
                        >= CEILING_SHARE_TARGET));
        verdict(missed, "replay ≥ 20,000 events/s",
                perSize(stages, stage -> stage.replay().perSecond(), "%,.0f"),
                stages.stream().allMatch(stage -> stage.replay().perSecond() >= REPLAY_TARGET
                        && stage.replay().failures() == 0));
        Optional<EngineStage> largest = stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
        verdict(missed, "≤ 1.5 KB (1,500 bytes) of disk per event",
                largest.map(stage -> "%,.0f bytes/event at %,d events".formatted(stage.diskBytesPerEvent(),
                                                                                 stage.eventsAfter())).orElse("-"),
                largest.map(stage -> stage.diskBytesPerEvent() <= DISK_TARGET_BYTES).orElse(false));
        line("| JVM heap at the largest size | %s | (no target) |",
             largest.map(stage -> "%,d MB at %,d events".formatted(stage.heapBytes() >> 20, stage.eventsAfter()))
                    .orElse("-"));
        line("| zero acknowledged commits lost in the crash test | not measured by this benchmark (the crash test "
                     + "kills the process; see its own test) | - |");
        line();
        analysis(results, missed);
    }

    private void analysis(Results results, List<String> missed) {
        line("## Analysis");
        line();
        List<EngineStage> tracker = results.tracker.stages;
        List<EngineStage> peer = results.peer.stages;
        if (!tracker.isEmpty() && !peer.isEmpty()) {
            EngineStage peerLast = peer.get(peer.size() - 1);
            Optional<EngineStage> trackerSame = results.tracker.at(peerLast.size());
            line("- **Against the peer.** axon-mongo %s. At %,d events it ran %,.1f sequential commands/s and "
                         + "replayed at %,.0f events/s%s; the tracker at the same size ran %s commands/s and replayed "
                         + "at %s events/s. The peer reads an aggregate with a query on `aggregateIdentifier` + sort "
                         + "and tracks with a timestamp range + sort, which the embedded server answers by scanning "
                         + "the whole collection, so its cost per command grows with the store.",
                 results.peer.stoppedBecause == null ? "was measured at every size" : results.peer.stoppedBecause,
                 peerLast.size(), peerLast.sequential().perSecond(), peerLast.replay().perSecond(),
                 peerLast.replay().failures() > 0
                         ? " (%,d of %,d events within its cap)".formatted(peerLast.replay().operations(),
                                                                         peerLast.eventsReplayed()) : "",
                 trackerSame.map(stage -> "%,.0f".formatted(stage.sequential().perSecond())).orElse("-"),
                 trackerSame.map(stage -> "%,.0f".formatted(stage.replay().perSecond())).orElse("-"));
        }
        if (!tracker.isEmpty()) {
            EngineStage first = tracker.get(0);
            Optional<RawStage> raw = results.rawAt(first.size());
            EngineTimings timings = first.sequentialTimings();
            double perCommand = 1_000 / first.sequential().perSecond();
            String largest = timings.aggregateLoadMillis() >= timings.appendMillis()
                    ? "reading the aggregate" : "appending the commit";
            line("- **Where the time goes (sequential, %,d events).** One command takes %s ms: the engine's append "
                         + "(one unjournaled counter increment, one journaled insert with its unique-index checks) %s "
                         + "ms, reading the aggregate's events after its snapshot %s ms, the rest (Axon, snapshot "
                         + "read and write, serialization) %s ms; one raw journaled insert takes %s ms on the same kind "
                         + "of store. The largest part is %s; the profile notes below say why.",
                 first.size(), ReportFormat.millis(perCommand), ReportFormat.millis(timings.appendMillis()),
                 ReportFormat.millis(timings.aggregateLoadMillis()),
                 ReportFormat.millis(perCommand - timings.appendMillis() - timings.aggregateLoadMillis()),
                 raw.map(r -> ReportFormat.millis(1_000 / r.sequential().perSecond())).orElse("-"), largest);
        }
        if (missed.isEmpty()) {
            line("- Every target measured here was met.");
        } else {
            line("- **Not met:** %s. See the profile notes below for what limits it and what would lift it.",
                 String.join("; ", missed));
        }
        line();
        ProfileNotes.append(out);
    }

    // ------------------------------------------------------------------------------------------------ cells

    private void verdict(List<String> missed, String target, String measured, boolean met) {
        line("| %s | %s | %s |", target, measured, met ? "yes" : "**no**");
        if (!met) {
            missed.add(target);
        }
    }

    private static String perSize(List<EngineStage> stages, ToDoubleFunction<EngineStage> figure, String format) {
        return stages.stream().map(stage -> "%,d: ".formatted(stage.size()) + format.formatted(figure.applyAsDouble(stage)))
                     .reduce((a, b) -> a + "; " + b).orElse("-");
    }

    private String ceilingShares(Results results, EngineStage stage) {
        return "1 client %.0f%%, %d clients %.0f%%".formatted(
                100 * ceilingShare(results, stage, EngineStage::sequential, RawStage::sequential), settings.clients(),
                100 * ceilingShare(results, stage, EngineStage::concurrent, RawStage::concurrent));
    }

    private static double ceilingShare(Results results, EngineStage stage, Function<EngineStage, Rate> measurement,
                                       Function<RawStage, Rate> rawMeasurement) {
        return results.rawAt(stage.size())
                      .map(raw -> measurement.apply(stage).perSecond() / rawMeasurement.apply(raw).perSecond())
                      .orElse(Double.NaN);
    }

    private static String rateCell(Rate rate) {
        String cell = "%,.0f".formatted(rate.perSecond());
        if (rate.perSecond() < 10) {
            cell = "%,.1f".formatted(rate.perSecond());
        }
        if (rate.stoppedByCap()) {
            cell += " (%,d in %.0f s, capped)".formatted(rate.operations(), rate.seconds());
        }
        if (rate.failures() > 0) {
            cell += " (%,d failed)".formatted(rate.failures());
        }
        return cell;
    }

    private static String latencyCell(Rate rate) {
        return "%s / %s".formatted(ReportFormat.millis(rate.p50Millis()), ReportFormat.millis(rate.p99Millis()));
    }

    private static String replayCell(Rate rate) {
        String cell = "%,.0f".formatted(rate.perSecond());
        if (rate.failures() > 0) {
            cell += " (%,d delivered in %.0f s%s)".formatted(rate.operations(), rate.seconds(),
                                                             rate.stoppedByCap() ? ", capped" : ", then nothing more");
        }
        return cell;
    }

    private static String fillCell(Rate rate) {
        return rate.operations() == 0 ? "-" : "%,.0f".formatted(rate.perSecond());
    }

    private static String diskCells(Optional<EngineStage> stage) {
        return stage.map(s -> "%,d | %,.1f | %,.0f | %,d".formatted(s.eventsAfter(), s.diskBytes() / 1e6,
                                                                   s.diskBytesPerEvent(), s.heapBytes() >> 20))
                    .orElse("- | - | - | -");
    }

    private static String peerMissing(Results results) {
        return results.peer.stoppedBecause == null ? "-" : "stopped";
    }

    private static String axonVersion() {
        String version = org.axonframework.config.Configuration.class.getPackage().getImplementationVersion();
        return version == null ? "4.13" : version;
    }

    private void line() {
        out.append('\n');
    }

    private void line(String format, Object... arguments) {
        out.append(arguments.length == 0 ? format : format.formatted(arguments)).append('\n');
    }
}
