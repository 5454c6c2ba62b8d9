package org.agreementtracker.agreement;

import org.agreementtracker.api.agreement.AgreementRegistered;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an {@link AgreementRegistered} of revision 1, whose sectors were kept as typed ("Trade"), as revision 2, whose
 * sectors are upper-case codes ("TRADE"); two spellings of one sector become one. It works on the payload as the
 * event store delivers it (the stored BSON document as relaxed JSON text, read back into BSON here), before anything
 * is deserialized, so the aggregate, every projection and the history all see revision 2. Nothing stored is
 * rewritten.
 */
public class SectorCodesUpcaster extends SingleEventUpcaster {

    private static final String TYPE = AgreementRegistered.class.getName();
    private static final String SECTORS = "sectors";

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    /** A sector as revision 2 keeps it. */
    static String code(String sector) {
        return sector.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return TYPE.equals(event.getType().getName()) && "1".equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(TYPE, "2"), String.class, this::sectorsAsCodes);
    }

    private String sectorsAsCodes(String payload) {
        BsonDocument registered = BsonDocument.parse(payload);
        BsonValue sectors = registered.get(SECTORS);
        if (sectors != null && sectors.isArray()) {
            Set<String> codes = new LinkedHashSet<>();
            sectors.asArray().forEach(sector -> codes.add(code(sector.asString().getValue())));
            BsonArray upcast = new BsonArray();
            codes.forEach(code -> upcast.add(new BsonString(code)));
            registered.put(SECTORS, upcast);
        }
        return registered.toJson(RELAXED);
    }
}
