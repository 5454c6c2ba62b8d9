package org.agreementtracker.milestone;

import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.agreementtracker.webtest.Api.last;
import static org.assertj.core.api.Assertions.assertThat;

/** Milestones over HTTP: planning, the reports of both sides, rescheduling and cancellation. */
@WebTest
class MilestonesHttpTest {

    @Autowired
    Api api;

    @Test
    void planningAnswers201WithTheMilestonesIdAndLocation() {
        String agreementId = api.signedAgreement();

        var answer = api.as("chair").post("/api/v1/agreements/" + agreementId + "/milestones").json("""
                {"title": "Workers employed in Belarus", "dueOn": "2027-12-31", "owner": "PK-MOD", "weight": 3,
                 "indicator": {"name": "Pakistani workers employed in Belarus", "unit": "persons", "target": 150000}}
                """).send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        String milestoneId = answer.json().path("id").asString();
        assertThat(milestoneId).isNotBlank();
        assertThat(answer.json().path("agreementId").asString()).isEqualTo(agreementId);
        assertThat(answer.json().path("version").asLong()).isEqualTo(2);
        assertThat(answer.header("Location"))
                .contains("/api/v1/agreements/" + agreementId + "/milestones/" + milestoneId);
        JsonNode planned = last(api.history(agreementId)).path("payload");
        assertThat(planned.path("ownerSide").asString()).isEqualTo("PK");
        assertThat(planned.path("weight").asInt()).isEqualTo(3);
        assertThat(planned.path("indicator").path("target").asInt()).isEqualTo(150000);
        assertThat(planned.path("indicator").path("higherIsBetter").asBoolean()).isTrue();
    }

    @Test
    void anIndicatorWhoseTargetLiesBelowItsBaselineCountsDownwards() {
        String agreementId = api.signedAgreement();

        api.plannedMilestone(agreementId, """
                {"title": "Visa processing time cut", "dueOn": "2026-06-30", "owner": "BY-MOD",
                 "indicator": {"name": "Days to process a work visa", "unit": "days", "target": 10, "baseline": 45}}
                """);

        assertThat(last(api.history(agreementId)).path("payload").path("indicator").path("higherIsBetter").asBoolean())
                .isFalse();
    }

    @Test
    void bothSidesReportOnTheSameMilestone() {
        String agreementId = api.signedAgreement();
        String milestoneId = api.plannedMilestone(agreementId);
        String reports = "/api/v1/agreements/" + agreementId + "/milestones/" + milestoneId + "/reports";

        var byOwner = api.as("officer-pk-mod").post(reports).json("""
                {"occurredOn": "2025-06-30", "status": "ACHIEVED", "note": "Talks held in Rawalpindi",
                 "evidence": [{"title": "Joint communiqué", "url": "https://mod.gov.pk/communique",
                               "sha256": "%s", "category": "communiqué"}]}
                """.formatted("ab".repeat(32))).send();
        var byOtherSide = api.as("officer-by-mod").post(reports).json("""
                {"occurredOn": "2025-07-01", "status": "IN_PROGRESS", "progressPercent": 80, "note": "Minutes pending"}
                """).send();

        assertThat(byOwner.status()).as(byOwner.toString()).isEqualTo(201);
        assertThat(byOwner.header("Location").orElseThrow()).contains(reports + "/" + byOwner.json().path("id").asString());
        assertThat(byOtherSide.status()).as(byOtherSide.toString()).isEqualTo(201);
        JsonNode history = api.history(agreementId);
        JsonNode pk = history.get(history.size() - 2);
        JsonNode by = last(history);
        assertThat(pk.path("payload").path("side").asString()).isEqualTo("PK");
        assertThat(pk.path("payload").path("body").asString()).isEqualTo("PK-MOD");
        assertThat(pk.path("payload").path("reportedBy").path("user").asString()).isEqualTo("officer-pk-mod");
        assertThat(pk.path("payload").path("evidence").get(0).path("sha256").asString()).isEqualTo("ab".repeat(32));
        assertThat(pk.path("occurredOn").asString()).isEqualTo("2025-06-30");
        assertThat(by.path("payload").path("side").asString()).isEqualTo("BY");
        assertThat(by.path("payload").path("progressPercent").asInt()).isEqualTo(80);
        assertThat(by.path("actor").path("body").asString()).isEqualTo("BY-MOD");
    }

