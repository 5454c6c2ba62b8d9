package org.agreementtracker.review;

import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The committee's reviews over HTTP. */
@WebTest
class ReviewsHttpTest {

    private static final String REVIEW = """
            {"reviewedOn": "2025-06-15", "score": "MINIMAL", "confidence": "AMBER",
             "findings": "Staff talks held; procurement list not yet agreed",
             "actions": [{"title": "Agree the procurement list", "owner": "BY-MOD", "dueOn": "2025-09-30"}]}
            """;

    @Autowired
    Api api;

    @Test
    void aReviewAnswers201AndItsDecisionsBecomeActionItems() {
        String agreementId = api.signedAgreement();

        var answer = api.as("chair").post("/api/v1/agreements/" + agreementId + "/reviews").json(REVIEW).send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        String reviewId = answer.json().path("id").asString();
        assertThat(answer.header("Location")).contains("/api/v1/agreements/" + agreementId + "/reviews/" + reviewId);
        JsonNode history = api.as("auditor").get("/api/v1/agreements/" + agreementId + "/history").send().json();
        JsonNode review = history.get(history.size() - 1);
        assertThat(review.path("type").asString()).isEqualTo("ReviewRecorded");
        assertThat(review.path("occurredOn").asString()).isEqualTo("2025-06-15");
        assertThat(review.path("payload").path("score").asString()).isEqualTo("MINIMAL");
        JsonNode action = review.path("payload").path("actions").get(0);
        assertThat(action.path("actionId").asString()).isEqualTo(reviewId + "-1");
        assertThat(action.path("ownerSide").asString()).isEqualTo("BY");
    }

    @Test
    void aDraftIsNotReviewed() {
        String agreementId = api.registeredAgreement();

        var answer = api.as("chair").post("/api/v1/agreements/" + agreementId + "/reviews").json(REVIEW).send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.json().path("code").asString()).isEqualTo("AGREEMENT_NOT_CONCLUDED");
    }

    @Test
    void anActionOwnedByABodyOfNeitherSideIsRefused() {
        String agreementId = api.signedAgreement();

        var answer = api.as("chair").post("/api/v1/agreements/" + agreementId + "/reviews")
                        .json(REVIEW.replace("BY-MOD", "XX-TRADE")).send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.json().path("code").asString()).isEqualTo("NOT_A_PARTY");
    }
}
