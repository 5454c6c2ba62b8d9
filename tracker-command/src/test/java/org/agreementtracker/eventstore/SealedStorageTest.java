package org.agreementtracker.eventstore;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.ClassificationScheme;
import org.agreementtracker.api.classification.Sealing;
import org.agreementtracker.api.classification.SealingKeys;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.MetaData;
import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Classified content is ciphertext in the store and reads back as it was written. */
class SealedStorageTest {

    @RegisterExtension
    static final TestMongoExtension mongo = new TestMongoExtension();

    private static final String SECRET_TITLE = "Joint exercise Indus Shield";

    private static final Classification SECRET_DEFENCE = new Classification("SECRET", List.of("DEFENCE"), List.of());
    private static final Sealing SEALING = new Sealing(ClassificationScheme.standard(), "RESTRICTED",
                                                       SealingKeys.random(List.of("RESTRICTED", "SECRET", "DEFENCE")));

    private MongoCommitStorageEngine engine(MongoDatabase database) {
        return TestMongo.engineOn(database).sealing(SEALING).build();
    }

    private static DomainEventMessage<String> event(String aggregateId, long sequence, Classification content) {
        MetaData metaData = content == null ? MetaData.emptyInstance() : MetaData.from(content.toContentMetadata());
        return new GenericDomainEventMessage<>(TestEvents.TYPE, aggregateId, sequence,
                                               SECRET_TITLE + " #" + sequence, metaData);
    }

    private String storedEvents(MongoDatabase database) {
        StringBuilder all = new StringBuilder();
        database.getCollection("events", BsonDocument.class).find().forEach(d -> all.append(d.toJson()));
        database.getCollection("snapshots", BsonDocument.class).find().forEach(d -> all.append(d.toJson()));
        return all.toString();
    }

    @Test
    void storesClassifiedContentAsCiphertextThatNamesItsKeys() {
        MongoCommitStorageEngine engine = engine(mongo.database());
        engine.appendEvents(event("a1", 0, SECRET_DEFENCE));

        BsonDocument stored = mongo.database().getCollection("events", BsonDocument.class).find().first()
                                   .getArray("events").get(0).asDocument();

        assertThat(stored.get("payload")).isInstanceOf(BsonBinary.class);
        assertThat(stored.getArray("sealed")).containsExactly(new BsonString("SECRET:1"), new BsonString("DEFENCE:1"));
        assertThat(stored.getString("aggregateId").getValue()).isEqualTo("a1");
        assertThat(storedEvents(mongo.database())).doesNotContain("Indus");
    }

    @Test
    void readsSealedContentBackForTheAggregateAndForTrackingReaders() {
        MongoCommitStorageEngine engine = engine(mongo.database());
        engine.appendEvents(event("a1", 0, SECRET_DEFENCE), event("a1", 1, null));

        assertThat(engine.readEvents("a1").asStream().map(event -> (Object) event.getPayload()))
                .containsExactly(SECRET_TITLE + " #0", SECRET_TITLE + " #1");
        try (Stream<? extends TrackedEventMessage<?>> tracked = engine.readEvents(null, false)) {
            assertThat(tracked.map(event -> (Object) event.getPayload()))
                    .containsExactly(SECRET_TITLE + " #0", SECRET_TITLE + " #1");
        }
    }

    @Test
    void leavesUnclassifiedContentReadableInTheStore() {
        MongoCommitStorageEngine engine = engine(mongo.database());
        engine.appendEvents(event("a1", 0, Classification.of("OFFICIAL")));

        assertThat(storedEvents(mongo.database())).contains("Indus").doesNotContain("\"sealed\"");
    }

    @Test
    void sealsASnapshotAsTheMostClassifiedOfTheEventsItHolds() {
        MongoCommitStorageEngine engine = engine(mongo.database());
        engine.appendEvents(event("a1", 0, Classification.of("OFFICIAL")),
                            event("a1", 1, Classification.of("RESTRICTED")),
                            event("a1", 2, Classification.of("OFFICIAL")));

        engine.storeSnapshot(new GenericDomainEventMessage<>(TestEvents.TYPE, "a1", 2, "state: " + SECRET_TITLE));

        BsonDocument snapshot = mongo.database().getCollection("snapshots", BsonDocument.class).find().first();
        assertThat(snapshot.getDocument("event").getArray("sealed")).containsExactly(new BsonString("RESTRICTED:1"));
        assertThat(snapshot.toJson()).doesNotContain("Indus");
        assertThat(engine.readSnapshot("a1")).get().extracting(DomainEventMessage::getPayload)
                                             .isEqualTo("state: " + SECRET_TITLE);
    }

    @Test
    void sealsALaterSnapshotWithWhatTheEarlierOneHeldToo() {
        MongoCommitStorageEngine engine = engine(mongo.database());
        engine.appendEvents(event("a1", 0, Classification.of("SECRET")), event("a1", 1, null));
        engine.storeSnapshot(new GenericDomainEventMessage<>(TestEvents.TYPE, "a1", 1, "first"));
        engine.appendEvents(event("a1", 2, Classification.of("OFFICIAL")));

        engine.storeSnapshot(new GenericDomainEventMessage<>(TestEvents.TYPE, "a1", 2, "second"));

        BsonDocument snapshot = mongo.database().getCollection("snapshots", BsonDocument.class).find().first();
        assertThat(snapshot.getInt64("seq").getValue()).isEqualTo(2);
        assertThat(snapshot.getDocument("event").getArray("sealed")).containsExactly(new BsonString("SECRET:1"));
    }

    @Test
    void refusesToReadContentAlteredInTheStore() {
        MongoCommitStorageEngine engine = engine(mongo.database());
        engine.appendEvents(event("a1", 0, Classification.of("SECRET")));
        var events = mongo.database().getCollection("events", BsonDocument.class);
        BsonDocument commit = events.find().first();
        byte[] data = commit.getArray("events").get(0).asDocument().getBinary("payload").getData();
        data[data.length - 1] ^= 1;
        Bson filter = eq("_id", commit.get("_id"));
        events.updateOne(filter, set("events.0.payload", new BsonBinary(data)));

        assertThatThrownBy(() -> engine.readEvents("a1").asStream().toList())
                .isInstanceOf(EventStoreException.class)
                .hasMessageContaining("altered");
    }

    @Test
    void theContentSealIsWhatTheEmbeddedEventStoreUsesToo() {
        MongoCommitStorageEngine engine = engine(mongo.database());
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
        try {
            store.publish(List.of(event("a" + UUID.randomUUID(), 0, Classification.of("SECRET"))));
            assertThat(storedEvents(mongo.database())).doesNotContain("Indus");
        } finally {
            store.shutDown();
        }
    }
}
