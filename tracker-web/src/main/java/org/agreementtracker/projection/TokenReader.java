package org.agreementtracker.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads where a processor stands from the token store's documents without claiming anything, as Axon's
 * {@code TokenStore} cannot (its {@code fetchToken} claims the segment). The documents are those of axon-mongo's
 * {@code MongoTokenStore}: {@code processorName, segment, owner, timestamp, token (bytes), tokenType}. The collection
 * holds a few documents per processor, so a read is cheap even where it scans.
 */
final class TokenReader {

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;

    TokenReader(MongoCollection<Document> tokens, Serializer serializer) {
        this.tokens = tokens;
        this.serializer = serializer;
    }

    /** One segment's stored position; empty when the segment has not handled anything yet. */
    record StoredSegment(int segment, String owner, OptionalLong position) {
    }

    List<StoredSegment> segmentsOf(String processorName) {
        List<StoredSegment> segments = new ArrayList<>();
        for (Document document : tokens.find(Filters.eq("processorName", processorName))) {
            segments.add(new StoredSegment(document.getInteger("segment", 0), document.getString("owner"),
                                           positionOf(document)));
        }
        return segments;
    }

    private OptionalLong positionOf(Document document) {
        Binary token = document.get("token", Binary.class);
        String type = document.getString("tokenType");
        if (token == null || type == null) {
            return OptionalLong.empty();
        }
        TrackingToken trackingToken = serializer.deserialize(
                new SimpleSerializedObject<>(token.getData(), byte[].class, type, null));
        return trackingToken == null ? OptionalLong.empty() : trackingToken.position();
    }
}
