package org.agreementtracker.readmodel;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads documents by a list of {@code _id}s, in that order. The embedded store serves {@code $in} on {@code _id} from
 * its index but then tests every document found against the whole list, which costs the square of its length; so
 * the ids go in batches of {@value #BATCH}.
 */
public final class ByIds {

    static final int BATCH = 200;

    private ByIds() {
    }

    /** The documents with these ids that exist, in the order of {@code ids}; {@code projection} may be null. */
    public static List<Document> find(MongoCollection<Document> collection, List<String> ids, Bson projection) {
        Map<Object, Document> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            FindIterable<Document> batch = collection.find(
                    Filters.in("_id", ids.subList(from, Math.min(ids.size(), from + BATCH))));
            if (projection != null) {
                batch = batch.projection(projection);
            }
            for (Document document : batch) {
                found.put(document.get("_id"), document);
            }
        }
        List<Document> ordered = new ArrayList<>(found.size());
        for (String id : ids) {
            Document document = found.get(id);
            if (document != null) {
                ordered.add(document);
            }
        }
        return ordered;
    }
}
