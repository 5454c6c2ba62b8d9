package org.agreementtracker.store;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on its embedded store: it starts with no MongoDB configured, Axon's event store writes
 * through the tracker's storage engine, and the actuator reports the store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tracker.embedded.port=0")
@DirtiesContext // stops the embedded store, so the temporary data directory can be removed
class EmbeddedStoreApplicationTest {

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("tracker.data-dir", () -> dataDirectory.toString());
    }

    @Autowired
    EmbeddedMongoServer embeddedServer;
    @Autowired
    MongoDatabase database;
    @Autowired
    EventStore eventStore;
    @LocalServerPort
    int httpPort;

    /** A payload of the shape the tracker's events have: a record with a nested value. */
    public record ProbeRecorded(String agreementId, String note, List<String> tags) {
    }

    @Test
    void startsOnTheEmbeddedStoreInItsDataDirectory() {
        assertThat(embeddedServer.port()).isPositive().isNotEqualTo(27017);
        assertThat(dataDirectory.resolve(EmbeddedMongoServer.STORE_FILE)).isRegularFile();
        assertThat(database.getName()).isEqualTo("tracker");
    }

    @Test
    void eventAppendedThroughAxonLandsInTheEventsCollectionAsADocument() {
        String agreementId = UUID.randomUUID().toString();
        ProbeRecorded payload = new ProbeRecorded(agreementId, "ratified", List.of("a", "b"));

        eventStore.publish(new GenericDomainEventMessage<>("Agreement", agreementId, 0, payload));

        BsonDocument commit = database.getCollection("events", BsonDocument.class)
                                      .find(Filters.eq("streams", new BsonDocument("id", new BsonString(agreementId))
                                              .append("seq", new BsonInt64(0))))
                                      .first();
        assertThat(commit).as("the commit of aggregate %s", agreementId).isNotNull();
        BsonDocument event = commit.getArray("events").get(0).asDocument();
        assertThat(event.getString("type").getValue()).isEqualTo(ProbeRecorded.class.getName());
        assertThat(event.get("payload").isDocument()).as("payload stored as a BSON document").isTrue();
        assertThat(event.getDocument("payload").getString("note").getValue()).isEqualTo("ratified");
        assertThat(event.getDocument("payload").getArray("tags")).hasSize(2);
        assertThat(event.get("meta").isDocument()).as("metadata stored as a BSON document").isTrue();

        List<? extends DomainEventMessage<?>> readBack = eventStore.readEvents(agreementId).asStream().toList();
        assertThat(readBack).singleElement().satisfies(read -> assertThat(read.getPayload()).isEqualTo(payload));
    }

    @Test
    void healthIsUpAndTheStoreMetersArePublished() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        eventStore.publish(new GenericDomainEventMessage<>("Agreement", UUID.randomUUID().toString(), 0,
                                                           new ProbeRecorded("x", "metered", List.of())));
        HttpResponse<String> prometheus = get("/actuator/prometheus");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).containsPattern("(?m)^tracker_eventstore_commits_total(\\{[^}]*})? [1-9]");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                         .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path)).build(),
                               HttpResponse.BodyHandlers.ofString());
    }
}
