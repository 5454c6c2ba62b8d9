package org.agreementtracker.eventstore;

import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.Sealing;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One stored commit: the events of one unit of work, at the consecutive global positions {@code first..last}.
 * <p>
 * The document is {@code {_id: last, first, ts, streams: [{id, seq}], events: [...]}}; {@code streams} holds, for
 * each aggregate in the commit, its id and the sequence number of its first event here, and a unique index on it is
 * the optimistic lock. A fence ({@code fence: reason}, no events) fills positions that will never hold events.
 */
record Commit(long first, long last, Instant recordedAt, List<BsonDocument> events) {

    static final String ID = "_id";
    static final String FIRST = "first";
    static final String RECORDED_AT = "ts";
    static final String STREAMS = "streams";
    static final String EVENTS = "events";
    static final String FENCE = "fence";

    static final String STREAM_ID = "id";
    static final String STREAM_SEQ = "seq";

    private static final String EVENT_ID = "id";
    private static final String PAYLOAD_TYPE = "type";
    private static final String PAYLOAD_REVISION = "rev";
    private static final String TIMESTAMP = "ts";
    private static final String AGGREGATE_TYPE = "aggregateType";
    private static final String AGGREGATE_ID = "aggregateId";
    private static final String SEQUENCE = "seq";
    private static final String PAYLOAD = "payload";
    /** The keys a sealed payload was sealed with, innermost first ({@link Sealing}); absent: not sealed. */
    private static final String SEALED_WITH = "sealed";
    private static final String META_DATA = "meta";

    static BsonDocument streamKey(String aggregateId, long sequenceNumber) {
        return new BsonDocument(STREAM_ID, new BsonString(aggregateId)).append(STREAM_SEQ, new BsonInt64(sequenceNumber));
    }

