package org.agreementtracker.projection;

import com.mongodb.MongoException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * Which failures park an event: those of the event itself (a payload that cannot be read, a fold that refuses it).
 * A failure of the store is not the event's fault; it fails the batch instead, which the processor takes again once
 * the store answers, so that no event is parked for a network blip.
 */
final class ParkPoisonEvents implements EnqueuePolicy<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ParkPoisonEvents.class);

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        MongoException store = causes(cause).filter(MongoException.class::isInstance)
                                            .map(MongoException.class::cast).findFirst().orElse(null);
        if (store != null) {
            throw store;
        }
        EventMessage<?> event = letter.message();
        log.warn("Parking event {} ({}) and every later event of {}: {}", event.getIdentifier(),
                 event.getPayloadType().getSimpleName(),
                 event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : "its sequence",
                 cause.toString());
        return Decisions.enqueue(ThrowableCause.truncated(cause));
    }

    private static Stream<Throwable> causes(Throwable exception) {
        return Stream.iterate(exception, Objects::nonNull,
                              current -> current.getCause() == current ? null : current.getCause());
    }
}
