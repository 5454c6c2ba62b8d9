package org.agreementtracker.asof;

import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code asOf} on the five reads, over HTTP: what the tracker said at an instant, asked later. */
@WebTest
// a fresh application: one resumed from the test context cache after the store tests has its processors stalled
// (seen with and without this class's processors), and these tests read what they just wrote
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class AsOfHttpTest {

    @Autowired
    Api api;

    /** An instant strictly between what was recorded before it and what will be recorded after. */
    private static Instant now() throws InterruptedException {
        Thread.sleep(5);
        Instant now = Instant.now();
        Thread.sleep(5);
        return now;
    }

    private static Map<String, String> reads(String agreementId) {
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("board", "/api/v1/agreements");
        reads.put("filtered board", "/api/v1/agreements?party=PK-MOD&sector=DEFENCE");
        reads.put("agreement", "/api/v1/agreements/" + agreementId);
        reads.put("milestones", "/api/v1/milestones?owner=PK-MOD");
        reads.put("summary", "/api/v1/boards/summary");
        reads.put("bodies", "/api/v1/boards/bodies");
        return reads;
    }

    private static String withAsOf(String path, Instant asOf) {
        return path + (path.contains("?") ? "&" : "?") + "asOf=" + asOf;
    }

    @Test
    void everyReadAsOfAnInstantAnswersWhatTheLiveReadModelsAnsweredThen() throws InterruptedException {
        String agreementId = api.signedAgreement();
        String milestoneId = api.plannedMilestone(agreementId);
        api.reportedProgress(agreementId, milestoneId, """
                {"occurredOn": "2025-06-30", "status": "IN_PROGRESS", "progressPercent": 40, "note": "Talks begun"}
                """);
        Instant captured = now();
        Map<String, JsonNode> then = new LinkedHashMap<>();
        reads(agreementId).forEach((name, path) -> then.put(name, api.read(path)));

        api.reportedProgress(agreementId, milestoneId, """
                {"occurredOn": "2025-07-01", "status": "ACHIEVED", "note": "Talks held"}
                """);
        api.plannedMilestone(api.signedAgreement());

        reads(agreementId).forEach((name, path) -> {
            assertThat(api.read(withAsOf(path, captured))).as(name).isEqualTo(then.get(name));
            assertThat(api.read(path)).as(name + " now").isNotEqualTo(then.get(name));
        });
    }

    @Test
    void aLateReportAboutAnEarlierDateIsInvisibleAsOfAMomentBeforeItWasRecorded() throws InterruptedException {
        String agreementId = api.signedAgreement();
        String milestoneId = api.plannedMilestone(agreementId);
        Instant before = now();
        api.reportedProgress(agreementId, milestoneId, """
                {"occurredOn": "2025-05-02", "status": "ACHIEVED", "note": "Held in May, reported now"}
                """);
        Instant after = now();

        JsonNode then = api.read("/api/v1/agreements/" + agreementId + "?asOf=" + before);
        JsonNode later = api.read("/api/v1/agreements/" + agreementId + "?asOf=" + after);
        assertThat(then.path("milestones").get(0).path("reports")).isEmpty();
        assertThat(later.path("milestones").get(0).path("reports")).hasSize(1);
        JsonNode row = api.read("/api/v1/milestones?owner=PK-MOD&asOf=" + before);
        assertThat(statusOf(row, milestoneId)).isEqualTo("NOT_REPORTED");
        assertThat(statusOf(api.read("/api/v1/milestones?owner=PK-MOD&asOf=" + after), milestoneId))
                .isEqualTo("CLAIMED");
    }

    private static String statusOf(JsonNode rows, String milestoneId) {
        for (JsonNode row : rows) {
            if (row.path("milestoneId").asString().equals(milestoneId)) {
                return row.path("status").asString();
            }
        }
        return null;
    }

    @Test
    void beforeItsRegistrationAnAgreementIsNotFound() throws InterruptedException {
        Instant before = now();
        String agreementId = api.registeredAgreement();

        var answer = api.as("auditor").get("/api/v1/agreements/" + agreementId + "?asOf=" + before).send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(api.read("/api/v1/agreements/" + agreementId + "?asOf=" + now()).path("id").asString())
                .isEqualTo(agreementId);
    }

    @Test
    void anAsOfThatIsNoInstantIsRefusedWithTheFieldNamed() {
        for (String path : List.of("/api/v1/agreements", "/api/v1/agreements/x", "/api/v1/milestones",
                                   "/api/v1/boards/summary", "/api/v1/boards/bodies")) {
            var answer = api.as("auditor").get(path + "?asOf=yesterday").send();

            assertThat(answer.status()).as(path + ": " + answer).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo("asOf");
            assertThat(answer.json().path("errors").get(0).path("message").asString())
                    .isEqualTo("must be an instant such as 2025-04-11T10:15:30Z");
        }
    }
}
