package org.agreementtracker.eventstore;

import org.agreementtracker.api.history.UnreadableHistoryException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * An event-sourcing handler that fails while an aggregate is loaded from its history (its payload no longer reads,
 * or the handler refuses it) fails as {@link UnreadableHistoryException}, naming the aggregate and the event, instead
 * of whatever the JSON library or the handler threw: every command to that aggregate is then refused in those words
 * until the event is repaired or upcast. Applied to every aggregate through {@code META-INF/services}, so the test
 * fixtures have it too.
 */
public class ApplyingHistory implements HandlerEnhancerDefinition {

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        return original.annotationAttributes(EventSourcingHandler.class).isPresent()
                ? new Failing<>(original) : original;
    }

    private static final class Failing<T> extends WrappedMessageHandlingMember<T> {

        Failing(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            try {
                return super.handle(message, target);
            } catch (Exception failure) {
                // a new event applied by a command handler (live) failing is a bug of that handler, not history
                if (message instanceof DomainEventMessage<?> event && !AggregateLifecycle.isLive()) {
                    throw new UnreadableHistoryException(event.getAggregateIdentifier(), event.getSequenceNumber(),
                                                         event.getPayloadType().getSimpleName(), failure);
                }
                throw failure;
            }
        }
    }
}
