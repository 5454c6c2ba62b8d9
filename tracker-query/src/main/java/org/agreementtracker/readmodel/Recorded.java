package org.agreementtracker.readmodel;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;

/**
 * What a fold needs of an event message besides its payload: the sequence number in its agreement's stream, when the
 * tracker recorded it, and its metadata (who caused it).
 */
public record Recorded(long sequence, Instant recordedAt, MetaData metaData) {

    public static Recorded of(EventMessage<?> message) {
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
        return new Recorded(sequence, message.getTimestamp(), message.getMetaData());
    }
}
