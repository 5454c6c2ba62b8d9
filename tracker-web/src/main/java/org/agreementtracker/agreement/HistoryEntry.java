package org.agreementtracker.agreement;

import io.swagger.v3.oas.annotations.media.Schema;
import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.actor.MetadataKeys;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One event of an agreement's history, as recorded.
 *
 * @param position      its position in the whole event log
 * @param sequence      its number within the agreement (the agreement's version after it)
 * @param type          what happened, e.g. {@code AgreementSigned}
 * @param recordedAt    when the tracker recorded it
 * @param occurredOn    the business date the submitter stated
 * @param actor         who caused it; {@code null} for the tracker itself
 * @param correlationId the request (or other message) that caused it
 * @param payload       the event's fields
 * @param hash          the audit chain's hash of the commit that holds the event ({@code GET /audit/verify}); absent
 *                      for the moment between the event's recording and the chain's reaching it
 */
public record HistoryEntry(Long position,
                           long sequence,
                           String type,
                           Instant recordedAt,
                           LocalDate occurredOn,
                           @Schema(nullable = true) Actor actor,
                           String correlationId,
                           Object payload,
                           @Schema(nullable = true) String hash) {

    static HistoryEntry of(DomainEventMessage<?> event, Map<Long, String> chainHashes) {
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
    static Long positionOf(DomainEventMessage<?> event) {
        return event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null)
                : null;
    }
}
