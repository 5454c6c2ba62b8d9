package org.agreementtracker.readmodel;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;

/**
 * Read models of tens of thousands of rows for the skipped timing tests: through the projections they would take
 * minutes to set up, so one row the projection wrote is copied and varied, and the postings are written to match.
 */
public final class CopiedRows {

    private static final int INSERTS_PER_BATCH = 1000;

    private CopiedRows() {
    }

    /** The one row the projection wrote into {@code rows}, taken out so that only copies remain. */
    public static Document takeTemplate(MongoCollection<Document> rows) {
        Document template = rows.find().first();
        rows.deleteMany(new Document());
        return template;
    }

    /**
     * Inserts {@code count} copies of {@code template}, the i-th changed by {@code vary}, and replaces what
     * {@code postings} holds by the postings of the copies, as the projection would have left them.
     */
    public static void insert(MongoCollection<Document> rows, Document template, int count,
                              ObjIntConsumer<Document> vary, Function<Document, Map<String, Set<String>>> facetsOf,
                              Postings postings) {
        List<Document> batch = new ArrayList<>();
        Map<String, List<String>> keysByFacet = new HashMap<>();
        for (int i = 0; i < count; i++) {
            Document copy = Document.parse(template.toJson());
            vary.accept(copy, i);
            batch.add(copy);
            facetsOf.apply(copy).forEach((key, facets) -> facets.forEach(
                    facet -> keysByFacet.computeIfAbsent(facet, f -> new ArrayList<>()).add(key)));
            if (batch.size() == INSERTS_PER_BATCH) {
                rows.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            rows.insertMany(batch);
        }
        postings.clear();
        keysByFacet.forEach(postings::addAll);
    }
}
