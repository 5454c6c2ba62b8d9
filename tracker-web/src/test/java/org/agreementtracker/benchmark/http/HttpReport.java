package org.agreementtracker.benchmark.http;

import org.agreementtracker.benchmark.ReportFormat;

import org.agreementtracker.benchmark.ReportSection;
import org.agreementtracker.benchmark.http.Load.Measured;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Renders one run as the {@code http-benchmark} section of {@code BENCHMARKS.md}. */
final class HttpReport {

    static final double COMMAND_RATE_TARGET = 1_000;
    static final double COMMAND_P99_TARGET_MILLIS = 50;
    static final double BOARD_P99_TARGET_MILLIS = 25;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                                                                   .withZone(ZoneOffset.UTC);

    private final HttpSettings settings;
    private final HttpResults results;
    private final Instant started;
    private final Instant finished;
    private final double loadAtStart;
    private final double loadAtEnd;
    private final StringBuilder out = new StringBuilder();

    HttpReport(HttpSettings settings, HttpResults results, Instant started, Instant finished, double loadAtStart,
               double loadAtEnd) {
        this.settings = settings;
        this.results = results;
        this.started = started;
        this.finished = finished;
        this.loadAtStart = loadAtStart;
        this.loadAtEnd = loadAtEnd;
    }

    void write() {
        header();
        fill();
        commands();
        queries();
        List<String> missed = targets();
        profiles();
        HttpProfileNotes.append(out, missed);
        ReportSection.write(settings.output(), "http-benchmark", out.toString());
    }

    private void header() {
        Duration took = Duration.between(started, finished);
        int cores = Runtime.getRuntime().availableProcessors();
        line("# HTTP benchmark");
        line();
        line("Written by the benchmark itself (`org.agreementtracker.benchmark.http.HttpBenchmark`); do not edit, run it "
                     + "again. It is not part of the test run.");
        line();
        line("| | |");
        line("|---|---|");
        line("| date | %s, took %d min %d s |", DATE.format(started), took.toMinutes(), took.toSecondsPart());
        line("| command | `%s` |", settings.command());
        line("| machine | %s |", ReportFormat.machine());
        line("| JVM | %s |", ReportFormat.jvm());
        line("| load average | %.2f at the start, %.2f at the end (%d cores; the end includes the benchmark's own "
                     + "load, so only the start says whether other work competed) |", loadAtStart, loadAtEnd, cores);
        line("| tracker | `TrackerApplication` as it ships, started in the benchmark's JVM (`SpringApplication`), "
                     + "port 0, its embedded store (mongo-java-server, H2 MVStore file, no fsync: the default) in a "
                     + "temporary directory, `tracker.demo-data=false`, users with `{noop}` passwords (bcrypt would "
                     + "measure bcrypt), every other setting its default (snapshots every 100 events, projection "
                     + "batches of 100) |");
        line("| clients | %d threads of the same JVM, each sending its next request when the previous one is "
                     + "answered, through one `java.net.http.HttpClient` (HTTP/1.1, keep-alive) over loopback, HTTP "
                     + "Basic; client and tracker share the machine's %d cores. Only 2xx answers count; latencies "
                     + "are those of 2xx answers |", settings.clients(), cores);
        line("| options | `-Dbenchmark.http.agreements=2000 -Dbenchmark.http.commandSeconds=10 "
                     + "-Dbenchmark.http.noWaitSeconds=0 -Dbenchmark.http.profileSeconds=0` for a quick run; the "
                     + "rest in `tracker-web/pom.xml`, profile `benchmark` |");
        line();
        if (loadAtStart > cores) {
            line("**Busy machine**: the load average exceeded the %d cores when the run started; other work "
                         + "competed for the CPU and the figures below are worse than this machine gives when quiet.",
                 cores);
            line();
        }
        if (settings.agreements() < 10_000) {
            line("**Quick run**: %,d agreements, not 10,000; the board target is judged on the number measured.",
                 settings.agreements());
            line();
        }
    }

    private void fill() {
        Measured fill = results.fill;
        line("## Creating %,d agreements through the API (setup)", settings.agreements());
        line();
        line("Each agreement: `POST /agreements` (register), `POST /agreements/{id}/signature`, `POST "
                     + "/agreements/{id}/milestones` (one milestone; every %dth agreement's measured by an "
                     + "indicator), by %d clients, on a tracker started with `tracker.projections.await-on-write=0` "
                     + "so that the fill is not paced by the projections; then the time until every projection had "
                     + "caught up.", Workload.INDICATOR_EVERY, settings.fillClients());
        line();
        line("| agreements | commands | seconds | commands/s | p50 / p99 ms per agreement (3 commands) | not 2xx | projections caught up after |");
        line("|---:|---:|---:|---:|---:|---|---:|");
        line("| %,d | %,d | %.0f | %,.0f | %s / %s | %s | %.0f s |", fill.ok(), 3 * fill.ok(), fill.seconds(),
             3 * fill.perSecond(), ReportFormat.millis(fill.p50()), ReportFormat.millis(fill.p99()), fill.refusals(),
             results.fillCatchUpSeconds);
        line();
    }

