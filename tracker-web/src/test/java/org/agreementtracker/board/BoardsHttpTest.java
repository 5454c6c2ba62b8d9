package org.agreementtracker.board;

import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The milestone list and the boards, over HTTP, for every role. */
@WebTest
class BoardsHttpTest {

    @Autowired
    Api api;
    private String agreementId;
    private String overdueId;

    @BeforeEach
    void setUp() {
        agreementId = api.signedAgreement();
        overdueId = api.plannedMilestone(agreementId, """
                {"title": "Liaison officers appointed", "dueOn": "2025-05-31", "owner": "BY-MOD"}
                """);
        api.plannedMilestone(agreementId, """
                {"title": "Training places agreed", "dueOn": "2099-01-31", "owner": "PK-MOD",
                 "indicator": {"name": "Officers trained", "unit": "persons", "target": 40}}
                """);
    }

    @Test
    void theMilestoneListFiltersByOverdueOwnerDueDateAndStatus() {
        JsonNode overdue = api.as("officer-xx").get("/api/v1/milestones?overdue=true&owner=BY-MOD").send().json();
        JsonNode notOverdue = api.as("auditor").get("/api/v1/milestones?overdue=false&dueBefore=2099-02-01"
                                                            + "&status=NOT_REPORTED").send().json();

        assertThat(overdue.valueStream().filter(row -> row.path("milestoneId").asString().equals(overdueId)))
                .singleElement().satisfies(row -> {
                    assertThat(row.path("agreementId").asString()).isEqualTo(agreementId);
                    assertThat(row.path("agreementRef").asString()).startsWith("TEST-");
                    assertThat(row.path("overdue").asBoolean()).isTrue();
                    assertThat(row.path("owner").asString()).isEqualTo("BY-MOD");
                });
        assertThat(notOverdue.valueStream().filter(row -> row.path("agreementId").asString().equals(agreementId))
                             .map(row -> row.path("title").asString()))
                .containsExactly("Training places agreed");
    }

    @Test
    void theMilestoneListPagesWithATotalAndRefusesUnknownStatuses() {
        var page = api.as("auditor").get("/api/v1/milestones?page=0&size=2").send();
        var unknown = api.as("auditor").get("/api/v1/milestones?status=LATE").send();
        var badDate = api.as("auditor").get("/api/v1/milestones?dueBefore=soon").send();

        assertThat(page.json()).hasSize(2);
        assertThat(Long.parseLong(page.header("X-Total-Count").orElseThrow())).isGreaterThanOrEqualTo(3);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("message").asString()).startsWith("must be one of ");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().path("errors").get(0).path("message").asString())
                .isEqualTo("must be a date such as 2025-04-11");
    }

    @Test
    void theSummaryCountsAgreementsMilestonesAndIndicators() {
        JsonNode summary = api.as("officer-pk-mod").get("/api/v1/boards/summary").send().json();

        assertThat(summary.path("byStatus").path("SIGNED").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(summary.path("bySector").path("DEFENCE").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(summary.has("byConfidence")).isTrue();
        assertThat(summary.path("milestones").path("overdue").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(summary.path("indicators").valueStream()
                          .filter(indicator -> indicator.path("agreementId").asString().equals(agreementId)))
                .singleElement().satisfies(indicator -> {
                    assertThat(indicator.path("name").asString()).isEqualTo("Officers trained");
                    assertThat(indicator.path("target").asInt()).isEqualTo(40);
                });
    }

    @Test
    void theBodiesBoardHasARowPerBodyOfTheRegister() {
        var answer = api.as("committee").get("/api/v1/boards/bodies").send();

        assertThat(answer.status()).isEqualTo(200);
        JsonNode bodies = answer.json();
        assertThat(bodies.valueStream().map(row -> row.path("body").asString())).contains("PK-MOFA", "XX-TRADE");
        assertThat(bodies.valueStream().filter(row -> row.path("body").asString().equals("BY-MOD")))
                .singleElement().satisfies(row -> {
                    assertThat(row.path("country").asString()).isEqualTo("BY");
                    assertThat(row.path("overdue").asInt()).isGreaterThanOrEqualTo(1);
                });
    }

    @Test
    void theReadsNeedAUser() {
        for (String path : new String[]{"/api/v1/milestones", "/api/v1/boards/summary", "/api/v1/boards/bodies",
                                        "/api/v1/agreements", "/api/v1/agreements/" + agreementId}) {
            assertThat(api.anonymous().get(path).send().status()).as(path).isEqualTo(401);
        }
    }
}
