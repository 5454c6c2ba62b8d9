package org.agreementtracker.history;

import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.actor.MetadataKeys;
import org.agreementtracker.api.history.FindAgreementHistory;
import org.agreementtracker.api.history.HistoryEntry;
import org.agreementtracker.audit.RecordedChain;
import org.agreementtracker.classification.Redaction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An agreement's history as recorded: every event of its stream (upcast as the aggregate reads it), oldest first,
 * with the audit chain's hash of each. The one way to read it, for the API and the agreement's page.
 */
public class AgreementHistories {

    private final EventStorageEngine events;
    private final RecordedChain chain;
    private final Redaction redaction;

    public AgreementHistories(EventStorageEngine events, RecordedChain chain, Redaction redaction) {
        this.events = events;
        this.chain = chain;
        this.redaction = redaction;
    }

    /** The history as the reader the query's metadata names may read it ({@link Redaction#history}). */
    @QueryHandler
    public List<HistoryEntry> find(FindAgreementHistory query, MetaData metaData) {
        return redaction.history(query.agreementId(), all(query), redaction.readerOf(metaData));
    }

    private List<HistoryEntry> all(FindAgreementHistory query) {
        List<? extends DomainEventMessage<?>> stream = events.readEvents(query.agreementId(), 0).asStream().toList();
        Map<Long, String> hashes = chain.hashesOf(stream.stream().map(AgreementHistories::positionOf)
                                                        .filter(Objects::nonNull).toList());
        return stream.stream().map(event -> entry(event, hashes)).toList();
    }

    private static HistoryEntry entry(DomainEventMessage<?> event, Map<Long, String> chainHashes) {
        Long position = positionOf(event);
        Object occurredOn = event.getMetaData().get(MetadataKeys.OCCURRED_ON);
        Object correlationId = event.getMetaData().get(MetadataKeys.CORRELATION_ID);
        return new HistoryEntry(position, event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                                event.getTimestamp(),
                                occurredOn == null ? null : LocalDate.parse(occurredOn.toString()),
                                Actor.fromMetadata(event.getMetaData()),
                                correlationId == null ? null : correlationId.toString(),
                                payloadOf(event),
                                position == null ? null : chainHashes.get(position));
    }

    /**
     * The event's fields; for an event whose payload no longer reads (its projections park it, its aggregate refuses
     * commands), what is wrong with it instead, so that the rest of the history still answers.
     */
    private static Object payloadOf(DomainEventMessage<?> event) {
        try {
            return event.getPayload();
        } catch (RuntimeException unreadable) {
            return Map.of("unreadable", "The recorded payload cannot be read: " + unreadable.getClass().getSimpleName());
        }
    }

    /** The event's position in the whole log, when the store told it. */
    private static Long positionOf(DomainEventMessage<?> event) {
        return event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null)
                : null;
    }
}