    private void commands() {
        line("## Commands: %d concurrent clients", settings.clients());
        line();
        line("Each client sends, on an agreement chosen at random among the %,d: 70%% a progress report on its first "
                     + "milestone by the ministry officer of either party (`POST .../milestones/{mid}/reports`, "
                     + "`IN_PROGRESS` or now and then `BLOCKED`, a note of about 300 characters, one evidence link, "
                     + "an indicator value where there is an indicator), 15%% a new milestone planned by the "
                     + "committee, 15%% the first milestone rescheduled by the committee. The first row is the "
                     + "product's default: a write answers once every projection shows it (read-your-writes). The "
                     + "second answers as soon as the events are stored; the projections then trail behind.",
             settings.agreements());
        line();
        line("| `tracker.projections.await-on-write` | seconds | commands (2xx) | commands/s | p50 ms | p99 ms | not 2xx |");
        line("|---|---:|---:|---:|---:|---:|---|");
        commandRow("5s (default)", results.commands);
        if (results.commandsNoWait != null) {
            commandRow("0 (answer at once)", results.commandsNoWait);
        }
        line();
        if (results.commandsNoWait != null) {
            line("With `0` the projections were %.0f s behind when the clients stopped (the time they took to catch "
                         + "up).", results.noWaitCatchUpSeconds);
            line();
        }
        line("By kind, default setting:");
        line();
        kindTable(results.commands);
        HttpResults.MeterDelta meters = results.meters;
        if (meters != null) {
            line("The tracker's own meters over the default measurement, mean per command: on the command bus "
                         + "(load the agreement, handle, append; `tracker.commands`) %s ms, of which the append "
                         + "(`tracker.eventstore.append`) %s ms; then waiting for the projections to show it "
                         + "(`tracker.projections.write.wait`) %s ms. The rest of a client's %s ms median is HTTP, "
                         + "security, validation, JSON, and waiting for a CPU.",
                 ReportFormat.millis(meters.commandMillis()), ReportFormat.millis(meters.appendMillis()), ReportFormat.millis(meters.waitMillis()),
                 ReportFormat.millis(results.commands.p50()));
            line();
        }
    }

    private void commandRow(String setting, Measured measured) {
        line("| %s | %.0f | %,d | %,.0f | %s | %s | %s |", setting, measured.seconds(), measured.ok(),
             measured.perSecond(), ReportFormat.millis(measured.p50()), ReportFormat.millis(measured.p99()), measured.refusals());
    }

    private void kindTable(Measured measured) {
        line("| request | answered 2xx | p50 ms | p99 ms |");
        line("|---|---:|---:|---:|");
        measured.latencies().forEach((kind, latencies) -> line(
                "| %s | %,d | %s | %s |", kind, latencies.length, ReportFormat.millis(Measured.percentile(latencies, 0.50)),
                ReportFormat.millis(Measured.percentile(latencies, 0.99))));
        line("| all | %,d | %s | %s |", measured.ok(), ReportFormat.millis(measured.p50()), ReportFormat.millis(measured.p99()));
        line();
    }

    private void queries() {
        line("## Board queries: %,d agreements", settings.agreements());
        line();
        line("`GET /api/v1/agreements` with `size=50` (a random page; unfiltered, `status=SIGNED`, one of the 8 "
                     + "sectors, `party` + `sector` + `status`, free text `q`) and `GET /api/v1/boards/summary`, in "
                     + "turn, as the auditor; %,d requests (or %d s) with %d clients, then with one, after a short "
                     + "warm-up, with no writes running.", settings.queries(), settings.queryCap().toSeconds(),
             settings.clients());
        line();
        line("| request | %d clients: answered | p50 ms | p99 ms | 1 client: answered | p50 ms | p99 ms |",
             settings.clients());
        line("|---|---:|---:|---:|---:|---:|---:|");
        TreeSet<String> kinds = new TreeSet<>(results.queries.latencies().keySet());
        kinds.addAll(results.queriesOneClient.latencies().keySet());
        for (String kind : kinds) {
            line("| %s | %s | %s |", kind, queryCells(results.queries, kind), queryCells(results.queriesOneClient, kind));
        }
        line("| all | %,d | %s | %s | %,d | %s | %s |", results.queries.ok(), ReportFormat.millis(results.queries.p50()),
             ReportFormat.millis(results.queries.p99()), results.queriesOneClient.ok(), ReportFormat.millis(results.queriesOneClient.p50()),
             ReportFormat.millis(results.queriesOneClient.p99()));
        line();
        line("Throughput: %,.0f queries/s with %d clients, %,.0f with one. Not 2xx: %s; %s.",
             results.queries.perSecond(), settings.clients(), results.queriesOneClient.perSecond(),
             results.queries.refusals(), results.queriesOneClient.refusals());
        line();
    }

    private static String queryCells(Measured measured, String kind) {
        long[] latencies = measured.latencies().get(kind);
        if (latencies == null) {
            return "- | - | -";
        }
        return "%,d | %s | %s".formatted(latencies.length, ReportFormat.millis(Measured.percentile(latencies, 0.50)),
                                         ReportFormat.millis(Measured.percentile(latencies, 0.99)));
    }