    /**
     * Serializes the events of one unit of work, sealing the payload of each whose content is classified; positions
     * are assigned later, by {@link #toDocument}.
     */
    static List<BsonDocument> serialize(List<? extends EventMessage<?>> events, Serializer serializer,
                                        Sealing sealing) {
        List<BsonDocument> documents = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            SerializedObject<String> payload = event.serializePayload(serializer, String.class);
            SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
            BsonDocument document = new BsonDocument(EVENT_ID, new BsonString(event.getIdentifier()))
                    .append(PAYLOAD_TYPE, new BsonString(payload.getType().getName()));
            if (payload.getType().getRevision() != null) {
                document.append(PAYLOAD_REVISION, new BsonString(payload.getType().getRevision()));
            }
            document.append(TIMESTAMP, new BsonDateTime(event.getTimestamp().toEpochMilli()));
            if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
                if (domainEvent.getType() != null) {
                    document.append(AGGREGATE_TYPE, new BsonString(domainEvent.getType()));
                }
                document.append(AGGREGATE_ID, new BsonString(domainEvent.getAggregateIdentifier()))
                        .append(SEQUENCE, new BsonInt64(domainEvent.getSequenceNumber()));
            }
            Sealing.Sealed sealed = sealing.seal(event.getIdentifier(), payload.getData(),
                                                 Classification.ofContent(event.getMetaData()));
            if (sealed == null) {
                document.append(PAYLOAD, BsonPayloads.fromJson(payload.getData()));
            } else {
                BsonArray sealedWith = new BsonArray();
                sealed.sealedWith().forEach(key -> sealedWith.add(new BsonString(key)));
                document.append(SEALED_WITH, sealedWith).append(PAYLOAD, new BsonBinary(sealed.data()));
            }
            document.append(META_DATA, BsonPayloads.fromJson(metaData.getData()));
            documents.add(document);
        }
        return documents;
    }

    /** For each aggregate in the commit, its id and the sequence number of its first event: the optimistic lock. */
    static BsonArray streamsOf(List<BsonDocument> events) {
        Map<String, Long> firstSequenceByAggregate = new LinkedHashMap<>();
        for (BsonDocument event : events) {
            if (event.containsKey(AGGREGATE_ID)) {
                firstSequenceByAggregate.merge(event.getString(AGGREGATE_ID).getValue(),
                                               event.getInt64(SEQUENCE).getValue(), Math::min);
            }
        }
        BsonArray streams = new BsonArray();
        firstSequenceByAggregate.forEach((id, seq) -> streams.add(streamKey(id, seq)));
        return streams;
    }

    static Commit of(BsonDocument document) {
        List<BsonDocument> events = new ArrayList<>();
        BsonArray stored = document.getArray(EVENTS, new BsonArray());
        for (BsonValue event : stored) {
            events.add(event.asDocument());
        }
        return new Commit(document.getInt64(FIRST).getValue(),
                          document.getInt64(ID).getValue(),
                          Instant.ofEpochMilli(document.getDateTime(RECORDED_AT).getValue()),
                          events);
    }

    BsonDocument toDocument() {
        BsonDocument document = new BsonDocument(ID, new BsonInt64(last))
                .append(FIRST, new BsonInt64(first))
                .append(RECORDED_AT, new BsonDateTime(recordedAt.toEpochMilli()));
        BsonArray streams = streamsOf(events);
        if (!streams.isEmpty()) {
            document.append(STREAMS, streams);
        }
        return document.append(EVENTS, new BsonArray(events));
    }

    static BsonDocument fence(long first, long last, Instant recordedAt, String reason) {
        return new BsonDocument(ID, new BsonInt64(last))
                .append(FIRST, new BsonInt64(first))
                .append(RECORDED_AT, new BsonDateTime(recordedAt.toEpochMilli()))
                .append(FENCE, new BsonString(reason));
    }

    boolean covers(long position) {
        return first <= position && position <= last;
    }

    long positionOf(int index) {
        return first + index;
    }

    private static String payloadOf(BsonDocument event, Sealing sealing) {
        BsonValue sealedWith = event.get(SEALED_WITH);
        if (sealedWith == null || !sealedWith.isArray()) {
            return BsonPayloads.toJson(event.get(PAYLOAD));
        }
        try {
            return sealing.open(event.getString(EVENT_ID).getValue(),
                                sealedWith.asArray().stream().map(key -> key.asString().getValue()).toList(),
                                event.getBinary(PAYLOAD).getData());
        } catch (IllegalStateException e) {
            throw new EventStoreException(e.getMessage(), e);
        }
    }

    /** The classification of a stored event's content, as its metadata states it ({@code null}: none). */
    static Classification contentOfEvent(BsonDocument event) {
        BsonValue metaData = event.get(META_DATA);
        return metaData != null && metaData.isDocument() ? contentOf(metaData.asDocument()) : null;
    }

    /** The classification that serialized metadata states for an event's content ({@code null}: none). */
    static Classification contentOf(BsonDocument metaData) {
        Map<String, String> entries = new LinkedHashMap<>();
        metaData.forEach((key, value) -> {
            if (value.isString()) {
                entries.put(key, value.asString().getValue());
            }
        });
        return Classification.ofContent(entries);
    }

    static String aggregateIdOf(BsonDocument event) {
        return event.containsKey(AGGREGATE_ID) ? event.getString(AGGREGATE_ID).getValue() : null;
    }

    static long sequenceOf(BsonDocument event) {
        return event.getInt64(SEQUENCE).getValue();
    }

    static Instant timestampOf(BsonDocument event) {
        return Instant.ofEpochMilli(event.getDateTime(TIMESTAMP).getValue());
    }

    /** The event as Axon's storage SPI expects it, its payload opened; non-domain events carry no aggregate. */
    static GenericDomainEventEntry<String> toEntry(BsonDocument event, Sealing sealing) {
        String aggregateId = aggregateIdOf(event);
        return new GenericDomainEventEntry<>(
                event.containsKey(AGGREGATE_TYPE) ? event.getString(AGGREGATE_TYPE).getValue() : null,
                aggregateId,
                aggregateId == null ? 0L : sequenceOf(event),
                event.getString(EVENT_ID).getValue(),
                timestampOf(event),
                event.getString(PAYLOAD_TYPE).getValue(),
                event.containsKey(PAYLOAD_REVISION) ? event.getString(PAYLOAD_REVISION).getValue() : null,
                payloadOf(event, sealing),
                BsonPayloads.toJson(event.get(META_DATA)));
    }
}
