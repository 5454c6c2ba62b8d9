package org.agreementtracker.projection;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.agreementtracker.TrackerApplication;
import org.agreementtracker.store.EmbeddedMongoServer;
import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.Http;
import org.agreementtracker.webtest.TestProjection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two tracker nodes on one store: a projection runs on one node at a time (its claim is in the token store), and a
 * write on the other node still answers only once that projection has its event.
 */
class TwoNodesTest {

    @TempDir
    Path dataDirectory;

    private static ConfigurableApplicationContext node(String nodeId, String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "server.port=0", "spring.main.banner-mode=off", "tracker.demo-data=false",
                "tracker.projections.node-id=" + nodeId,
                "tracker.security.users[0].username=chair",
                "tracker.security.users[0].password={noop}chair-password",
                "tracker.security.users[0].roles=COMMITTEE"));
        all.addAll(List.of(properties));
        // as command-line arguments, which override application.yml (builder properties would not)
        return new SpringApplicationBuilder(TrackerApplication.class, TestProjection.class)
                .run(all.stream().map(property -> "--" + property).toArray(String[]::new));
    }

    private static Http as(ConfigurableApplicationContext node) {
        return Http.to(((WebServerApplicationContext) node).getWebServer().getPort()).as("chair", "chair-password");
    }

    @Test
    void aProjectionRunsOnOneNodeAndAWriteOnTheOtherWaitsForIt() {
        try (var nodeA = node("node-a", "tracker.data-dir=" + dataDirectory, "tracker.embedded.port=0")) {
            String store = nodeA.getBean(EmbeddedMongoServer.class).connectionString();
            // the nodes of one store share its sealing keys: node A generated them, node B is given them
            try (var nodeB = node("node-b", "tracker.mongo.uri=" + store,
                                  "tracker.classification.sealing.key-dir=" + dataDirectory.resolve("keys"))) {
                var answer = as(nodeB).post("/api/v1/agreements")
                                      .json(Api.registration(Api.uniqueRef("TWO-NODES"), "MOU")).send();

                assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
                assertThat(TestProjection.lastSeen(answer.json().path("id").asString()))
                        .as("seen when node B answered").isZero();
                Document token = nodeA.getBean(MongoDatabase.class)
                                      .getCollection(ProjectionProcessingConfiguration.TOKEN_COLLECTION)
                                      .find(Filters.eq("processorName", TestProjection.NAME)).first();
                assertThat(token.getString("owner")).isEqualTo("node-a");
                var processorOnB = nodeB.getBean(ProjectionPositions.class).processors().stream()
                                        .filter(p -> p.getName().equals(TestProjection.NAME)).findFirst()
                                        .orElseThrow();
                assertThat(processorOnB.processingStatus()).as("node B holds no segment").isEmpty();
                assertThat(nodeB.getBean(ProjectionPositions.class).positionOf(processorOnB))
                        .as("node B reads node A's position").isPositive();
            }
        }
    }
}
