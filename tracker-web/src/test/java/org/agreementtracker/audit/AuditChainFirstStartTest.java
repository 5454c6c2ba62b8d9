package org.agreementtracker.audit;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.agreementtracker.TrackerApplication;
import org.agreementtracker.projection.ProjectionProcessingConfiguration;
import org.agreementtracker.webtest.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tracker whose store already holds events when the audit chain's processor first starts (an upgrade, or a chain
 * lost with its token) chains all of them, and to the same hashes: the chain depends on the stored commits alone.
 */
class AuditChainFirstStartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void theChainOfAStoreThatHoldsEventsAlreadyIsTheSameAsTheOneKeptLive() {
        JsonNode live;
        try (ConfigurableApplicationContext tracker = tracker()) {
            live = awaitChainedToHead(tracker);
            MongoDatabase database = tracker.getBean(MongoDatabase.class);
            database.getCollection(RecordedChain.COLLECTION).drop();
            database.getCollection(ProjectionProcessingConfiguration.TOKEN_COLLECTION)
                    .deleteMany(Filters.eq("processorName", AuditChainProjection.PROCESSING_GROUP));
        }
        assertThat(live.path("events").asLong()).as("the demo data").isPositive();

        try (ConfigurableApplicationContext restarted = tracker()) {
            JsonNode chained = awaitChainedToHead(restarted);

            assertThat(chained.path("status").asString()).isEqualTo("INTACT");
            assertThat(chained.path("events").asLong()).isEqualTo(live.path("events").asLong());
            assertThat(chained.path("headHash").asString()).isEqualTo(live.path("headHash").asString());
        }
    }

    /** The tracker as a newcomer starts it (demo data on its embedded store), with an auditor. */
    private ConfigurableApplicationContext tracker() {
        return new SpringApplicationBuilder(TrackerApplication.class)
                .run("--tracker.data-dir=" + dataDirectory, "--tracker.embedded.port=0", "--server.port=0",
                     "--spring.main.banner-mode=off", "--tracker.security.users[0].username=auditor",
                     "--tracker.security.users[0].password={noop}auditor-password",
                     "--tracker.security.users[0].roles=AUDITOR");
    }

    private static JsonNode awaitChainedToHead(ConfigurableApplicationContext tracker) {
        int port = ((WebServerApplicationContext) tracker).getWebServer().getPort();
        long head = tracker.getBean(org.axonframework.eventsourcing.eventstore.EventStore.class).createHeadToken()
                           .position().orElseThrow();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            JsonNode report = Http.to(port).as("auditor", "auditor-password").get("/api/v1/audit/verify").send()
                                  .json();
            if (report.path("headPosition").asLong() >= head) {
                return report;
            }
            assertThat(System.nanoTime()).as("chained to " + head + ": " + report).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
