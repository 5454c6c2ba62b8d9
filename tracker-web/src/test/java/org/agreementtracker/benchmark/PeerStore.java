package org.agreementtracker.benchmark;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.nio.file.Path;
import java.util.List;

/**
 * The peer: Axon's stock MongoDB extension ({@code axon-mongo} 4.12.0, {@link MongoEventStorageEngine}, its default
 * document-per-event strategy) with its default template, on the same kind of embedded store.
 */
final class PeerStore extends BenchmarkStore {

    private final MongoEventStorageEngine engine;

    PeerStore(Path dataDirectory, boolean fsync, Serializer serializer) {
        super(dataDirectory, fsync);
        engine = MongoEventStorageEngine.builder()
                                        .mongoTemplate(DefaultMongoTemplate.builder()
                                                                           .mongoDatabase(client, "peer")
                                                                           .build())
                                        .eventSerializer(serializer)
                                        .snapshotSerializer(serializer)
                                        .build();
    }

    @Override
    String name() {
        return "axon-mongo";
    }

    @Override
    EventStorageEngine engine() {
        return engine;
    }

    /** Its own append: one insertMany of one document per event, the same documents single commands write. */
    @Override
    void appendInBulk(List<DomainEventMessage<?>> events) {
        engine.appendEvents(events);
    }
}
