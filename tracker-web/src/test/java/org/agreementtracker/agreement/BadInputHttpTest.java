package org.agreementtracker.agreement;

import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.Http;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every class of bad input gets a problem that says what is wrong, never a 500: malformed JSON, missing fields,
 * wrong types, unknown enum values (answered with the allowed ones), an oversized body, unknown ids, refused
 * transitions and stale versions.
 */
@WebTest
class BadInputHttpTest {

    @Autowired
    Api api;

    private static JsonNode problem(Http.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        assertThat(answer.body()).doesNotContain("Exception", "at org.");
        return answer.json();
    }

    private static String errors(JsonNode problem) {
        StringBuilder text = new StringBuilder();
        problem.path("errors").forEach(e -> text.append(e.path("field").asString()).append(": ")
                                                .append(e.path("message").asString()).append("\n"));
        return text.toString();
    }

    private Http.Answer register(String json) {
        return api.as("chair").post("/api/v1/agreements").json(json).send();
    }

    @Test
    void malformedJsonIs400SayingWhere() {
        JsonNode problem = problem(register("{\"ref\": \"X\", \"title\": "), 400);

        assertThat(problem.path("type").asString()).isEqualTo("urn:agreement-tracker:problem:invalid-input");
        assertThat(problem.path("errors").get(0).path("message").asString()).startsWith("is not valid JSON");
    }

    @Test
    void aMissingBodyIs400() {
        var answer = api.as("chair").post("/api/v1/agreements").header("Content-Type", "application/json").send();

        assertThat(errors(problem(answer, 400))).contains("a JSON body is required");
    }

    @Test
    void aBodyOfTheWrongShapeIs400() {
        for (String json : new String[]{"[]", "\"an agreement\"", "42", "null"}) {
            JsonNode problem = problem(register(json), 400);
            assertThat(problem.path("errors")).as(json).isNotEmpty();
        }
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        var answer = api.as("chair").post("/api/v1/agreements").header("Content-Type", "text/plain")
                        .json("ref=X").header("Content-Type", "text/plain").send();

        problem(answer, 415);
    }

    @Test
    void missingFieldsAreEachNamed() {
        JsonNode problem = problem(register("{\"title\": \"Roadmap\"}"), 400);

        assertThat(errors(problem)).contains("ref: must not be blank", "kind: must not be null",
                                             "sectors: must not be empty", "parties: must not be empty");
    }

    @Test
    void aBlankElementOfAListIsNamedByItsPosition() {
        JsonNode problem = problem(register("""
                {"ref": "R-1", "title": "t", "kind": "MOU", "sectors": ["TRADE", " "], "parties": ["PK-MOC", "BY-MART"]}
                """), 400);

        assertThat(errors(problem)).contains("sectors[1]: must not be blank");
    }

    @Test
    void wrongTypesNameTheFieldAndTheExpectedForm() {
        String agreementId = api.signedAgreement();

        var date = api.as("chair").post("/api/v1/agreements/" + agreementId + "/milestones")
                      .json("{\"title\": \"t\", \"dueOn\": \"31/12/2025\", \"owner\": \"PK-MOD\"}").send();
        var number = api.as("chair").post("/api/v1/agreements/" + agreementId + "/milestones")
                        .json("{\"title\": \"t\", \"dueOn\": \"2025-12-31\", \"owner\": \"PK-MOD\", \"weight\": \"heavy\"}")
                        .send();
        var list = register("{\"ref\": \"R\", \"title\": \"t\", \"kind\": \"MOU\", \"sectors\": {\"a\": 1}, "
                                    + "\"parties\": [\"PK-MOC\", \"BY-MART\"]}");

        assertThat(errors(problem(date, 400))).contains("dueOn: must be a date such as 2025-04-11");
        assertThat(errors(problem(number, 400))).contains("weight: must be a whole number");
        assertThat(errors(problem(list, 400))).contains("sectors: must be an array");
    }

