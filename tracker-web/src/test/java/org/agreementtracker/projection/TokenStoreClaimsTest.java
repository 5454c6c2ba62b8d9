package org.agreementtracker.projection;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.agreementtracker.store.EmbeddedMongoServer;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * axon-mongo's token store (built for Axon 4.12) on the embedded store through two clients, standing for two tracker
 * nodes: a claim excludes the other node until it is released or times out, positions survive in the store's
 * serialized form, and they can be read without claiming.
 */
class TokenStoreClaimsTest {

    private static final String PROCESSOR = "agreement-board";
    private static final Serializer SERIALIZER =
            ProjectionProcessingConfiguration.tokenSerializer(new AnnotationRevisionResolver());

    @TempDir
    Path dataDirectory;

    private EmbeddedMongoServer server;
    private MongoClient clientA;
    private MongoClient clientB;

    @BeforeEach
    void start() {
        server = EmbeddedMongoServer.start(dataDirectory, 0, false);
        clientA = MongoClients.create(server.connectionString());
        clientB = MongoClients.create(server.connectionString());
    }

    @AfterEach
    void stop() {
        clientA.close();
        clientB.close();
        server.close();
    }

    private static TokenStore node(MongoClient client, String nodeId, Duration claimTimeout) {
        return MongoTokenStore.builder()
                              .mongoTemplate(DefaultMongoTemplate.builder()
                                                                 .mongoDatabase(client.getDatabase("tracker"))
                                                                 .trackingTokensCollectionName(
                                                                         ProjectionProcessingConfiguration.TOKEN_COLLECTION)
                                                                 .build())
                              .serializer(SERIALIZER)
                              .nodeId(nodeId)
                              .claimTimeout(claimTimeout)
                              .build();
    }

    private static TrackingToken at(long position) {
        return GapAwareTrackingToken.newInstance(position, Collections.emptySet());
    }

    @Test
    void aClaimedSegmentIsRefusedToTheOtherNodeUntilReleased() {
        TokenStore nodeA = node(clientA, "node-a", Duration.ofMinutes(1));
        TokenStore nodeB = node(clientB, "node-b", Duration.ofMinutes(1));
        nodeA.initializeTokenSegments(PROCESSOR, 1);

        nodeA.fetchToken(PROCESSOR, 0);
        nodeA.storeToken(at(42), PROCESSOR, 0);

        assertThatThrownBy(() -> nodeB.fetchToken(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);
        assertThatThrownBy(() -> nodeB.storeToken(at(43), PROCESSOR, 0))
                .isInstanceOf(UnableToClaimTokenException.class);
        nodeA.releaseClaim(PROCESSOR, 0);
        assertThat(nodeB.fetchToken(PROCESSOR, 0)).isEqualTo(at(42));
        assertThatThrownBy(() -> nodeA.fetchToken(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);
    }

    @Test
    void aDeadNodesClaimPassesToAnotherOnceItTimesOut() throws InterruptedException {
        TokenStore nodeA = node(clientA, "node-a", Duration.ofMillis(300));
        TokenStore nodeB = node(clientB, "node-b", Duration.ofMillis(300));
        nodeA.initializeTokenSegments(PROCESSOR, 1);
        nodeA.fetchToken(PROCESSOR, 0);
        nodeA.storeToken(at(7), PROCESSOR, 0);

        Thread.sleep(600); // node A stops renewing its claim, as a dead node would

        assertThat(nodeB.fetchToken(PROCESSOR, 0)).isEqualTo(at(7));
        nodeB.storeToken(at(8), PROCESSOR, 0);
        assertThatThrownBy(() -> nodeA.extendClaim(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);
    }

    /** A processor that starts on a store with events, or is reset, holds a replay token until it catches up. */
    @Test
    void aReplayTokenSurvivesTheStore() {
        TokenStore nodeA = node(clientA, "node-a", Duration.ofMinutes(1));
        TrackingToken replay = ReplayToken.createReplayToken(at(56), at(3), "rebuild requested");
        nodeA.initializeTokenSegments(PROCESSOR, 1, replay);

        TrackingToken fetched = nodeA.fetchToken(PROCESSOR, 0);

        assertThat(fetched).isEqualTo(replay);
        assertThat(fetched.position()).hasValue(3);
    }

    @Test
    void positionsAreReadWithoutClaiming() {
        TokenStore nodeA = node(clientA, "node-a", Duration.ofMinutes(1));
        nodeA.initializeTokenSegments(PROCESSOR, 2);
        nodeA.fetchToken(PROCESSOR, 0);
        nodeA.storeToken(at(30), PROCESSOR, 0);
        TokenReader reader = new TokenReader(
                clientB.getDatabase("tracker").getCollection(ProjectionProcessingConfiguration.TOKEN_COLLECTION),
                SERIALIZER);

        var segments = reader.segmentsOf(PROCESSOR);

        assertThat(segments).extracting(TokenReader.StoredSegment::position)
                            .containsExactlyInAnyOrder(OptionalLong.of(30), OptionalLong.empty());
        assertThat(segments).filteredOn(segment -> segment.segment() == 0)
                            .singleElement().extracting(TokenReader.StoredSegment::owner).isEqualTo("node-a");
        assertThat(node(clientB, "node-b", Duration.ofMinutes(1)).fetchToken(PROCESSOR, 1))
                .as("reading claimed nothing").isNull();
    }
}