    @Test
    void theCommitteeReportsOnBehalfOfTheOwnerOrANamedParty() {
        String agreementId = api.signedAgreement();
        String milestoneId = api.plannedMilestone(agreementId);
        String reports = "/api/v1/agreements/" + agreementId + "/milestones/" + milestoneId + "/reports";

        var forOwner = api.as("chair").post(reports)
                          .json("{\"status\": \"IN_PROGRESS\", \"note\": \"From the letter of 2 May\"}").send();
        var forParty = api.as("chair").post(reports).json("""
                {"status": "NOT_STARTED", "note": "As stated at the JMC", "onBehalfOf": "BY-MOD"}
                """).send();

        assertThat(forOwner.status()).as(forOwner.toString()).isEqualTo(201);
        assertThat(forParty.status()).as(forParty.toString()).isEqualTo(201);
        JsonNode history = api.history(agreementId);
        assertThat(history.get(history.size() - 2).path("payload").path("body").asString()).isEqualTo("PK-MOD");
        assertThat(last(history).path("payload").path("body").asString()).isEqualTo("BY-MOD");
        assertThat(last(history).path("payload").path("reportedBy").path("role").asString()).isEqualTo("COMMITTEE");
    }

    @Test
    void aRescheduleKeepsThePreviousDueDate() {
        String agreementId = api.signedAgreement();
        String milestoneId = api.plannedMilestone(agreementId);

        var answer = api.as("admin").post("/api/v1/agreements/" + agreementId + "/milestones/" + milestoneId
                                                  + "/reschedule")
                        .json("{\"newDueOn\": \"2026-03-31\", \"reason\": \"Elections in Pakistan\"}").send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().path("id").asString()).isEqualTo(milestoneId);
        assertThat(answer.json().path("version").asLong()).isEqualTo(3);
        JsonNode rescheduled = last(api.history(agreementId)).path("payload");
        assertThat(rescheduled.path("previousDueOn").asString()).isEqualTo("2025-12-31");
        assertThat(rescheduled.path("newDueOn").asString()).isEqualTo("2026-03-31");
    }

    @Test
    void nothingMoreIsReportedOnACancelledMilestone() {
        String agreementId = api.signedAgreement();
        String milestoneId = api.plannedMilestone(agreementId);
        String path = "/api/v1/agreements/" + agreementId + "/milestones/" + milestoneId;

        var cancelled = api.as("chair").post(path + "/cancellation")
                           .json("{\"reason\": \"Superseded by the 2026 programme\"}").send();
        var report = api.as("officer-pk-mod").post(path + "/reports")
                        .json("{\"status\": \"IN_PROGRESS\", \"note\": \"Late news\"}").send();

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(report.status()).as(report.toString()).isEqualTo(409);
        assertThat(report.json().path("code").asString()).isEqualTo("MILESTONE_CANCELLED");
        assertThat(report.json().path("type").asString()).isEqualTo("urn:agreement-tracker:problem:rule-violation");
    }

    @Test
    void anIndicatorValueNeedsAMilestoneWithAnIndicator() {
        String agreementId = api.signedAgreement();
        String milestoneId = api.plannedMilestone(agreementId);

        var answer = api.as("officer-pk-mod")
                        .post("/api/v1/agreements/" + agreementId + "/milestones/" + milestoneId + "/reports")
                        .json("{\"status\": \"IN_PROGRESS\", \"indicatorValue\": 1200, \"note\": \"n\"}").send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.json().path("code").asString()).isEqualTo("NO_INDICATOR");
    }

    @Test
    void anUnknownMilestoneIs404() {
        String agreementId = api.signedAgreement();

        for (String step : List.of("/reports", "/reschedule", "/cancellation")) {
            var answer = api.as("chair").post("/api/v1/agreements/" + agreementId + "/milestones/no-such" + step)
                            .json("{\"status\": \"IN_PROGRESS\", \"note\": \"n\", \"newDueOn\": \"2026-01-01\", "
                                          + "\"reason\": \"r\"}").send();
            assertThat(answer.status()).as(step + ": " + answer).isEqualTo(404);
            assertThat(answer.json().path("code").asString()).isEqualTo("UNKNOWN_MILESTONE");
        }
    }
}
