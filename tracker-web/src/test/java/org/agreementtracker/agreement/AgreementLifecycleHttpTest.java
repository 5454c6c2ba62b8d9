package org.agreementtracker.agreement;

import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** An agreement's legal lifecycle over HTTP: each step's endpoint, its answer, and what the history records. */
@WebTest
class AgreementLifecycleHttpTest {

    @Autowired
    Api api;

    @Test
    void registrationAnswers201WithTheIdRefVersionLocationAndETag() {
        String ref = Api.uniqueRef("PKBY-DEF");

        var answer = api.as("admin").post("/api/v1/agreements").json(Api.registration(ref, "AGREEMENT")).send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonNode body = answer.json();
        String id = body.path("id").asString();
        assertThat(id).isNotBlank();
        assertThat(body.path("ref").asString()).isEqualTo(ref);
        assertThat(body.path("version").asLong()).isZero();
        assertThat(answer.header("Location")).contains("/api/v1/agreements/" + id);
        assertThat(answer.header("ETag")).contains("\"0\"");
    }

    @Test
    void anInstrumentGoesFromSignatureThroughForceAndSuspensionToCompletion() {
        String id = api.registeredAgreement();
        String path = "/api/v1/agreements/" + id;

        var signed = api.as("chair").post(path + "/signature").json("""
                {"signedOn": "2025-04-11", "place": "Minsk", "signatories": [{"name": "A", "role": "Minister", "side": "PK"}]}
                """).send();
        var inForce = api.as("chair").post(path + "/entry-into-force").json("{\"effectiveOn\": \"2025-05-01\"}").send();
        var suspended = api.as("admin").post(path + "/suspension")
                           .json("{\"effectiveOn\": \"2025-06-01\", \"reason\": \"Review of export controls\"}").send();
        var resumed = api.as("chair").post(path + "/resumption")
                         .json("{\"effectiveOn\": \"2025-07-01\", \"reason\": \"Review concluded\"}").send();
        var completed = api.as("chair").post(path + "/completion")
                           .json("{\"effectiveOn\": \"2025-08-01\", \"reason\": \"All provisions implemented\"}").send();

        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.json().path("id").asString()).isEqualTo(id);
        assertThat(signed.json().path("version").asLong()).isEqualTo(1);
        assertThat(signed.header("ETag")).contains("\"1\"");
        assertThat(inForce.json().path("version").asLong()).isEqualTo(2);
        assertThat(suspended.json().path("version").asLong()).isEqualTo(3);
        assertThat(resumed.json().path("version").asLong()).isEqualTo(4);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.json().path("version").asLong()).isEqualTo(5);
    }

    @Test
    void aTerminationNeedsAReason() {
        String id = api.signedAgreement();

        var answer = api.as("chair").post("/api/v1/agreements/" + id + "/termination").json("{}").send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");
    }

    @Test
    void aSignedAgreementCanBeTerminated() {
        String id = api.signedAgreement();

        var answer = api.as("admin").post("/api/v1/agreements/" + id + "/termination")
                        .json("{\"effectiveOn\": \"2025-09-01\", \"reason\": \"Denounced by one party\"}").send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().path("version").asLong()).isEqualTo(2);
    }

    @Test
    void aCommitmentIsAnnouncedAndItsDateDefaultsToToday() {
        String id = api.registeredCommitment();

        var answer = api.as("chair").post("/api/v1/agreements/" + id + "/announcement")
                        .json("{\"note\": \"Announced at the Independence Palace\"}").send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode announced = api.as("auditor").get("/api/v1/agreements/" + id + "/history").send().json().get(1);
        assertThat(announced.path("type").asString()).isEqualTo("AgreementAnnounced");
        assertThat(announced.path("occurredOn").asString())
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    }

    @Test
    void theHistoryListsEveryEventOldestFirstWithWhoWhenAndWhy() {
        String id = api.signedAgreement();

        var answer = api.as("officer-xx").get("/api/v1/agreements/" + id + "/history")
                        .header("X-Correlation-Id", "not-this-one").send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode history = answer.json();
        assertThat(history).hasSize(2);
        JsonNode registered = history.get(0);
        JsonNode signed = history.get(1);
        assertThat(registered.path("type").asString()).isEqualTo("AgreementRegistered");
        assertThat(registered.path("sequence").asLong()).isZero();
        assertThat(signed.path("type").asString()).isEqualTo("AgreementSigned");
        assertThat(signed.path("sequence").asLong()).isEqualTo(1);
        assertThat(signed.path("position").asLong()).isGreaterThan(registered.path("position").asLong());
        assertThat(signed.path("occurredOn").asString()).isEqualTo(Api.SIGNED_ON);
        assertThat(signed.path("recordedAt").asString()).isNotBlank();
        assertThat(signed.path("actor").path("user").asString()).isEqualTo("chair");
        assertThat(signed.path("actor").path("role").asString()).isEqualTo("COMMITTEE");
        assertThat(signed.path("correlationId").asString()).isNotBlank().isNotEqualTo("not-this-one");
        assertThat(signed.path("payload").path("place").asString()).isEqualTo("Minsk");
        assertThat(signed.path("payload").path("signatories").get(1).path("name").asString())
                .isEqualTo("Viktor Khrenin");
    }

    @Test
    void theRequestsCorrelationIdIsRecordedOnTheEvent() {
        String id = api.registeredAgreement();

        var signed = api.as("chair").post("/api/v1/agreements/" + id + "/signature")
                        .header("X-Correlation-Id", "minutes-2025-04-11")
                        .json("{\"signedOn\": \"2025-04-11\", \"place\": \"Minsk\"}").send();

        assertThat(signed.header("X-Correlation-Id")).contains("minutes-2025-04-11");
        JsonNode event = api.as("chair").get("/api/v1/agreements/" + id + "/history").send().json().get(1);
        assertThat(event.path("correlationId").asString()).isEqualTo("minutes-2025-04-11");
    }

    @Test
    void theHistoryOfAnUnknownAgreementIs404() {
        var answer = api.as("auditor").get("/api/v1/agreements/no-such-agreement/history").send();

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}
