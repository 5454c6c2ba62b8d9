package org.agreementtracker.benchmark;

import org.agreementtracker.eventstore.MongoCommitStorageEngine;
import org.agreementtracker.eventstore.TestMongo;
import org.agreementtracker.eventstore.TestMongoExtension;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark fills stores with {@link MongoCommitStorageEngine#appendCommitsInBulk}; its figures mean something
 * only if that store is the one single-event commands would have written.
 */
class BulkAppendTest {

    @RegisterExtension
    static final TestMongoExtension mongo = new TestMongoExtension();

    @Test
    void storesEachCommitAsIfAppendedOneByOne() {
        MongoCommitStorageEngine engine = TestMongo.engineOn(mongo.database()).build();

        engine.appendCommitsInBulk(List.of(List.of(event("a", 0)),
                                           List.of(event("b", 0), event("b", 1)),
                                           List.of(event("a", 1))));
        engine.appendEvents(event("a", 2)); // a live append goes on after the bulk

        assertThat(mongo.database().getCollection("events").countDocuments()).as("one document per commit")
                                                                          .isEqualTo(4);
        assertThat(engine.readEvents("a").asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(0L, 1L, 2L);
        assertThat(engine.readEvents("b").asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(0L, 1L);
        List<? extends TrackedEventMessage<?>> tracked = engine.readEvents(null, false).toList();
        assertThat(tracked).extracting(message -> ((GapAwareTrackingToken) message.trackingToken()).getIndex())
                           .containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(tracked).extracting(message -> ((DomainEventMessage<?>) message).getAggregateIdentifier())
                           .containsExactly("a", "b", "b", "a", "a");
    }

    private static DomainEventMessage<?> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>(History.AGGREGATE_TYPE, aggregate, sequence,
                                               new ProgressRecorded(aggregate, sequence, null, "note"));
    }
}
