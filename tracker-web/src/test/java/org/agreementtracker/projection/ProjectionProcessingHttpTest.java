package org.agreementtracker.projection;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.TestProjection;
import org.agreementtracker.webtest.WebTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Projections run in processors whose positions and claims are in MongoDB, a write answers once they show it, and
 * health and metrics say where each stands.
 */
@WebTest
class ProjectionProcessingHttpTest {

    @Autowired
    MongoDatabase database;
    @Autowired
    ProjectionPositions positions;

    @Autowired
    Api api;

    @Test
    void aWriteAnswersOnlyOnceTheProjectionsHaveSeenIt() {
        for (int i = 0; i < 5; i++) {
            String id = api.registeredAgreement();
            assertThat(TestProjection.lastSeen(id)).as("registration seen when answered").isZero();
            api.as("chair").post("/api/v1/agreements/" + id + "/signature")
               .json("{\"signedOn\": \"2025-04-11\", \"place\": \"Minsk\"}").send();
            assertThat(TestProjection.lastSeen(id)).as("signature seen when answered").isEqualTo(1);
        }
    }

    @Test
    void eachProcessorsPositionAndClaimAreInTheTokenStore() {
        api.registeredAgreement();

        List<Document> tokens = database.getCollection(ProjectionProcessingConfiguration.TOKEN_COLLECTION)
                                        .find(Filters.eq("processorName", TestProjection.NAME))
                                        .into(new java.util.ArrayList<>());

        assertThat(tokens).singleElement().satisfies(token -> {
            assertThat(token.getInteger("segment")).isZero();
            assertThat(token.getString("owner")).as("claimed by this node").isNotBlank();
            assertThat(token.getString("tokenType")).endsWith("GapAwareTrackingToken");
        });
        var processor = positions.processors().stream()
                                 .filter(p -> p.getName().equals(TestProjection.NAME)).findFirst().orElseThrow();
        assertThat(positions.positionOf(processor)).isPositive().isLessThanOrEqualTo(positions.head());
    }

    @Test
    void healthShowsEachProcessorRunningWithItsLag() {
        api.registeredAgreement();

        var answer = api.as("admin").get("/actuator/health").send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode projection = answer.json().path("components").path("projection");
        assertThat(projection.path("status").asString()).isEqualTo("UP");
        assertThat(projection.path("details").path("processors").propertyNames())
                .contains("agreement-board", "agreement-detail", "milestones", "bodies-board", TestProjection.NAME);
        JsonNode processor = projection.path("details").path("processors").path(TestProjection.NAME);
        assertThat(processor.path("running").asBoolean()).isTrue();
        assertThat(processor.path("error").asBoolean()).isFalse();
        assertThat(processor.path("position").asLong()).isPositive();
        assertThat(processor.path("lag").asLong()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void prometheusPublishesPositionAndLagPerProcessorAndTheHeadOfTheLog() {
        api.registeredAgreement();

        String metrics = api.anonymous().get("/actuator/prometheus").send().body();

        assertThat(metrics).containsPattern("(?m)^tracker_projection_lag\\{processor=\"" + TestProjection.NAME
                                                    + "\"} \\d")
                           .containsPattern("(?m)^tracker_projection_position\\{processor=\"" + TestProjection.NAME
                                                    + "\"} [1-9]")
                           .containsPattern("(?m)^tracker_eventstore_head [1-9]");
    }
}
