package org.agreementtracker.classification;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.readmodel.ByIds;
import org.agreementtracker.readmodel.Values;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads {@value ClassificationProjection#COLLECTION}: the classifications of the agreements asked for. */
public class Classifications {

    static final String CLASSIFICATION = "classification";
    static final String DECLASSIFY_ON = "declassifyOn";
    static final String MILESTONES = "milestones";
    static final String REPORTS = "reports";
    static final String REVIEWS = "reviews";
    static final String PLAIN = "plain";

    private final MongoCollection<Document> collection;
    private final MongoCollection<Document> exceptions;

    public Classifications(MongoDatabase database) {
        this.collection = database.getCollection(ClassificationProjection.COLLECTION);
        this.exceptions = database.getCollection(ClassificationProjection.EXCEPTIONS);
    }

    /** Those of {@code agreementIds} known here; an agreement missing from the answer is not classified yet. */
    public Map<String, AgreementClassification> of(Collection<String> agreementIds) {
        Map<String, AgreementClassification> found = new HashMap<>();
        for (Document document : ByIds.find(collection, List.copyOf(agreementIds), null)) {
            found.put(document.getString("_id"), classification(document));
        }
        return found;
    }

    public AgreementClassification of(String agreementId) {
        return of(List.of(agreementId)).get(agreementId);
    }

    /**
     * The agreements a reader cleared for {@code levels} may not read all of, perhaps with some they may: those that
     * are not plain ({@link ClassificationProjection}) or whose level is not one of {@code levels}. For a reader
     * cleared for the default level ({@code withDefault}) they are among the few exceptions the projection lists; for
     * one below it, every agreement is looked at. An exception whose document is not written yet is returned without
     * it ({@code null}): withheld.
     */
    public Map<String, AgreementClassification> beyond(List<String> levels, boolean withDefault) {
        if (withDefault) {
            List<String> ids = new ArrayList<>();
            exceptions.find().projection(Projections.include("_id")).forEach(id -> ids.add(id.getString("_id")));
            Map<String, AgreementClassification> found = of(ids);
            ids.forEach(id -> found.putIfAbsent(id, null));
            return found;
        }
        List<Bson> conditions = new ArrayList<>();
        conditions.add(Filters.eq(PLAIN, false));
        conditions.add(Filters.and(Filters.exists(CLASSIFICATION + ".level"),
                                   Filters.nin(CLASSIFICATION + ".level", levels)));
        conditions.add(Filters.eq(CLASSIFICATION, null));
        Map<String, AgreementClassification> found = new HashMap<>();
        for (Document document : collection.find(Filters.or(conditions))) {
            found.put(document.getString("_id"), classification(document));
        }
        return found;
    }

    /** The agreements whose declassification is due by {@code today}. */
    public List<String> dueForDeclassification(LocalDate today) {
        List<String> due = new ArrayList<>();
        for (Document document : collection.find(Filters.and(Filters.ne(DECLASSIFY_ON, null),
                                                             Filters.lte(DECLASSIFY_ON, Values.date(today))))
                                           .projection(Projections.include("_id"))) {
            due.add(document.getString("_id"));
        }
        return due;
    }

    private static AgreementClassification classification(Document document) {
        return new AgreementClassification(Values.classification(document.get(CLASSIFICATION)),
                                           Values.date(document.get(DECLASSIFY_ON)), items(document, MILESTONES),
                                           items(document, REPORTS), items(document, REVIEWS));
    }

    private static Map<String, Classification> items(Document document, String field) {
        Map<String, Classification> items = new HashMap<>();
        Document stored = document.get(field, Document.class);
        if (stored != null) {
            stored.forEach((id, own) -> items.put(id, Values.classification(own)));
        }
        return items;
    }
}
