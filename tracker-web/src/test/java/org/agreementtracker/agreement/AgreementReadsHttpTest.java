package org.agreementtracker.agreement;

import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.Http;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement board and an agreement in full, read right after the writes that made them (a write answers once
 * the read models have it): both sides' reports reconciled, reviews, the version as ETag.
 */
@WebTest
class AgreementReadsHttpTest {

    @Autowired
    Api api;
    private String ref;
    private String agreementId;
    private String milestoneId;
    private String reportId;
    private String reviewId;

    @BeforeEach
    void setUp() {
        ref = Api.uniqueRef("READ");
        var registered = api.as("chair").post("/api/v1/agreements").json(Api.registration(ref, "AGREEMENT")).send();
        agreementId = registered.json().path("id").asString();
        api.as("chair").post("/api/v1/agreements/" + agreementId + "/signature")
           .json("{\"signedOn\": \"2025-04-11\", \"place\": \"Minsk\"}").send();
        milestoneId = api.plannedMilestone(agreementId, """
                {"title": "Joint exercise held", "dueOn": "2099-12-31", "owner": "PK-MOD", "weight": 2}
                """);
        String reports = "/api/v1/agreements/" + agreementId + "/milestones/" + milestoneId + "/reports";
        reportId = api.as("officer-pk-mod").post(reports)
                      .json("{\"occurredOn\": \"2025-06-01\", \"status\": \"ACHIEVED\", \"note\": \"Held\"}").send()
                      .json().path("id").asString();
        api.as("officer-by-mod").post(reports)
           .json("{\"occurredOn\": \"2025-06-02\", \"status\": \"ACHIEVED\", \"note\": \"Confirmed\"}").send();
        reviewId = api.as("chair").post("/api/v1/agreements/" + agreementId + "/reviews").json("""
                {"reviewedOn": "2025-06-15", "score": "INTERMEDIATE", "confidence": "GREEN", "findings": "On track"}
                """).send().json().path("id").asString();
    }

    private Http.Answer get(String path) {
        return api.as("auditor").get(path).send();
    }

    @Test
    void anAgreementInFullShowsWhatWasJustWrittenWithItsVersionAsETag() {
        var answer = get("/api/v1/agreements/" + agreementId);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode agreement = answer.json();
        assertThat(agreement.path("ref").asString()).isEqualTo(ref);
        assertThat(agreement.path("status").asString()).isEqualTo("SIGNED");
        assertThat(agreement.path("parties").valueStream().map(p -> p.path("body").asString()))
                .containsExactly("PK-MOD", "BY-MOD");
        assertThat(agreement.path("version").asLong()).isEqualTo(5);
        assertThat(answer.header("ETag")).contains("\"5\"");
        JsonNode milestone = agreement.path("milestones").get(0);
        assertThat(milestone.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(milestone.path("reports")).hasSize(2);
        assertThat(agreement.path("reviews").get(0).path("score").asString()).isEqualTo("INTERMEDIATE");
    }

    @Test
    void anUnchangedAgreementIsNotSentAgain() {
        var answer = api.as("auditor").get("/api/v1/agreements/" + agreementId).header("If-None-Match", "\"5\"")
                        .send();

        assertThat(answer.status()).isEqualTo(304);
        assertThat(answer.body()).isEmpty();
    }

    @Test
    void itsMilestonesReportsAndReviewsCanBeReadOneByOne() {
        String path = "/api/v1/agreements/" + agreementId;

        var milestone = get(path + "/milestones/" + milestoneId);
        var report = get(path + "/milestones/" + milestoneId + "/reports/" + reportId);
        var review = get(path + "/reviews/" + reviewId);

        assertThat(milestone.json().path("title").asString()).isEqualTo("Joint exercise held");
        assertThat(report.json().path("side").asString()).isEqualTo("PK");
        assertThat(report.json().path("reportedBy").path("user").asString()).isEqualTo("officer-pk-mod");
        assertThat(review.json().path("confidence").asString()).isEqualTo("GREEN");
        assertThat(get(path + "/milestones/no-such").status()).isEqualTo(404);
        assertThat(get(path + "/milestones/" + milestoneId + "/reports/no-such").status()).isEqualTo(404);
        assertThat(get(path + "/reviews/no-such").status()).isEqualTo(404);
    }

    @Test
    void anUnknownAgreementIs404() {
        var answer = get("/api/v1/agreements/no-such-agreement");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theBoardRowHasTheFieldsOfTheContract() {
        var answer = get("/api/v1/agreements?q=" + ref);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.header("X-Total-Count")).contains("1");
        JsonNode row = answer.json().get(0);
        assertThat(row.path("id").asString()).isEqualTo(agreementId);
        assertThat(row.path("ref").asString()).isEqualTo(ref);
        assertThat(row.path("kind").asString()).isEqualTo("AGREEMENT");
        assertThat(row.path("sectors").get(0).asString()).isEqualTo("DEFENCE");
        assertThat(row.path("status").asString()).isEqualTo("SIGNED");
        assertThat(row.path("signedOn").asString()).isEqualTo("2025-04-11");
        JsonNode milestones = row.path("milestones");
        assertThat(milestones.path("total").asInt()).isEqualTo(1);
        assertThat(milestones.path("achieved").asInt()).isEqualTo(1);
        assertThat(milestones.path("confirmed").asInt()).isEqualTo(1);
        assertThat(milestones.path("overdue").asInt()).isZero();
        assertThat(milestones.path("disputed").asInt()).isZero();
        assertThat(milestones.has("nextDueOn")).isTrue();
        assertThat(row.path("progressPercent").asDouble()).isEqualTo(100.0);
        assertThat(row.path("latestReview").path("reviewedOn").asString()).isEqualTo("2025-06-15");
        assertThat(row.path("latestReview").path("confidence").asString()).isEqualTo("GREEN");
        assertThat(row.path("lastActivityAt").asString()).isNotBlank();
    }

    @Test
    void theBoardFiltersAndPages() {
        var byParty = get("/api/v1/agreements?party=BY-MOD&status=SIGNED&confidence=GREEN&sector=DEFENCE");
        var otherStatus = get("/api/v1/agreements?q=" + ref + "&status=IN_FORCE");
        var firstPage = get("/api/v1/agreements?page=0&size=1");

        assertThat(byParty.json().valueStream().map(row -> row.path("id").asString())).contains(agreementId);
        assertThat(otherStatus.json()).isEmpty();
        assertThat(otherStatus.header("X-Total-Count")).contains("0");
        assertThat(firstPage.json()).hasSize(1);
        assertThat(Long.parseLong(firstPage.header("X-Total-Count").orElseThrow())).isGreaterThanOrEqualTo(1);
    }

    @Test
    void badFiltersAreAnsweredWithWhatIsAllowed() {
        var status = get("/api/v1/agreements?status=RATIFIED");
        var size = get("/api/v1/agreements?page=0&size=0");
        var page = get("/api/v1/agreements?page=-1");

        assertThat(status.status()).isEqualTo(400);
        assertThat(status.json().path("errors").get(0).path("field").asString()).isEqualTo("status");
        assertThat(status.json().path("errors").get(0).path("message").asString())
                .isEqualTo("must be one of DRAFT, SIGNED, ANNOUNCED, IN_FORCE, SUSPENDED, COMPLETED, TERMINATED, "
                                   + "EXPIRED");
        assertThat(size.status()).isEqualTo(400);
        assertThat(size.json().path("errors").get(0).path("field").asString()).isEqualTo("size");
        assertThat(page.status()).isEqualTo(400);
    }
}