    @Test
    void numbersThatAreNotNumbersOrTooLargeAreNamed() {
        String agreementId = api.signedAgreement();
        String milestones = "/api/v1/agreements/" + agreementId + "/milestones";

        var tooLarge = api.as("chair").post(milestones)
                          .json("{\"title\": \"t\", \"dueOn\": \"2025-12-31\", \"owner\": \"PK-MOD\", "
                                        + "\"weight\": 99999999999}").send();
        var notANumber = api.as("chair").post(milestones).json("""
                {"title": "t", "dueOn": "2025-12-31", "owner": "PK-MOD",
                 "indicator": {"name": "Workers", "unit": "persons", "target": "many"}}
                """).send();

        // in the tracker's words, not the JSON library's ("Numeric value (99999999999) out of range of `int`")
        assertThat(errors(problem(tooLarge, 400))).contains("weight: is too large a number for this field");
        assertThat(errors(problem(notANumber, 400))).contains("indicator.target: must be a number");
    }

    @Test
    void anUnknownEnumValueIsAnsweredWithTheAllowedValues() {
        String agreementId = api.signedAgreement();
        String milestoneId = api.plannedMilestone(agreementId);

        var kind = register(Api.registration(Api.uniqueRef("E"), "TREATY"));
        var status = api.as("officer-pk-mod")
                        .post("/api/v1/agreements/" + agreementId + "/milestones/" + milestoneId + "/reports")
                        .json("{\"status\": \"DONE\", \"note\": \"n\"}").send();
        var score = api.as("chair").post("/api/v1/agreements/" + agreementId + "/reviews")
                       .json("{\"score\": \"GOOD\", \"confidence\": \"GREEN\", \"findings\": \"f\"}").send();
        var confidence = api.as("chair").post("/api/v1/agreements/" + agreementId + "/reviews")
                            .json("{\"score\": \"FULL\", \"confidence\": \"YELLOW\", \"findings\": \"f\"}").send();

        assertThat(errors(problem(kind, 400))).contains(
                "kind: must be one of AGREEMENT, MOU, ROADMAP, PROGRAMME, ACTION_PLAN, PROTOCOL, INITIATIVE, "
                        + "JOINT_VENTURE");
        assertThat(errors(problem(status, 400)))
                .contains("status: must be one of NOT_STARTED, IN_PROGRESS, ACHIEVED, BLOCKED");
        assertThat(errors(problem(score, 400)))
                .contains("score: must be one of NO_EVIDENCE, NOT_STARTED, MINIMAL, INTERMEDIATE, FULL");
        assertThat(errors(problem(confidence, 400))).contains("confidence: must be one of GREEN, AMBER, RED");
    }

    @Test
    void valuesOutOfRangeAreRefusedBeforeTheyReachTheAgreement() {
        String agreementId = api.signedAgreement();
        String milestoneId = api.plannedMilestone(agreementId);

        var answer = api.as("officer-pk-mod")
                        .post("/api/v1/agreements/" + agreementId + "/milestones/" + milestoneId + "/reports")
                        .json("""
                              {"status": "IN_PROGRESS", "progressPercent": 140, "note": "n",
                               "evidence": [{"title": "Minutes", "sha256": "not-a-digest"}]}
                              """).send();

        assertThat(errors(problem(answer, 400))).contains("progressPercent: must be less than or equal to 100",
                                                         "evidence[0].sha256: must be 64 hexadecimal digits");
    }

    @Test
    void whatOnlyTheAgreementCanJudgeIs400WithTheFieldToo() {
        String tomorrowButOne = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();

        var unknownBody = register(Api.registration(Api.uniqueRef("U"), "MOU").replace("BY-MOD", "BY-NOPE"));
        var oneCountry = register(Api.registration(Api.uniqueRef("U"), "MOU").replace("BY-MOD", "PK-MOFA"));
        var future = api.as("chair").post("/api/v1/agreements/" + api.registeredAgreement() + "/signature")
                        .json("{\"signedOn\": \"" + tomorrowButOne + "\", \"place\": \"Minsk\"}").send();

        JsonNode unknown = problem(unknownBody, 400);
        assertThat(unknown.path("code").asString()).isEqualTo("UNKNOWN_BODY");
        assertThat(unknown.path("errors").get(0).path("field").asString()).isEqualTo("parties");
        assertThat(unknown.path("errors").get(0).path("message").asString()).contains("BY-NOPE");
        assertThat(problem(oneCountry, 400).path("code").asString()).isEqualTo("INVALID_VALUE");
        JsonNode inFuture = problem(future, 400);
        assertThat(inFuture.path("code").asString()).isEqualTo("DATE_IN_FUTURE");
        assertThat(inFuture.path("errors").get(0).path("field").asString()).isEqualTo("signedOn");
    }

