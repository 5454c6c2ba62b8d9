package org.agreementtracker.eventstore;

import org.bson.BsonDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;

import static org.agreementtracker.eventstore.TestEvents.event;
import static org.agreementtracker.eventstore.TestEvents.events;
import static org.assertj.core.api.Assertions.assertThat;

/** Finding the event at a global position: inside commits of any size, and nothing where no event is. */
class EventLookupTest {

    private static final int BATCH_SIZE = 4;

    @RegisterExtension
    static final TestMongoExtension mongo = new TestMongoExtension();
    private MongoCommitStorageEngine engine;

    @BeforeEach
    void setUp() {
        engine = TestMongo.engineOn(mongo.database()).batchSize(BATCH_SIZE).build();
    }

    @Test
    void findsEachEventsAggregateAndSequenceInsideCommitsOfAnySize() {
        engine.appendEvents(List.of(event("agreement-1", 0)));        // position 1
        engine.appendEvents(events("agreement-2", 0, 5 * BATCH_SIZE)); // positions 2..21
        engine.appendEvents(events("agreement-1", 1, 2));              // positions 22..23

        assertThat(engine.eventAt(1)).contains(new EventLocation(1, "agreement-1", 0, String.class.getName()));
        assertThat(engine.eventAt(2)).contains(new EventLocation(2, "agreement-2", 0, String.class.getName()));
        assertThat(engine.eventAt(15)).contains(new EventLocation(15, "agreement-2", 13, String.class.getName()));
        assertThat(engine.eventAt(23)).contains(new EventLocation(23, "agreement-1", 2, String.class.getName()));
        assertThat(engine.eventAt(23).orElseThrow().simpleType()).isEqualTo("String");
    }

    @Test
    void findsNothingBeyondTheHeadBeforeTheFirstPositionOrAtAFence() {
        engine.appendEvents(List.of(event("agreement-1", 0)));        // position 1
        mongo.database().getCollection("events", BsonDocument.class)
                .insertOne(Commit.fence(2, 2, Instant.now(), "test"));
        new PositionCounter(mongo.database().getCollection("counters"), com.mongodb.WriteConcern.W1).reserve(1);
        engine.appendEvents(List.of(event("agreement-1", 1)));        // position 3

        assertThat(engine.eventAt(0)).isEmpty();
        assertThat(engine.eventAt(2)).isEmpty();
        assertThat(engine.eventAt(3)).map(EventLocation::sequence).contains(1L);
        assertThat(engine.eventAt(4)).isEmpty();
        assertThat(engine.eventAt(1_000_000)).isEmpty();
    }
}
