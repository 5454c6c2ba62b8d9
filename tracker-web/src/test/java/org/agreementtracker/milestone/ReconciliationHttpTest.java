package org.agreementtracker.milestone;

import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One side's ACHIEVED against the other side's "not achieved": DISPUTED when that account is dated on or after the
 * claim, CLAIMED (out of step) when it is older; the same on the agreement, the milestone list, the board's counts
 * and as of a moment.
 */
@WebTest
class ReconciliationHttpTest {

    @Autowired
    Api api;

    private void report(String officer, String agreementId, String milestoneId, String status, String on) {
        var answer = api.as(officer).post("/api/v1/agreements/" + agreementId + "/milestones/" + milestoneId
                                                  + "/reports")
                        .json("{\"status\": \"%s\", \"occurredOn\": \"%s\", \"note\": \"n\"}".formatted(status, on))
                        .send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    private String statusOn(String agreementId, String milestoneId, String asOf) {
        JsonNode detail = api.read("/api/v1/agreements/" + agreementId + (asOf == null ? "" : "?asOf=" + asOf));
        for (JsonNode milestone : detail.path("milestones")) {
            if (milestone.path("milestoneId").asString().equals(milestoneId)) {
                return milestone.path("status").asString();
            }
        }
        throw new AssertionError("No milestone " + milestoneId);
    }

    private String listedStatus(String milestoneId) {
        for (JsonNode row : api.read("/api/v1/milestones?owner=PK-MOD&size=500")) {
            if (row.path("milestoneId").asString().equals(milestoneId)) {
                return row.path("status").asString();
            }
        }
        throw new AssertionError("No milestone row " + milestoneId);
    }

    private JsonNode boardRow(String agreementId) {
        String ref = api.read("/api/v1/agreements/" + agreementId).path("ref").asString();
        return api.read("/api/v1/agreements?q=" + ref).get(0);
    }

    /** The milestone's status in its agreement's detail, now and as of now, and on the milestones board. */
    private void shownAs(String agreement, String milestone, String status) {
        assertThat(statusOn(agreement, milestone, null)).isEqualTo(status);
        assertThat(statusOn(agreement, milestone, Instant.now().toString())).isEqualTo(status);
        assertThat(listedStatus(milestone)).isEqualTo(status);
    }

    /** The agreement's one milestone is counted under {@code counted} on the board, and not under {@code not}. */
    private void countedOnTheBoardAs(String agreement, String counted, String not) {
        JsonNode counts = boardRow(agreement).path("milestones");
        assertThat(counts.path(counted).asInt()).isEqualTo(1);
        assertThat(counts.path(not).asInt()).isZero();
    }

    @Test
    void aLaterDenialDisputesTheClaim() {
        String agreement = api.signedAgreement();
        String milestone = api.plannedMilestone(agreement);

        report("officer-pk-mod", agreement, milestone, "ACHIEVED", "2025-06-01");
        report("officer-by-mod", agreement, milestone, "IN_PROGRESS", "2025-06-10");

        shownAs(agreement, milestone, "DISPUTED");
        countedOnTheBoardAs(agreement, "disputed", "achieved");
    }

    @Test
    void aDenialOnTheDayOfTheClaimDisputesItToo() {
        String agreement = api.signedAgreement();
        String milestone = api.plannedMilestone(agreement);

        report("officer-by-mod", agreement, milestone, "BLOCKED", "2025-06-01");
        report("officer-pk-mod", agreement, milestone, "ACHIEVED", "2025-06-01");

        shownAs(agreement, milestone, "DISPUTED");
    }

    @Test
    void anOlderAccountOfTheOtherSideLeavesTheClaimStanding() {
        String agreement = api.signedAgreement();
        String milestone = api.plannedMilestone(agreement);

        report("officer-by-mod", agreement, milestone, "NOT_STARTED", "2025-05-01");
        report("officer-pk-mod", agreement, milestone, "ACHIEVED", "2025-06-01");

        shownAs(agreement, milestone, "CLAIMED");
        countedOnTheBoardAs(agreement, "achieved", "disputed");
    }

    @Test
    void theDenialThenAnsweredWithAchievedConfirmsIt() {
        String agreement = api.signedAgreement();
        String milestone = api.plannedMilestone(agreement);
        report("officer-pk-mod", agreement, milestone, "ACHIEVED", "2025-06-01");
        report("officer-by-mod", agreement, milestone, "IN_PROGRESS", "2025-06-10");

        report("officer-by-mod", agreement, milestone, "ACHIEVED", "2025-07-01");

        assertThat(statusOn(agreement, milestone, null)).isEqualTo("CONFIRMED");
    }
}
