package org.agreementtracker.security;

import org.agreementtracker.webtest.Http;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Who gets in, who is refused, and what a controller learns about the caller, over real HTTP. */
@WebTest
class HttpSecurityTest {

    @LocalServerPort
    int port;

    private Http http() {
        return Http.to(port);
    }

    @Test
    void withoutCredentialsTheApiAnswers401AsAProblemWithABasicChallenge() {
        var answer = http().get("/api/v1/bodies").send();

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.header("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic realm=\"Agreement Tracker\""));
        assertThat(answer.json().path("status").asInt()).isEqualTo(401);
        assertThat(answer.json().path("title").asString()).isEqualTo("Unauthorized");
    }

    @Test
    void aWrongPasswordOrUnknownUserIs401() {
        assertThat(http().get("/api/v1/bodies").as("admin", "wrong").send().status()).isEqualTo(401);
        assertThat(http().get("/api/v1/bodies").as("nobody", "admin-password").send().status()).isEqualTo(401);
    }

    @Test
    void unknownPathsNeedCredentialsTooAndAreThen404() {
        assertThat(http().get("/api/v1/nothing-here").send().status()).isEqualTo(401);
        assertThat(http().get("/api/v1/nothing-here").as("auditor", "auditor-password").send().status())
                .isEqualTo(404);
    }

    @Test
    void aRoleThatDoesNotAllowTheRequestIs403AsAProblem() {
        var answer = http().get("/api/v1/probe/admin-only").as("committee", WebTest.COMMITTEE_PASSWORD).send();

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("detail").asString()).isEqualTo("The user's role does not allow this request");
        assertThat(http().get("/api/v1/probe/admin-only").as("admin", "admin-password").send().status())
                .isEqualTo(200);
    }

    @Test
    void aWriteByARoleThatMayOnlyReadIs403AndRunsNothing() {
        int created = org.agreementtracker.webtest.ProbeController.CREATED.get();
        var answer = http().post("/api/v1/probe/records").as("auditor", "auditor-password").json("""
                {"title": "t", "dueOn": "2025-04-11", "score": "FULL"}
                """).send();

        assertThat(answer.status()).isEqualTo(403);
        assertThat(org.agreementtracker.webtest.ProbeController.CREATED.get()).isEqualTo(created);
    }

    @Test
    void aBcryptPasswordFromConfigurationWorks() {
        var answer = http().get("/api/v1/probe/me").as("committee", WebTest.COMMITTEE_PASSWORD).send();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("roles").get(0).asString()).isEqualTo("COMMITTEE");
    }

    @Test
    void aControllerReceivesTheMinistryUsersSideAndBody() {
        JsonNode me = http().get("/api/v1/probe/me").as("officer-pk", "officer-password").send().json();

        assertThat(me.path("username").asString()).isEqualTo("officer-pk");
        assertThat(me.path("roles").get(0).asString()).isEqualTo("MINISTRY");
        assertThat(me.path("side").asString()).isEqualTo("PK");
        assertThat(me.path("body").asString()).isEqualTo("PK-MOFA");
    }

    @Test
    void theActorMetadataNamesUserRoleSideAndBody() {
        JsonNode meta = http().get("/api/v1/probe/me/metadata").as("officer-xx", "officer-password").send().json();

        assertThat(meta.path("user").asString()).isEqualTo("officer-xx");
        assertThat(meta.path("role").asString()).isEqualTo("MINISTRY");
        assertThat(meta.path("side").asString()).isEqualTo("XX");
        assertThat(meta.path("body").asString()).isEqualTo("XX-TRADE");
    }

    @Test
    void theApiDocumentationAndHealthAreOpen() {
        assertThat(http().get("/v3/api-docs").send().status()).isEqualTo(200);
        assertThat(http().get("/swagger-ui/index.html").send().status()).isEqualTo(200);
        assertThat(http().get("/actuator/health").send().status()).isEqualTo(200);
    }

    @Test
    void otherActuatorEndpointsNeedAUser() {
        assertThat(http().get("/actuator").send().status()).isEqualTo(401);
    }

    @Test
    void noSessionCookieIsHandedOut() {
        var answer = http().get("/api/v1/bodies").as("admin", "admin-password").send();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Set-Cookie")).isEmpty();
    }
}
