package org.agreementtracker.history;

import org.agreementtracker.api.history.FindEventPosition;
import org.agreementtracker.api.history.FindRecordedEvent;
import org.agreementtracker.api.history.RecordedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.queryhandling.QueryHandler;

import java.util.Set;
import java.util.stream.Stream;

/**
 * Which event is recorded at a position of the log, read from the log itself through Axon's storage-engine interface
 * (a read from the position before it: an {@code _id} window, no scan). No event at a position that holds none: a
 * fence, a position not reached yet, or an event of no aggregate. And the other way: where an aggregate's event is
 * recorded (the storage engine hands out an aggregate's events with their tracking tokens).
 */
public class RecordedEvents {

    private final EventStorageEngine events;

    public RecordedEvents(EventStorageEngine events) {
        this.events = events;
    }

    @QueryHandler
    public RecordedEvent find(FindRecordedEvent query) {
        if (query.position() < 1) {
            return null;
        }
        GapAwareTrackingToken before = GapAwareTrackingToken.newInstance(query.position() - 1, Set.of());
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(before, false)) {
            return stream.findFirst()
                         .filter(event -> event.trackingToken().position().orElse(-1) == query.position())
                         .filter(DomainEventMessage.class::isInstance)
                         .map(DomainEventMessage.class::cast)
                         .map(event -> recorded(query.position(), event))
                         .orElse(null);
        }
    }

    @QueryHandler
    public RecordedEvent find(FindEventPosition query) {
        return events.readEvents(query.aggregateId(), query.sequence()).asStream()
                     .findFirst()
                     .filter(event -> event.getSequenceNumber() == query.sequence())
                     .filter(TrackedEventMessage.class::isInstance)
                     .flatMap(event -> ((TrackedEventMessage<?>) event).trackingToken().position().stream().boxed()
                                                                          .findFirst()
                                                                          .map(position -> recorded(position, event)))
                     .orElse(null);
    }

    private static RecordedEvent recorded(long position, DomainEventMessage<?> event) {
        return new RecordedEvent(position, event.getAggregateIdentifier(), event.getSequenceNumber(),
                                 event.getPayloadType().getName());
    }
}
