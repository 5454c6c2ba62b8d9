package org.agreementtracker.benchmark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.agreementtracker.benchmark.BenchmarkStore.EngineTimings;
import org.agreementtracker.benchmark.Results.EngineRun;
import org.agreementtracker.benchmark.Results.EngineStage;
import org.agreementtracker.benchmark.Results.RawStage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The storage benchmark: the tracker's event storage engine against Axon's stock MongoDB extension and against the
 * raw driver, on the product's embedded store, at growing store sizes; rewrites {@code BENCHMARKS.md}.
 * <p>
 * Run it with {@code ./mvnw -B -Pbenchmark -pl tracker-web -am verify -DskipTests} (see {@code BENCHMARKS.md}); it
 * is not part of the test run. Order: a throwaway warm-up round, then the tracker through all sizes, then the raw
 * driver through all sizes, then the peer until it is too slow. Each has its own fresh store.
 */
public final class StorageBenchmark {

    private final Settings settings;
    private final Serializer serializer = Jackson3Serializer.builder().build();
    private final Results results = new Results();
    private final Path workDirectory;

    private StorageBenchmark(Settings settings, Path workDirectory) {
        this.settings = settings;
        this.workDirectory = workDirectory;
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("axoniq.update-checker.disabled", "true");
        quietLogs();
        Settings settings = Settings.fromSystemProperties();
        if (settings.sizes().get(0) < settings.tallies()) {
            throw new IllegalArgumentException("The smallest size must hold at least one event per tally ("
                                                       + settings.tallies() + ")");
        }
        Path workDirectory = Files.createTempDirectory("storage-benchmark");
        BenchmarkReport report = new BenchmarkReport(settings, Instant.now());
        try {
            new StorageBenchmark(settings, workDirectory).run(report);
        } finally {
            EmbeddedStore.deleteRecursively(workDirectory);
        }
    }

    private void run(BenchmarkReport report) throws IOException {
        print("Storage benchmark: sizes %s, %d tallies, %d clients, data under %s",
              settings.sizes(), settings.tallies(), settings.clients(), workDirectory);
        if (settings.warmUp()) {
            warmUp();
        }
        if (settings.runs("tracker")) {
            runEngine(results.tracker, dir -> new TrackerStore(dir, settings.fsync(), serializer),
                      settings.commandCap(), settings.replayCap(), 0);
        }
        if (settings.runs("raw")) {
            runRaw();
        }
        if (settings.runs("peer")) {
            runEngine(results.peer, dir -> new PeerStore(dir, settings.fsync(), serializer),
                      settings.peerCap(), settings.peerCap(), settings.peerMinimumRate());
        }
        report.write(results, Instant.now());
        print("Wrote %s", settings.output().toAbsolutePath());
    }

    /** A short round on throwaway stores, so that the first measured figures are not those of a cold JVM. */
    private void warmUp() {
        long started = System.nanoTime();
        List<Function<Path, BenchmarkStore>> storeFactories = new ArrayList<>();
        if (settings.runs("tracker")) {
            storeFactories.add(dir -> new TrackerStore(dir, settings.fsync(), serializer));
        }
        if (settings.runs("peer")) {
            storeFactories.add(dir -> new PeerStore(dir, settings.fsync(), serializer));
        }
        for (Function<Path, BenchmarkStore> storeFactory : storeFactories) {
            try (BenchmarkStore store = storeFactory.apply(workDirectory.resolve("warm-up"));
                 TallyApplication application = new TallyApplication(store.engine(), serializer,
                                                                     settings.snapshotThreshold())) {
                History history = new History(settings.tallies());
                fill(store, history, settings.tallies() * 3L);
                Duration cap = Duration.ofSeconds(10);
                application.recordProgress(history, 1, 1_000, cap);
                application.recordProgress(history, settings.clients(), 1_000, cap);
                application.replay(history.events(), cap);
            }
        }
        print("Warm-up done in %.0f s", (System.nanoTime() - started) / 1e9);
    }

