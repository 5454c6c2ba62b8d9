package org.agreementtracker.webtest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Requests to the running tracker over real HTTP, with exactly the headers and bodies a test chooses. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String method = "GET";
    private String path = "/";
    private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

    private Http(int port) {
        this.port = port;
    }

    public static Http to(int port) {
        return new Http(port);
    }

    public Http get(String path) {
        return method("GET", path);
    }

    public Http post(String path) {
        return method("POST", path);
    }

    public Http method(String method, String path) {
        this.method = method;
        this.path = path;
        return this;
    }

    public Http as(String user, String password) {
        return header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public Http bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    public Http header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** A JSON body with its length declared. */
    public Http json(String json) {
        header("Content-Type", "application/json");
        body = HttpRequest.BodyPublishers.ofString(json);
        return this;
    }

    /** A body sent chunked, with no length declared. */
    public Http chunked(String contentType, byte[] bytes) {
        header("Content-Type", contentType);
        body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
        return this;
    }

    public Answer send() {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                 .method(method, body);
        headers.forEach(request::header);
        try {
            return new Answer(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends bytes as they are, for requests no HTTP client would form; answers the whole response as text. */
    public static String raw(int port, String request) {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Answer(HttpResponse<byte[]> response) {

        public int status() {
            return response.statusCode();
        }

        /** The body as UTF-8 text. */
        public String body() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        /** The body as it came: a PDF, say. */
        public byte[] bytes() {
            return response.body();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public JsonNode json() {
            return JSON.readTree(body());
        }

        @Override
        public String toString() {
            return status() + " " + response.headers().map() + " " + body();
        }
    }
}