    @Test
    void anOversizedBodyIs413() {
        String agreementId = api.signedAgreement();
        String note = "x".repeat(1_100_000);

        var answer = api.as("chair").post("/api/v1/agreements/" + agreementId + "/reviews")
                        .json("{\"score\": \"FULL\", \"confidence\": \"GREEN\", \"findings\": \"" + note + "\"}")
                        .send();

        problem(answer, 413);
    }

    @Test
    void unknownAgreementsAre404() {
        for (String step : new String[]{"/signature", "/announcement", "/entry-into-force", "/suspension",
                                        "/resumption", "/termination", "/completion", "/milestones", "/reviews",
                                        "/milestones/m-1/reports"}) {
            var answer = api.as("chair").post("/api/v1/agreements/no-such-agreement" + step).json("""
                    {"place": "Minsk", "reason": "r", "title": "t", "dueOn": "2025-12-31", "owner": "PK-MOD",
                     "score": "FULL", "confidence": "GREEN", "findings": "f", "status": "ACHIEVED", "note": "n"}
                    """).send();
            problem(answer, 404);
        }
    }

    @Test
    void anIllegalTransitionIs409SayingWhatIsAllowed() {
        String agreementId = api.signedAgreement();

        var again = api.as("chair").post("/api/v1/agreements/" + agreementId + "/signature")
                       .json("{\"signedOn\": \"2025-04-12\", \"place\": \"Minsk\"}").send();
        var resumeUnsuspended = api.as("chair").post("/api/v1/agreements/" + agreementId + "/resumption")
                                   .json("{\"reason\": \"r\"}").send();
        var announceInstrument = api.as("chair").post("/api/v1/agreements/" + agreementId + "/announcement")
                                    .json("{}").send();

        JsonNode twice = problem(again, 409);
        assertThat(twice.path("code").asString()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(twice.path("detail").asString()).contains("SIGNED");
        assertThat(problem(resumeUnsuspended, 409).path("code").asString()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(problem(announceInstrument, 409).path("code").asString()).isEqualTo("WRONG_KIND");
    }

    @Test
    void aSecondAgreementWithTheSameRefIs409() {
        String ref = Api.uniqueRef("DUP");
        register(Api.registration(ref, "MOU"));

        JsonNode problem = problem(register(Api.registration(ref.toLowerCase(), "MOU")), 409);

        assertThat(problem.path("code").asString()).isEqualTo("DUPLICATE_REF");
    }

    @Test
    void aWriteOnAStaleVersionIs412AndOnTheCurrentOneSucceeds() {
        String agreementId = api.signedAgreement();
        String path = "/api/v1/agreements/" + agreementId + "/entry-into-force";

        var stale = api.as("chair").post(path).header("If-Match", "\"0\"").json("{}").send();
        var ahead = api.as("chair").post(path).header("If-Match", "\"7\"").json("{}").send();
        var malformed = api.as("chair").post(path).header("If-Match", "version one").json("{}").send();
        var current = api.as("chair").post(path).header("If-Match", "\"1\"").json("{}").send();

        assertThat(problem(stale, 412).path("type").asString())
                .isEqualTo("urn:agreement-tracker:problem:version-mismatch");
        problem(ahead, 412);
        assertThat(errors(problem(malformed, 400))).startsWith("If-Match:");
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        assertThat(current.header("ETag")).contains("\"2\"");
    }

    @Test
    void aRepeatedRegistrationWithItsIdempotencyKeyRegistersOnce() {
        String json = Api.registration(Api.uniqueRef("IDEM"), "MOU");

        var first = api.as("chair").post("/api/v1/agreements").header("Idempotency-Key", "k-" + json.hashCode())
                       .json(json).send();
        var repeat = api.as("chair").post("/api/v1/agreements").header("Idempotency-Key", "k-" + json.hashCode())
                        .json(json).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.header("Idempotent-Replayed")).contains("true");
    }
}
