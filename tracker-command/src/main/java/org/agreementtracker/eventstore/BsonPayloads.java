package org.agreementtracker.eventstore;

import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Turns the JSON text an Axon JSON serializer writes into BSON values and back, so that payloads and metadata are
 * stored as documents any MongoDB tool can read and query, not as escaped strings. The driver's own JSON reader and
 * writer do the work; a payload need not be an object (a bare string is a valid event), hence the one-field wrapper.
 */
final class BsonPayloads {

    private static final String WRAPPER = "v";
    private static final String WRAPPER_PREFIX = "{\"" + WRAPPER + "\": ";
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder()
                                                                         .outputMode(JsonMode.RELAXED)
                                                                         .build();

    private BsonPayloads() {
    }

    static BsonValue fromJson(String json) {
        return BsonDocument.parse(WRAPPER_PREFIX + json + "}").get(WRAPPER);
    }

    static String toJson(BsonValue value) {
        if (value.isDocument()) {
            return value.asDocument().toJson(RELAXED);
        }
        String wrapped = new BsonDocument(WRAPPER, value).toJson(RELAXED);
        // {"v": <value>} -> <value>
        return wrapped.substring(wrapped.indexOf(':') + 1, wrapped.length() - 1).trim();
    }
}
