package org.agreementtracker.correction;

import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.agreementtracker.webtest.Api.last;
import static org.assertj.core.api.Assertions.assertThat;

/** Corrections over HTTP: a report or review corrected by a new event; boards use it; history shows both. */
@WebTest
class CorrectionsHttpTest {

    private static final String REASON = "The BY ministry's letter of 1 July said in progress; entered wrongly";

    @Autowired
    Api api;

    private JsonNode detail(String agreementId) {
        return api.as("auditor").get("/api/v1/agreements/" + agreementId).send().json();
    }

    private JsonNode boardRow(String agreementId) {
        for (JsonNode row : api.as("auditor").get("/api/v1/agreements").send().json()) {
            if (row.path("id").asString().equals(agreementId)) {
                return row;
            }
        }
        return MissingNode.getInstance();
    }

    /**
     * What {@code read} gives once it {@code shows} what is expected, or at last as it is. A write waits a few seconds
     * for the projections; on a loaded machine they may take longer, and a board is right once they have caught up.
     */
    private static JsonNode eventually(Supplier<JsonNode> read, Predicate<JsonNode> shows) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode value = read.get();
        while (!shows.test(value) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            value = read.get();
        }
        return value;
    }

    private static String correction(long position) {
        return "/api/v1/events/" + position + "/correction";
    }

    /** An agreement whose one milestone both sides reported ACHIEVED; its id. */
    private String confirmedMilestone() {
        String agreementId = api.signedAgreement();
        String milestoneId = api.plannedMilestone(agreementId);
        String reports = "/api/v1/agreements/" + agreementId + "/milestones/" + milestoneId + "/reports";
        var pk = api.as("officer-pk-mod").post(reports)
                    .json("{\"occurredOn\": \"2025-06-30\", \"status\": \"ACHIEVED\", \"note\": \"Talks held\"}")
                    .send();
        // BY's account is of the day before PK's claim: corrected to IN_PROGRESS it is out of step, not a denial
        var by = api.as("officer-by-mod").post(reports)
                    .json("{\"occurredOn\": \"2025-06-29\", \"status\": \"ACHIEVED\", \"note\": \"Talks held\"}")
                    .send();
        assertThat(pk.status()).as(pk.toString()).isEqualTo(201);
        assertThat(by.status()).as(by.toString()).isEqualTo(201);
        return agreementId;
    }

    @Test
    void correctingAReportChangesTheBoardsAndTheDetailAndHistoryShowsBothEvents() {
        String agreementId = confirmedMilestone();
        assertThat(eventually(() -> boardRow(agreementId), row -> row.path("milestones").path("confirmed").asInt() == 1)
                           .path("milestones").path("confirmed").asInt()).isEqualTo(1);
        long reportPosition = last(api.history(agreementId)).path("position").asLong();

        var answer = api.as("chair").post(correction(reportPosition)).json("""
                {"reason": "%s", "replacement": {"status": "IN_PROGRESS", "progressPercent": 60}}
                """.formatted(REASON)).send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.header("Location")).contains("/api/v1/agreements/" + agreementId + "/history");
        assertThat(answer.json().path("id").asString()).isEqualTo(agreementId);
        assertThat(answer.json().path("version").asLong()).isEqualTo(5);
        assertThat(answer.json().path("corrects").asLong()).isEqualTo(reportPosition);

        JsonNode row = eventually(() -> boardRow(agreementId),
                                  shown -> shown.path("milestones").path("confirmed").asInt() == 0);
        assertThat(row.path("milestones").path("confirmed").asInt()).isZero();
        assertThat(row.path("milestones").path("achieved").asInt()).isEqualTo(1);
        JsonNode milestone = eventually(() -> detail(agreementId).path("milestones").path(0),
                                        shown -> shown.path("status").asString().equals("CLAIMED"));
        assertThat(milestone.path("status").asString()).isEqualTo("CLAIMED");
        JsonNode corrected = milestone.path("reports").get(1);
        assertThat(corrected.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(corrected.path("progressPercent").asInt()).isEqualTo(60);
        assertThat(corrected.path("note").asString()).isEqualTo("Talks held");
        assertThat(corrected.path("correction").path("reason").asString()).isEqualTo(REASON);
        assertThat(corrected.path("correction").path("correctedBy").path("user").asString()).isEqualTo("chair");
        JsonNode claimed = eventually(() -> api.as("auditor").get("/api/v1/milestones?status=CLAIMED&owner=PK-MOD")
                                               .send().json(),
                                      rows -> rows.findValuesAsString("agreementId").contains(agreementId));
        assertThat(claimed.findValuesAsString("agreementId")).contains(agreementId);

        JsonNode history = api.history(agreementId);
        JsonNode original = history.get(history.size() - 2);
        JsonNode correcting = last(history);
        assertThat(original.path("type").asString()).isEqualTo("MilestoneProgressReported");
        assertThat(original.path("payload").path("status").asString()).isEqualTo("ACHIEVED");
        assertThat(correcting.path("type").asString()).isEqualTo("MilestoneReportCorrected");
        assertThat(correcting.path("position").asLong()).isEqualTo(answer.json().path("position").asLong());
        assertThat(correcting.path("payload").path("correctedPosition").asLong()).isEqualTo(reportPosition);
        assertThat(correcting.path("payload").path("reason").asString()).isEqualTo(REASON);
        assertThat(correcting.path("payload").path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(correcting.path("actor").path("user").asString()).isEqualTo("chair");
        assertThat(correcting.path("occurredOn").asString()).isEqualTo("2025-06-29");
    }

    @Test
    void correctingAReviewChangesTheBoardsConfidence() {
        String agreementId = api.signedAgreement();
        var review = api.as("chair").post("/api/v1/agreements/" + agreementId + "/reviews").json("""
                {"reviewedOn": "2025-06-20", "score": "MINIMAL", "confidence": "RED", "findings": "Little done"}
                """).send();
        assertThat(review.status()).as(review.toString()).isEqualTo(201);
        long reviewPosition = last(api.history(agreementId)).path("position").asLong();

        var answer = api.as("admin").post(correction(reviewPosition)).json("""
                {"reason": "AMBER was decided; RED was a typing error", "replacement": {"confidence": "AMBER"}}
                """).send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(eventually(() -> boardRow(agreementId).path("latestReview").path("confidence"),
                              confidence -> confidence.asString().equals("AMBER")).asString()).isEqualTo("AMBER");
        JsonNode shown = eventually(() -> detail(agreementId).path("reviews").path(0),
                                    entry -> entry.path("confidence").asString().equals("AMBER"));
        assertThat(shown.path("confidence").asString()).isEqualTo("AMBER");
        assertThat(shown.path("findings").asString()).isEqualTo("Little done");
        assertThat(shown.path("correction").path("correctedBy").path("role").asString()).isEqualTo("ADMIN");
        assertThat(last(api.history(agreementId)).path("type").asString()).isEqualTo("ReviewCorrected");
    }

    @Test
    void onlyTheAdministratorAndTheCommitteeCorrect() {
        String agreementId = confirmedMilestone();
        JsonNode before = api.history(agreementId);
        long reportPosition = last(before).path("position").asLong();
        String body = "{\"reason\": \"x\", \"replacement\": {\"status\": \"IN_PROGRESS\"}}";

        var byAuditor = api.as("auditor").post(correction(reportPosition)).json(body).send();
        var byMinistry = api.as("officer-by-mod").post(correction(reportPosition)).json(body).send();

        assertThat(byAuditor.status()).as(byAuditor.toString()).isEqualTo(403);
        assertThat(byMinistry.status()).as(byMinistry.toString()).isEqualTo(403);
        assertThat(byMinistry.contentType()).contains("application/problem+json");
        assertThat(api.history(agreementId).size()).isEqualTo(before.size());
    }

    @Test
    void anUnknownPositionIsNotFound() {
        var answer = api.as("chair").post(correction(Long.MAX_VALUE / 2))
                        .json("{\"reason\": \"x\", \"replacement\": {\"status\": \"IN_PROGRESS\"}}").send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        assertThat(answer.json().path("detail").asString()).contains("does not exist");
    }

    @Test
    void anEventOfAnotherTypeIsNotCorrectableAndTheProblemListsWhatIs() {
        String agreementId = api.signedAgreement();
        JsonNode signed = last(api.history(agreementId));

        var answer = api.as("chair").post(correction(signed.path("position").asLong()))
                        .json("{\"reason\": \"x\", \"replacement\": {\"place\": \"Islamabad\"}}").send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.json().path("code").asString()).isEqualTo("NOT_CORRECTABLE");
        assertThat(answer.json().path("detail").asString()).contains("AgreementSigned");
        assertThat(answer.json().path("correctable").toString())
                .isEqualTo("[\"MilestoneProgressReported\",\"ReviewRecorded\"]");
        assertThat(api.history(agreementId).size()).isEqualTo(2);
    }

    @Test
    void aReplacementFieldThatIsNotTheReportsOrIsInvalidIsRefusedWithFieldErrors() {
        String agreementId = confirmedMilestone();
        JsonNode before = api.history(agreementId);
        long reportPosition = last(before).path("position").asLong();

        var unknownField = api.as("chair").post(correction(reportPosition))
                              .json("{\"reason\": \"x\", \"replacement\": {\"score\": \"FULL\"}}").send();
        var outOfRange = api.as("chair").post(correction(reportPosition))
                            .json("{\"reason\": \"x\", \"replacement\": {\"progressPercent\": 140}}").send();
        var unknownStatus = api.as("chair").post(correction(reportPosition))
                               .json("{\"reason\": \"x\", \"replacement\": {\"status\": \"DONE\"}}").send();
        var againstTheRules = api.as("chair").post(correction(reportPosition))
                                 .json("{\"reason\": \"x\", \"replacement\": {\"progressPercent\": 40}}").send();
        var noReason = api.as("chair").post(correction(reportPosition))
                          .json("{\"replacement\": {\"status\": \"IN_PROGRESS\"}}").send();
        var unchanged = api.as("chair").post(correction(reportPosition))
                           .json("{\"reason\": \"x\", \"replacement\": {\"status\": \"ACHIEVED\"}}").send();

        assertField(unknownField, "replacement.score");
        assertField(outOfRange, "replacement.progressPercent");
        assertField(unknownStatus, "replacement.status");
        assertThat(unknownStatus.json().path("errors").get(0).path("message").asString())
                .contains("NOT_STARTED, IN_PROGRESS, ACHIEVED, BLOCKED");
        // the report stays ACHIEVED, which is 100% done
        assertField(againstTheRules, "replacement.progressPercent");
        assertField(noReason, "reason");
        assertThat(unchanged.status()).as(unchanged.toString()).isEqualTo(409);
        assertThat(unchanged.json().path("code").asString()).isEqualTo("UNCHANGED");
        assertThat(api.history(agreementId).size()).isEqualTo(before.size());
    }

    private static void assertField(org.agreementtracker.webtest.Http.Answer answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).contains("application/problem+json");
        assertThat(answer.json().path("errors").findValuesAsString("field")).as(answer.toString()).contains(field);
    }
}