    private List<String> targets() {
        line("## Against the targets");
        line();
        line("| target | measured | met |");
        line("|---|---|---|");
        List<String> missed = new ArrayList<>();
        Measured commands = results.commands;
        verdict(missed, "≥ 1,000 commands/s with %d concurrent clients".formatted(settings.clients()),
                "%,.0f commands/s (default await-on-write)%s".formatted(commands.perSecond(),
                        results.commandsNoWait == null ? ""
                                : "; %,.0f with await-on-write 0".formatted(results.commandsNoWait.perSecond())),
                commands.perSecond() >= COMMAND_RATE_TARGET && commands.notOk() == 0);
        verdict(missed, "command p99 < 50 ms with %d clients".formatted(settings.clients()),
                "%s ms (p50 %s)%s".formatted(ReportFormat.millis(commands.p99()), ReportFormat.millis(commands.p50()),
                        results.commandsNoWait == null ? ""
                                : "; %s ms with await-on-write 0".formatted(ReportFormat.millis(results.commandsNoWait.p99()))),
                commands.p99() < COMMAND_P99_TARGET_MILLIS);
        boardVerdict(missed, results.queries, settings.clients() + " clients");
        boardVerdict(missed, results.queriesOneClient, "1 client");
        line();
        return missed;
    }

    private void boardVerdict(List<String> missed, Measured queries, String clients) {
        String worst = queries.latencies().entrySet().stream()
                              .max(Map.Entry.<String, long[]>comparingByValue((a, b) -> Double.compare(
                                      Measured.percentile(a, 0.99), Measured.percentile(b, 0.99))))
                              .map(entry -> "; slowest: %s, p99 %s ms".formatted(
                                      entry.getKey(), ReportFormat.millis(Measured.percentile(entry.getValue(), 0.99))))
                              .orElse("");
        verdict(missed, "board query p99 < 25 ms with %,d agreements, %s".formatted(settings.agreements(), clients),
                "%s ms over all board queries%s".formatted(ReportFormat.millis(queries.p99()), worst),
                queries.p99() < BOARD_P99_TARGET_MILLIS && queries.notOk() == 0);
    }

    private void verdict(List<String> missed, String target, String measured, boolean met) {
        line("| %s | %s | %s |", target, measured, met ? "yes" : "**no**");
        if (!met) {
            missed.add(target);
        }
    }

    private void profiles() {
        if (results.commandProfile == null) {
            return;
        }
        line("## Where the CPU goes");
        line();
        line("Java Flight Recorder execution samples (`jdk.ExecutionSample` every 10 ms per running thread) of the "
                     + "whole JVM, tracker and clients, during %d s more of each workload after the measurements "
                     + "(commands with the default setting: %s; board queries with %d clients: %s). A sample counts "
                     + "for every part its stack passes through, so shares add up to more than 100%%.",
             settings.profileTime().toSeconds(), HttpBenchmark.describe(results.profiledCommands),
             settings.clients(), HttpBenchmark.describe(results.profiledQueries));
        line();
        line("| stack passes through | commands (%,d samples) | board queries (%,d samples) |",
             results.commandProfile.samples(), results.queryProfile.samples());
        line("|---|---:|---:|");
        shareRows(results.commandProfile.byPart(), results.queryProfile.byPart());
        line();
        line("| thread | commands | board queries |");
        line("|---|---:|---:|");
        shareRows(results.commandProfile.byThread(), results.queryProfile.byThread());
        line();
        line("Top frames by package (where the CPU was when sampled): commands %s; board queries %s.",
             top(results.commandProfile, results.commandProfile.byTopPackage(8)),
             top(results.queryProfile, results.queryProfile.byTopPackage(8)));
        line();
        line("Top frames by method: commands %s; board queries %s.",
             top(results.commandProfile, results.commandProfile.byTopMethod(8)),
             top(results.queryProfile, results.queryProfile.byTopMethod(8)));
        line();
    }

    private void shareRows(Map<String, Long> commands, Map<String, Long> queries) {
        List<String> names = new ArrayList<>(commands.keySet());
        queries.keySet().stream().filter(name -> !names.contains(name)).forEach(names::add);
        for (String name : names) {
            line("| %s | %s | %s |", name, share(results.commandProfile, commands.get(name)),
                 share(results.queryProfile, queries.get(name)));
        }
    }

    private static String share(CpuProfile profile, Long count) {
        return count == null ? "<0.5%" : "%.0f%%".formatted(100 * profile.share(count));
    }

    private static String top(CpuProfile profile, Map<String, Long> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((name, count) -> parts.add(
                "`%s` %.0f%%".formatted(name, 100 * profile.share(count))));
        return String.join(", ", parts);
    }

    private void line() {
        out.append('\n');
    }

    private void line(String format, Object... arguments) {
        out.append(arguments.length == 0 ? format : format.formatted(arguments)).append('\n');
    }
}
