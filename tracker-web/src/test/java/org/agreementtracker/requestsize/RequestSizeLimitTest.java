package org.agreementtracker.requestsize;

import org.agreementtracker.webtest.Http;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Bodies over 1 MiB are refused with 413, whether their length is declared or they arrive in chunks. */
@WebTest
class RequestSizeLimitTest {

    private static final int LIMIT = 1024 * 1024;

    @LocalServerPort
    int port;

    /** A valid record whose title makes the JSON exactly {@code size} bytes long. */
    private static String recordOfSize(int size) {
        String start = "{\"dueOn\": \"2025-04-11\", \"score\": \"FULL\", \"title\": \"";
        String end = "\"}";
        return start + "x".repeat(size - start.length() - end.length()) + end;
    }

    private Http admin() {
        return Http.to(port).as("admin", "admin-password");
    }

    @Test
    void aBodyOfExactlyTheLimitIsAccepted() {
        assertThat(admin().post("/api/v1/probe/records").json(recordOfSize(LIMIT)).send().status()).isEqualTo(201);
        assertThat(admin().post("/api/v1/probe/records")
                          .chunked("application/json", recordOfSize(LIMIT).getBytes(StandardCharsets.UTF_8))
                          .send().status()).isEqualTo(201);
    }

    @Test
    void aDeclaredLengthOverTheLimitIs413AsAProblem() {
        var answer = admin().post("/api/v1/probe/records").json(recordOfSize(LIMIT + 1)).send();

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("limit").asLong()).isEqualTo(LIMIT);
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AsAProblem() {
        var answer = admin().post("/api/v1/probe/records")
                            .chunked("application/json", recordOfSize(LIMIT + 1).getBytes(StandardCharsets.UTF_8))
                            .send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(413);
    }

    @Test
    void aChunkedBodyOverTheLimitWithAnIdempotencyKeyIs413Too() {
        var answer = admin().post("/api/v1/probe/records").header("Idempotency-Key", "big-1")
                            .chunked("application/json", recordOfSize(LIMIT + 1).getBytes(StandardCharsets.UTF_8))
                            .send();

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}
