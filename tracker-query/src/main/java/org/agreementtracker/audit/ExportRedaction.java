package org.agreementtracker.audit;

import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.Clearance;
import org.agreementtracker.api.classification.Withheld;
import org.agreementtracker.classification.Redaction;
import org.bson.BsonDocument;
import org.bson.BsonValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which events of an export its reader may not read: an event of an agreement is judged by the most particular item
 * its payload names, a report, a review, a milestone or else the agreement ({@link Redaction.View#withheld}), with
 * the classification each has now. A sealed event (its payload ciphertext in the store) names only its agreement, as
 * its aggregate; it is withheld unless the reader may read that agreement now and the content as classified when it
 * was recorded (its metadata states it). Looked up a window of commits at a time, so an export of a long log asks the
 * read model once per window, not once per event.
 */
public final class ExportRedaction {

    private static final String PAYLOAD = "payload";
    private static final String SEALED_WITH = "sealed";
    private static final String AGGREGATE_ID = "aggregateId";
    private static final String META_DATA = "meta";
    private static final String AGREEMENT_ID = "agreementId";
    private static final String MILESTONE_ID = "milestoneId";
    private static final String REPORT_ID = "reportId";
    private static final String REVIEW_ID = "reviewId";
    private static final String EVIDENCE = "evidence";
    private static final String CLASSIFICATION = "classification";

    private final Redaction redaction;
    private final Clearance reader;

    private ExportRedaction(Redaction redaction, Clearance reader) {
        this.redaction = redaction;
        this.reader = reader;
    }

    /** The export as {@code reader} may read it. */
    public static ExportRedaction forReader(Redaction redaction, Clearance reader) {
        return new ExportRedaction(redaction, reader);
    }

    /** What to withhold of the events of {@code commits}: {@code null} for an event the reader may read. */
    Function<BsonDocument, Withheld> of(Collection<BsonDocument> commits) {
        if (redaction.readsEverything(reader)) {
            return event -> null;
        }
        Set<String> agreements = new HashSet<>();
        for (BsonDocument commit : commits) {
            if (StoredCommits.eventCount(commit) > 0) {
                commit.getArray(StoredCommits.EVENTS).forEach(event -> {
                    String agreementId = agreementOf(event.asDocument());
                    if (agreementId != null) {
                        agreements.add(agreementId);
                    }
                });
            }
        }
        Redaction.View view = redaction.view(reader, agreements);
        return event -> {
            if (event.containsKey(SEALED_WITH)) {
                return sealed(event, view);
            }
            BsonDocument payload = payloadOf(event);
            String agreementId = text(payload, AGREEMENT_ID);
            if (agreementId == null) {
                return null;
            }
            return view.withheld(agreementId, text(payload, MILESTONE_ID), text(payload, REPORT_ID),
                                 text(payload, REVIEW_ID), evidence(payload));
        };
    }

    private Withheld sealed(BsonDocument event, Redaction.View view) {
        Withheld ofAgreement = view.withheld(text(event, AGGREGATE_ID), null, null, null, List.of());
        if (ofAgreement != null) {
            return ofAgreement;
        }
        BsonValue metaData = event.get(META_DATA);
        Map<String, String> stated = new HashMap<>();
        if (metaData != null && metaData.isDocument()) {
            metaData.asDocument().forEach((key, value) -> {
                if (value.isString()) {
                    stated.put(key, value.asString().getValue());
                }
            });
        }
        Classification content = Classification.ofContent(stated);
        return content == null || redaction.allows(reader, content) ? null : Withheld.beyond(content);
    }

    private static String agreementOf(BsonDocument event) {
        return event.containsKey(SEALED_WITH) ? text(event, AGGREGATE_ID) : text(payloadOf(event), AGREEMENT_ID);
    }

    /** The own classifications of the evidence a report's payload carries ({@code null}: the report's). */
    private static List<Classification> evidence(BsonDocument payload) {
        BsonValue evidence = payload.get(EVIDENCE);
        List<Classification> classifications = new ArrayList<>();
        if (evidence != null && evidence.isArray()) {
            for (BsonValue item : evidence.asArray()) {
                BsonValue own = item.isDocument() ? item.asDocument().get(CLASSIFICATION) : null;
                classifications.add(own == null || !own.isDocument() ? null : classification(own.asDocument()));
            }
        }
        return classifications;
    }

    private static Classification classification(BsonDocument stored) {
        return new Classification(text(stored, "level"), strings(stored, "compartments"),
                                  strings(stored, "releasableTo"));
    }

    private static List<String> strings(BsonDocument document, String field) {
        BsonValue values = document.get(field);
        return values == null || !values.isArray() ? List.of()
                : values.asArray().stream().filter(BsonValue::isString).map(value -> value.asString().getValue())
                        .toList();
    }

    private static BsonDocument payloadOf(BsonDocument event) {
        BsonValue payload = event.get(PAYLOAD);
        return payload != null && payload.isDocument() ? payload.asDocument() : null;
    }

    private static String text(BsonDocument payload, String field) {
        BsonValue value = payload == null ? null : payload.get(field);
        return value != null && value.isString() ? value.asString().getValue() : null;
    }
}