    private void runEngine(EngineRun run, Function<Path, BenchmarkStore> storeFactory, Duration commandCap,
                           Duration replayCap, double minimumRate) {
        try (BenchmarkStore store = storeFactory.apply(workDirectory.resolve(run.engine.replace(' ', '-')));
             TallyApplication application = new TallyApplication(store.engine(), serializer,
                                                                 settings.snapshotThreshold())) {
            History history = new History(settings.tallies());
            for (long size : settings.sizes()) {
                history.resolveUncertain(store.engine());
                Rate fill = fill(store, history, size);
                print("[%s] %,d events: filled %,d at %,.0f events/s", run.engine, size, fill.operations(),
                      fill.perSecond());
                // the replay first, over exactly the filled store: commands just written would make the reader
                // wait at their positions, and the replay is about history, not the head
                long eventsBefore = history.events();
                Rate replay = application.replay(eventsBefore, replayCap);
                print("[%s] %,d events: replay %s", run.engine, eventsBefore, describe(replay, "events"));

                long commands = settings.commandsAt(size);
                store.engineTimingsSinceLastCall();
                Rate sequential = application.recordProgress(history, 1, commands, commandCap);
                EngineTimings sequentialTimings = store.engineTimingsSinceLastCall();
                print("[%s] %,d events: 1 client  %s", run.engine, size, describe(sequential, "commands"));

                Rate concurrent = application.recordProgress(history, settings.clients(), commands, commandCap);
                EngineTimings concurrentTimings = store.engineTimingsSinceLastCall();
                print("[%s] %,d events: %d clients %s", run.engine, size, settings.clients(),
                      describe(concurrent, "commands"));
                history.resolveUncertain(store.engine());
                long eventsAfter = history.events();

                long disk = store.diskBytes();
                long heap = usedHeapAfterGc();
                print("[%s] %,d events: disk %,d bytes (%,.0f per event), heap after GC %,d MB", run.engine,
                      eventsAfter, disk, (double) disk / eventsAfter, heap >> 20);
                String counters = store.engineCounters().orElse("");
                if (!counters.isEmpty()) {
                    print("[%s] engine counters: %s", run.engine, counters);
                }
                run.stages.add(new EngineStage(size, fill, replay, eventsBefore, sequential, sequentialTimings,
                                               concurrent, concurrentTimings, eventsAfter, disk, heap, counters));

                if (sequential.perSecond() < minimumRate && size < settings.largestSize()) {
                    run.stoppedBecause = "stopped after %,d events: its sequential rate had fallen to %,.1f commands/s, below %,.0f"
                            .formatted(size, sequential.perSecond(), minimumRate);
                    print("[%s] %s", run.engine, run.stoppedBecause);
                    break;
                }
            }
            application.close();
            run.eventsAtRest = history.events();
            run.diskBytesAtRest = store.closeAndMeasure();
            print("[%s] %,d events: disk at rest (server shut down) %,d bytes (%,.0f per event)", run.engine,
                  run.eventsAtRest, run.diskBytesAtRest, (double) run.diskBytesAtRest / run.eventsAtRest);
        }
    }

    private void runRaw() {
        try (RawInserts raw = new RawInserts(workDirectory.resolve("raw"), settings.fsync(), serializer)) {
            for (long size : settings.sizes()) {
                long before = raw.count();
                long started = System.nanoTime();
                raw.fillTo(size);
                Rate fill = new Rate(raw.count() - before, 0, (System.nanoTime() - started) / 1e9,
                                     Double.NaN, Double.NaN, false);
                long inserts = settings.commandsAt(size);
                Rate sequential = raw.insertOne(1, inserts, settings.commandCap());
                Rate concurrent = raw.insertOne(settings.clients(), inserts, settings.commandCap());
                print("[raw] %,d documents: insertMany %,.0f docs/s; insertOne 1 client %s; %d clients %s", size,
                      fill.perSecond(), describe(sequential, "inserts"), settings.clients(),
                      describe(concurrent, "inserts"));
                results.raw.add(new RawStage(size, fill, sequential, concurrent));
            }
        }
    }

    /** Grows the store to {@code size} events in bulk, then gives every tally a recent snapshot. */
    private Rate fill(BenchmarkStore store, History history, long size) {
        long before = history.events();
        long started = System.nanoTime();
        long reportAt = before + 100_000;
        while (history.events() < size) {
            store.appendInBulk(history.nextEvents((int) Math.min(1_000, size - history.events())));
            if (history.events() >= reportAt) {
                print("[%s] filling: %,d events, %,.0f events/s", store.name(), history.events(),
                      (history.events() - before) / ((System.nanoTime() - started) / 1e9));
                reportAt += 100_000;
            }
        }
        long elapsed = System.nanoTime() - started;
        for (DomainEventMessage<?> snapshot : history.snapshots(settings.snapshotThreshold())) {
            store.engine().storeSnapshot(snapshot);
        }
        return new Rate(history.events() - before, 0, elapsed / 1e9, Double.NaN, Double.NaN, false);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static String describe(Rate rate, String what) {
        String latency = Double.isNaN(rate.p50Millis()) ? ""
                : ", p50 %.2f ms, p99 %.2f ms".formatted(rate.p50Millis(), rate.p99Millis());
        String failures = rate.failures() == 0 ? "" : ", %,d failed".formatted(rate.failures());
        return "%,.0f %s/s (%,d in %.1f s%s%s%s)".formatted(rate.perSecond(), what, rate.operations(), rate.seconds(),
                                                        latency, failures, rate.stoppedByCap() ? ", capped" : "");
    }

    private static void print(String format, Object... arguments) {
        System.out.printf("%tT %s%n", System.currentTimeMillis(), format.formatted(arguments));
    }

    /** Connection chatter from the driver and Axon's start-up lines would drown the figures. */
    private static void quietLogs() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
            // the replay's token store is in memory on purpose
            context.getLogger("org.axonframework.eventhandling.tokenstore.inmemory").setLevel(Level.ERROR);
        }
    }
}
