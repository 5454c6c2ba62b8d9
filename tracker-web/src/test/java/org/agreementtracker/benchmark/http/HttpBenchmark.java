package org.agreementtracker.benchmark.http;

import org.agreementtracker.benchmark.http.CpuProfile.Profiled;
import org.agreementtracker.benchmark.http.Load.Measured;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The HTTP benchmark: the tracker as it ships, on its embedded store, driven over loopback HTTP by concurrent clients
 * as the committee and the ministry officers would drive it; writes its section of {@code BENCHMARKS.md}.
 * <p>
 * Run it with {@code ./mvnw -B -Pbenchmark -pl tracker-web -am verify -DskipTests -Dbenchmark.suite=http}; it is not
 * part of the test run. Order: create the agreements through the API on a tracker that answers writes at once
 * ({@code tracker.projections.await-on-write=0}), let the projections catch up, measure commands that way; restart
 * the tracker on the same store with its defaults (writes wait for the projections), measure commands, then board
 * queries with all clients and with one, then profile a short round of each.
 */
public final class HttpBenchmark {

    private final HttpSettings settings;
    private final Path dataDirectory;
    private final HttpResults results = new HttpResults();

    private HttpBenchmark(HttpSettings settings, Path dataDirectory) {
        this.settings = settings;
        this.dataDirectory = dataDirectory;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        HttpSettings settings = HttpSettings.fromSystemProperties();
        Instant started = Instant.now();
        double loadAtStart = settledLoadAverage();
        Path dataDirectory = Files.createTempDirectory("http-benchmark");
        HttpBenchmark benchmark = new HttpBenchmark(settings, dataDirectory);
        try {
            benchmark.run();
        } finally {
            deleteRecursively(dataDirectory);
        }
        new HttpReport(settings, benchmark.results, started, Instant.now(), loadAtStart, loadAverage()).write();
        print("Wrote %s", settings.output().toAbsolutePath());
        // the tracker's non-daemon threads are gone with its context; nothing else should keep the JVM
        System.exit(0);
    }

    private void run() throws Exception {
        print("HTTP benchmark: %,d agreements, %d clients, data under %s", settings.agreements(), settings.clients(),
              dataDirectory);
        Workload workload;
        try (RunningTracker tracker = RunningTracker.start(dataDirectory, Duration.ZERO)) {
            TrackerClient client = new TrackerClient(tracker.port());
            workload = new Workload(client, settings.agreements());
            results.fill = Load.run(settings.fillClients(), settings.agreements(), Duration.ofHours(1),
                                    number -> {
                                        if (number > 0 && number % 1_000 == 0) {
                                            print("Filling: agreement %,d", number);
                                        }
                                        return workload.create((int) number);
                                    });
            print("Filled: %,d agreements (%,d commands) in %.0f s, %,.0f commands/s; %s", results.fill.ok(),
                  3 * results.fill.ok(), results.fill.seconds(), 3 * results.fill.perSecond(),
                  results.fill.refusals());
            if (results.fill.ok() < settings.agreements()) {
                throw new IllegalStateException("Only " + results.fill.ok() + " agreements were created: "
                                                        + results.fill.refusals());
            }
            results.fillCatchUpSeconds = caughtUp(client);
            print("Projections caught up %.0f s after the fill", results.fillCatchUpSeconds);
            if (!settings.noWaitTime().isZero()) {
                results.commandsNoWait = commands(client, workload, settings.noWaitTime());
                results.noWaitCatchUpSeconds = caughtUp(client);
                print("await-on-write 0: %s; projections caught up %.0f s later", describe(results.commandsNoWait),
                      results.noWaitCatchUpSeconds);
            }
        }

        try (RunningTracker tracker = RunningTracker.start(dataDirectory, null)) {
            TrackerClient client = new TrackerClient(tracker.port());
            Workload restarted = workload.on(client);
            caughtUp(client);
            // the JVM is warm from the fill; this warms the new context's connections and caches
            Load.run(settings.clients(), Long.MAX_VALUE, Duration.ofSeconds(5), number -> restarted.command());
            caughtUp(client);
            Map<String, Double> before = client.meterTotals();
            results.commands = commands(client, restarted, settings.commandTime());
            results.meters = HttpResults.MeterDelta.between(before, client.meterTotals());
            print("await-on-write default: %s", describe(results.commands));
            caughtUp(client);

            Load.run(settings.clients(), 300, settings.queryCap(), restarted::query);
            results.queries = Load.run(settings.clients(), settings.queries(), settings.queryCap(), restarted::query);
            print("Board queries, %d clients: %s", settings.clients(), describe(results.queries));
            results.queriesOneClient = Load.run(1, settings.queries(), settings.queryCap(), restarted::query);
            print("Board queries, 1 client: %s", describe(results.queriesOneClient));

            if (!settings.profileTime().isZero()) {
                Profiled<Measured> commands = CpuProfile.of(() -> commands(client, restarted, settings.profileTime()));
                results.commandProfile = commands.profile();
                results.profiledCommands = commands.result();
                print("Profiled commands: %s, %,d samples", describe(commands.result()), commands.profile().samples());
                caughtUp(client);
                Profiled<Measured> queries = CpuProfile.of(() -> Load.run(settings.clients(), Long.MAX_VALUE,
                                                                          settings.profileTime(), restarted::query));
                results.queryProfile = queries.profile();
                results.profiledQueries = queries.result();
                print("Profiled queries: %s, %,d samples", describe(queries.result()), queries.profile().samples());
            }
            results.agreementsAtEnd = settings.agreements();
        }
    }

    private Measured commands(TrackerClient client, Workload workload, Duration time) {
        return Load.run(settings.clients(), Long.MAX_VALUE, time, number -> workload.command());
    }

    /** Waits until every projection has handled every event; the seconds it took. */
    private static double caughtUp(TrackerClient client) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(10).toNanos();
        while (client.largestProjectionLag() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The projections did not catch up within 10 minutes");
            }
            Thread.sleep(200);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static String describe(Measured measured) {
        return "%,.0f/s (%,d in %.1f s), p50 %.1f ms, p99 %.1f ms, not 2xx: %s".formatted(
                measured.perSecond(), measured.ok(), measured.seconds(), measured.p50(), measured.p99(),
                measured.refusals());
    }

    /**
     * The load average once the build that started this JVM has stopped counting in it (at most 30 s): a load still
     * above the cores then is other work.
     */
    private static double settledLoadAverage() throws InterruptedException {
        int cores = Runtime.getRuntime().availableProcessors();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (loadAverage() > cores && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
        }
        return loadAverage();
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void print(String format, Object... arguments) {
        System.out.printf("%tT %s%n", System.currentTimeMillis(), format.formatted(arguments));
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
