package org.agreementtracker.problem;

import org.agreementtracker.webtest.Http;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of error reaches the client as an RFC 9457 problem with the right status, over real HTTP. */
@WebTest
class ProblemAnswersTest {

    private static final String VALID = """
            {"title": "Sign the roadmap", "dueOn": "2025-04-11", "score": "FULL",
             "signatories": [{"name": "A. Minister", "side": "PK"}]}
            """;

    @LocalServerPort
    int port;

    private Http admin() {
        return Http.to(port).as("admin", "admin-password");
    }

    private static JsonNode problem(Http.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.has("type")).isTrue();
        assertThat(answer.body()).doesNotContain("Exception", "at org.", "java.");
        return problem;
    }

    private static JsonNode onlyError(JsonNode problem) {
        assertThat(problem.path("type").asString()).isEqualTo("urn:agreement-tracker:problem:invalid-input");
        assertThat(problem.path("errors")).hasSize(1);
        return problem.path("errors").get(0);
    }

    @Test
    void aValidRequestSucceeds() {
        var answer = admin().post("/api/v1/probe/records").json(VALID).send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    @Test
    void beanValidationFailuresListEachField() {
        var answer = admin().post("/api/v1/probe/records").json("""
                {"title": " ", "score": "FULL", "signatories": [{"name": "", "side": "PK"}]}
                """).send();

        JsonNode problem = problem(answer, 400);
        assertThat(problem.path("type").asString()).isEqualTo("urn:agreement-tracker:problem:invalid-input");
        assertThat(problem.path("errors").valueStream()
                          .map(e -> e.path("field").asString() + ": " + e.path("message").asString()))
                .containsExactlyInAnyOrder("title: must not be blank", "dueOn: must not be null",
                                           "signatories[0].name: must not be blank");
    }

    @Test
    void anUnknownEnumValueIsAnsweredWithTheAllowedValues() {
        var answer = admin().post("/api/v1/probe/records").json(VALID.replace("\"FULL\"", "\"COMPLETE\"")).send();

        JsonNode error = onlyError(problem(answer, 400));
        assertThat(error.path("field").asString()).isEqualTo("score");
        assertThat(error.path("message").asString())
                .isEqualTo("must be one of NO_EVIDENCE, NOT_STARTED, MINIMAL, INTERMEDIATE, FULL");
    }

    @Test
    void aWrongTypeNamesTheFieldAndTheExpectedForm() {
        var answer = admin().post("/api/v1/probe/records").json(VALID.replace("\"2025-04-11\"", "\"11/04/2025\""))
                            .send();

        JsonNode error = onlyError(problem(answer, 400));
        assertThat(error.path("field").asString()).isEqualTo("dueOn");
        assertThat(error.path("message").asString()).isEqualTo("must be a date such as 2025-04-11");
    }

    @Test
    void aWrongTypeInsideAnArrayNamesItsPosition() {
        var answer = admin().post("/api/v1/probe/records")
                            .json(VALID.replace("\"A. Minister\"", "{\"first\": \"A.\"}")).send();

        JsonNode error = onlyError(problem(answer, 400));
        assertThat(error.path("field").asString()).isEqualTo("signatories[0].name");
        assertThat(error.path("message").asString()).isEqualTo("must be a string");
    }

    @Test
    void aNumberFieldGivenTextSaysItMustBeAWholeNumber() {
        var answer = admin().post("/api/v1/probe/records").json(VALID.replace("\"FULL\",", "\"FULL\", \"weight\": \"heavy\","))
                            .send();

        JsonNode error = onlyError(problem(answer, 400));
        assertThat(error.path("field").asString()).isEqualTo("weight");
        assertThat(error.path("message").asString()).isEqualTo("must be a whole number");
    }

    @Test
    void malformedJsonIsA400SayingWhere() {
        var answer = admin().post("/api/v1/probe/records").json("{\"title\": \"x\",, }").send();

        JsonNode error = onlyError(problem(answer, 400));
        assertThat(error.path("message").asString()).startsWith("is not valid JSON").contains("line 1");
    }

    @Test
    void aMissingBodyIsA400() {
        var answer = admin().post("/api/v1/probe/records").header("Content-Type", "application/json").send();

        JsonNode error = onlyError(problem(answer, 400));
        assertThat(error.path("message").asString()).isEqualTo("a JSON body is required");
    }

    @Test
    void invalidQueryParametersAreNamed() {
        var answer = admin().get("/api/v1/probe/items?score=GREAT&count=2").send();
        JsonNode error = onlyError(problem(answer, 400));
        assertThat(error.path("field").asString()).isEqualTo("score");
        assertThat(error.path("message").asString()).startsWith("must be one of NO_EVIDENCE");

        error = onlyError(problem(admin().get("/api/v1/probe/items?score=FULL").send(), 400));
        assertThat(error.path("field").asString()).isEqualTo("count");
        assertThat(error.path("message").asString()).isEqualTo("is required");

        error = onlyError(problem(admin().get("/api/v1/probe/items?score=FULL&count=0").send(), 400));
        assertThat(error.path("field").asString()).isEqualTo("count");
        assertThat(error.path("message").asString()).isEqualTo("must be greater than or equal to 1");

        error = onlyError(problem(admin().get("/api/v1/probe/items?score=FULL&count=1&dueBefore=soon").send(), 400));
        assertThat(error.path("field").asString()).isEqualTo("dueBefore");
    }

    @Test
    void constraintsOnTheElementsOfAJsonArrayNameThePosition() {
        JsonNode error = onlyError(problem(admin().post("/api/v1/probe/lists").json("[\"a\", \" \"]").send(), 400));
        assertThat(error.path("field").asString()).isEqualTo("[1]");
        assertThat(error.path("message").asString()).isEqualTo("must not be blank");

        error = onlyError(problem(admin().post("/api/v1/probe/lists").json("[]").send(), 400));
        assertThat(error.path("field").isNull()).isTrue();
        assertThat(error.path("message").asString()).isEqualTo("must not be empty");
    }

    @Test
    void anInvalidIfMatchIsA400AndAStaleOneA412() {
        JsonNode error = onlyError(problem(admin().post("/api/v1/probe/versioned/a-1").header("If-Match", "3")
                                                  .send(), 400));
        assertThat(error.path("field").asString()).isEqualTo("If-Match");

        JsonNode stale = problem(admin().post("/api/v1/probe/versioned/a-1").header("If-Match", "\"2\"").send(), 412);
        assertThat(stale.path("type").asString()).isEqualTo("urn:agreement-tracker:problem:version-mismatch");
        assertThat(stale.path("detail").asString()).contains("version 2", "version 3");

        assertThat(admin().post("/api/v1/probe/versioned/a-1").header("If-Match", "\"3\"").send().status())
                .isEqualTo(200);
    }

    @Test
    void aBusinessRuleRefusalPluggedInThroughATranslatorIsA409() {
        JsonNode problem = problem(admin().post("/api/v1/probe/refused").json("{}").send(), 409);

        assertThat(problem.path("type").asString()).isEqualTo("urn:agreement-tracker:problem:rule-violation");
        assertThat(problem.path("detail").asString()).isEqualTo("The agreement is signed already");
    }

    @Test
    void concurrencyConflictsAndDuplicateCreationsAre409s() {
        assertThat(problem(admin().post("/api/v1/probe/conflict").send(), 409).path("type").asString())
                .isEqualTo("urn:agreement-tracker:problem:concurrent-change");
        assertThat(problem(admin().post("/api/v1/probe/duplicate").send(), 409).path("type").asString())
                .isEqualTo("urn:agreement-tracker:problem:already-exists");
    }

    @Test
    void unknownResourcesAndPathsAre404s() {
        assertThat(problem(admin().get("/api/v1/probe/missing/a-9").send(), 404).path("detail").asString())
                .isEqualTo("Agreement a-9 does not exist");
        assertThat(problem(admin().get("/api/v1/no-such-thing").send(), 404).path("detail").asString())
                .isEqualTo("There is nothing at /api/v1/no-such-thing");
    }

    @Test
    void theErrorPageAskedForDirectlyIsA404() {
        problem(Http.to(port).get("/error").send(), 404);
    }

    @Test
    void aWrongMethodIsA405WithAllow() {
        var answer = admin().method("DELETE", "/api/v1/probe/records").send();

        problem(answer, 405);
        assertThat(answer.header("Allow")).contains("POST");
    }

    @Test
    void aWrongContentTypeIsA415() {
        var answer = admin().post("/api/v1/probe/records").header("Content-Type", "text/plain").json(VALID)
                            .header("Content-Type", "text/plain").send();

        problem(answer, 415);
    }

    @Test
    void anUnexpectedFailureIsA500ThatNamesAnIncidentButNoInternals() {
        var answer = admin().get("/api/v1/probe/boom").send();

        JsonNode problem = problem(answer, 500);
        assertThat(answer.body()).doesNotContain("secret", "db-host", "IllegalState");
        assertThat(problem.path("detail").asString()).contains(problem.path("incident").asString());
    }

    @Test
    void aClientAskingForHtmlStillGetsAProblem() {
        var answer = admin().get("/api/v1/probe/missing/a-9").header("Accept", "text/html").send();

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aRequestTheServletContainerRefusesIsAProblemToo() {
        // a percent sign not followed by two hex digits: Tomcat refuses the path before Spring sees it
        String answer = Http.raw(port, "GET /api/v1/probe/missing/%zz HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json", "\"status\":400");
    }
}
