package org.agreementtracker.openapi;

import org.agreementtracker.webtest.Http;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document and Swagger UI are served without login and describe the secured API. */
@WebTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void theDocumentDescribesTheApiAndItsBasicAuthentication() {
        var answer = Http.to(port).get("/v3/api-docs").send();

        assertThat(answer.status()).isEqualTo(200);
        JsonNode api = answer.json();
        assertThat(api.path("openapi").asString()).startsWith("3.");
        assertThat(api.path("paths").has("/api/v1/bodies")).isTrue();
        assertThat(api.path("components").path("securitySchemes").path("basicAuth").path("scheme").asString())
                .isEqualTo("basic");
        assertThat(api.path("security").get(0).has("basicAuth")).isTrue();
        assertThat(api.path("components").path("securitySchemes").has("bearerAuth"))
                .as("no issuer configured, no bearer scheme").isFalse();
    }

    @Test
    void everyOperationDocumentsItsProblemAnswersAndPostsTheirIdempotencyKey() {
        JsonNode api = Http.to(port).get("/v3/api-docs").send().json();

        JsonNode bodies = api.path("paths").path("/api/v1/bodies").path("get");
        assertThat(bodies.path("responses").path("200").path("content").has("application/json")).isTrue();
        assertThat(bodies.path("responses").path("401").path("content").path("application/problem+json")
                         .path("schema").path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
        assertThat(bodies.path("responses").has("403")).isTrue();
        assertThat(api.path("components").path("schemas").path("Problem").path("properties").has("errors")).isTrue();

        JsonNode post = api.path("paths").path("/api/v1/probe/records").path("post");
        assertThat(post.path("responses").has("400")).isTrue();
        assertThat(post.path("responses").has("422")).isTrue();
        assertThat(post.path("parameters").valueStream().map(p -> p.path("name").asString()))
                .contains("Idempotency-Key")
                .as("the caller is not a request parameter").doesNotContain("user");
    }

    @Test
    void everyEndpointOfTheContractIsDescribed() {
        JsonNode paths = Http.to(port).get("/v3/api-docs").send().json().path("paths");

        Map<String, List<String>> contract = new LinkedHashMap<>();
        contract.put("/api/v1/agreements", List.of("get", "post"));
        contract.put("/api/v1/agreements/{id}", List.of("get"));
        for (String step : List.of("signature", "announcement", "entry-into-force", "suspension", "resumption",
                                   "termination", "completion", "milestones", "reviews")) {
            contract.put("/api/v1/agreements/{id}/" + step, List.of("post"));
        }
        for (String step : List.of("reports", "reschedule", "cancellation")) {
            contract.put("/api/v1/agreements/{id}/milestones/{milestoneId}/" + step, List.of("post"));
        }
        contract.put("/api/v1/agreements/{id}/history", List.of("get"));
        contract.put("/api/v1/milestones", List.of("get"));
        contract.put("/api/v1/boards/summary", List.of("get"));
        contract.put("/api/v1/boards/bodies", List.of("get"));
        contract.put("/api/v1/bodies", List.of("get"));
        contract.put("/api/v1/audit/verify", List.of("get"));
        contract.put("/api/v1/audit/export", List.of("get"));
        contract.put("/api/v1/admin/projections", List.of("get"));
        contract.put("/api/v1/admin/projections/{name}/rebuild", List.of("post"));
        contract.put("/api/v1/events/{position}/correction", List.of("post"));

        contract.forEach((path, methods) -> methods.forEach(
                method -> assertThat(paths.path(path).has(method)).as(method + " " + path).isTrue()));
    }

    @Test
    void aWriteDocumentsItsBodyAndIfMatchAndItsAnswers() {
        JsonNode sign = Http.to(port).get("/v3/api-docs").send().json()
                            .path("paths").path("/api/v1/agreements/{id}/signature").path("post");

        assertThat(sign.path("parameters").valueStream().map(p -> p.path("name").asString()))
                .contains("id", "If-Match", "Idempotency-Key");
        assertThat(sign.path("requestBody").path("content").path("application/json").path("schema")
                       .path("$ref").asString()).endsWith("/SignatureRequest");
        assertThat(sign.path("responses").has("200")).isTrue();
        assertThat(sign.path("responses").has("409")).isTrue();
        assertThat(sign.path("responses").has("412")).as("stale If-Match").isTrue();
        assertThat(sign.path("responses").has("404")).as("unknown agreement").isTrue();
    }

    @Test
    void swaggerUiIsServed() {
        var answer = Http.to(port).get("/swagger-ui/index.html").send();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/html");
    }
}
