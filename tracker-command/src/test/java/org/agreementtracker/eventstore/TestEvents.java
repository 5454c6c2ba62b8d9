package org.agreementtracker.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Domain events for storage tests: the payload names the aggregate and sequence number, so failures read well. */
final class TestEvents {

    static final String TYPE = "Agreement";

    private TestEvents() {
    }

    static DomainEventMessage<String> event(String aggregateId, long sequenceNumber) {
        return event(aggregateId, sequenceNumber, Instant.now());
    }

    static DomainEventMessage<String> event(String aggregateId, long sequenceNumber, Instant timestamp) {
        return new GenericDomainEventMessage<>(TYPE, aggregateId, sequenceNumber,
                                               aggregateId + "#" + sequenceNumber, MetaData.emptyInstance(),
                                               UUID.randomUUID().toString(), timestamp);
    }

    /** {@code count} consecutive events of one aggregate, from {@code firstSequenceNumber} on: one commit. */
    static List<DomainEventMessage<?>> events(String aggregateId, long firstSequenceNumber, int count) {
        List<DomainEventMessage<?>> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(event(aggregateId, firstSequenceNumber + i));
        }
        return events;
    }

    /** The global position a tracking reader was given with the event. */
    static long positionOf(TrackedEventMessage<?> event) {
        return event.trackingToken().position().orElseThrow();
    }
}
