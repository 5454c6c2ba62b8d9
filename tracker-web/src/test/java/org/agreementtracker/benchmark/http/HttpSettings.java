package org.agreementtracker.benchmark.http;

import java.nio.file.Path;
import java.time.Duration;

import static org.agreementtracker.benchmark.BenchmarkProperties.commandLine;
import static org.agreementtracker.benchmark.BenchmarkProperties.property;

/**
 * What one run of the HTTP benchmark does, from system properties ({@code -Dbenchmark.http.agreements=2000} and so
 * on), with the defaults of the full run.
 *
 * @param agreements      agreements created through the API before anything is measured (register, sign, plan one
 *                        milestone each)
 * @param clients         concurrent clients of the command and the concurrent query measurements
 * @param fillClients     concurrent clients while creating the agreements
 * @param commandTime     how long commands are sent in each command measurement
 * @param noWaitTime      how long the measurement with {@code tracker.projections.await-on-write=0} runs; zero skips it
 * @param queries         board queries per query measurement (16 clients, then one)
 * @param queryCap        time cap of one query measurement
 * @param profileTime     how long each profiled phase (commands, queries) runs under Java Flight Recorder; zero skips
 * @param output          the markdown file whose HTTP section is rewritten
 * @param command         the command that started the run, as the report shows it
 */
record HttpSettings(int agreements, int clients, int fillClients, Duration commandTime, Duration noWaitTime,
                    int queries, Duration queryCap, Duration profileTime, Path output, String command) {

    static HttpSettings fromSystemProperties() {
        return new HttpSettings(
                Integer.parseInt(property("benchmark.http.agreements", "10000")),
                Integer.parseInt(property("benchmark.clients", "16")),
                Integer.parseInt(property("benchmark.http.fillClients", "16")),
                Duration.ofSeconds(Long.parseLong(property("benchmark.http.commandSeconds", "30"))),
                Duration.ofSeconds(Long.parseLong(property("benchmark.http.noWaitSeconds", "20"))),
                Integer.parseInt(property("benchmark.http.queries", "3000")),
                Duration.ofSeconds(Long.parseLong(property("benchmark.http.querySeconds", "45"))),
                Duration.ofSeconds(Long.parseLong(property("benchmark.http.profileSeconds", "10"))),
                Path.of(property("benchmark.output", "BENCHMARKS.md")),
                commandLine(HttpBenchmark.class));
    }
}
