package org.agreementtracker.benchmark.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests to the tracker over loopback as its users: HTTP/1.1 with keep-alive ({@link HttpClient} pools one
 * connection per concurrent request), HTTP Basic.
 */
final class TrackerClient {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern LAG = Pattern.compile("^tracker_projection_lag\\{[^}]*} ([0-9.Ee+-]+)$",
                                                       Pattern.MULTILINE);

    private final HttpClient http = HttpClient.newBuilder()
                                              .version(HttpClient.Version.HTTP_1_1)
                                              .connectTimeout(Duration.ofSeconds(10))
                                              .build();
    private final String base;

    TrackerClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** An answer: its status and body. */
    record Answer(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The {@code id} of a write's answer. */
        String id() {
            Matcher matcher = ID.matcher(body);
            if (!matcher.find()) {
                throw new IllegalStateException("No id in " + this);
            }
            return matcher.group(1);
        }

        Answer expectOk() {
            if (!ok()) {
                throw new IllegalStateException("Refused: " + this);
            }
            return this;
        }
    }

    Answer post(String user, String path, String json) throws IOException, InterruptedException {
        return send(request(user, path).header("Content-Type", "application/json")
                                       .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Answer get(String user, String path) throws IOException, InterruptedException {
        return send(request(user, path).GET().build());
    }

    /** The largest {@code tracker.projection.lag} of the open metrics: events the slowest projection is behind. */
    double largestProjectionLag() throws IOException, InterruptedException {
        String metrics = send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")).GET().build())
                .expectOk().body();
        Matcher matcher = LAG.matcher(metrics);
        double largest = Double.NaN;
        while (matcher.find()) {
            double lag = Double.parseDouble(matcher.group(1));
            largest = Double.isNaN(largest) ? lag : Math.max(largest, lag);
        }
        if (Double.isNaN(largest)) {
            throw new IllegalStateException("No tracker_projection_lag among the metrics");
        }
        return largest;
    }

    /** Every series of the open metrics summed over its labels, by name (e.g. {@code tracker_commands_seconds_sum}). */
    Map<String, Double> meterTotals() throws IOException, InterruptedException {
        String metrics = send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")).GET().build())
                .expectOk().body();
        Map<String, Double> totals = new HashMap<>();
        for (String line : metrics.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int nameEnd = line.indexOf('{') >= 0 ? line.indexOf('{') : line.indexOf(' ');
            try {
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                totals.merge(line.substring(0, nameEnd), value, Double::sum);
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                // not a plain sample line
            }
        }
        return totals;
    }

    private HttpRequest.Builder request(String user, String path) {
        String credentials = user + ":" + RunningTracker.PASSWORD;
        return HttpRequest.newBuilder(URI.create(base + path))
                          .timeout(Duration.ofSeconds(60))
                          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                  credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }
}
