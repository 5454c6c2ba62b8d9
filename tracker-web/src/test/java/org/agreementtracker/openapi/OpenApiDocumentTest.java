package org.agreementtracker.openapi;

import org.agreementtracker.webtest.Http;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

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
    void swaggerUiIsServed() {
        var answer = Http.to(port).get("/swagger-ui/index.html").send();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/html");
    }
}
