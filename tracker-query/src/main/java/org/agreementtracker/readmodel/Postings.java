package org.agreementtracker.readmodel;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An inverted index kept beside a read model: for each facet (such as {@code "status:IN_FORCE"} or
 * {@code "sector:TRADE"}), the keys of the documents that have it, in one document {@code {_id: facet, keys: [..]}}.
 * The embedded store scans a whole collection for any filter but {@code _id}; with postings, a filtered list reads a
 * few documents by {@code _id} and intersects their keys, and a count is the size of a posting.
 * <p>
 * Keys are added with {@code $addToSet} and removed with {@code $pull}, so repeating a change changes nothing and
 * changes to one facet by different agreements (from different processor segments) never overwrite one another.
 * A projection moves its keys to their new facets before it saves the document whose version says the event is
 * applied: after a crash in between, the redelivered event moves them again, to the same place.
 */
public final class Postings {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> collection;

    public Postings(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    /** Moves every key from the facets it had ({@code before}) to those it has now ({@code after}). */
    public void move(Map<String, Set<String>> before, Map<String, Set<String>> after) {
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            Set<String> had = before.getOrDefault(key, Set.of());
            Set<String> has = after.getOrDefault(key, Set.of());
            for (String facet : had) {
                if (!has.contains(facet)) {
                    collection.updateOne(Filters.eq("_id", facet), Updates.pull("keys", key));
                }
            }
            for (String facet : has) {
                if (!had.contains(facet)) {
                    add(facet, key);
                }
            }
        }
    }

    private void add(String facet, String key) {
        try {
            collection.updateOne(Filters.eq("_id", facet), Updates.addToSet("keys", key), UPSERT);
        } catch (MongoWriteException e) {
            // two upserts of a new facet at once: one inserted it, the other now finds it
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            collection.updateOne(Filters.eq("_id", facet), Updates.addToSet("keys", key));
        }
    }

    /** The keys that have every one of {@code facets}, in key order. */
    public List<String> keysWithAll(Collection<String> facets) {
        Map<String, List<String>> postings = new HashMap<>();
        for (Document posting : collection.find(Filters.in("_id", Set.copyOf(facets)))) {
            postings.put(posting.getString("_id"), posting.getList("keys", String.class));
        }
        if (postings.size() < Set.copyOf(facets).size()) {
            return List.of();
        }
        List<List<String>> bySize = new ArrayList<>(postings.values());
        bySize.sort((a, b) -> Integer.compare(a.size(), b.size()));
        Set<String> keys = new TreeSet<>(bySize.get(0));
        for (List<String> posting : bySize.subList(1, bySize.size())) {
            keys.retainAll(new HashSet<>(posting));
        }
        return List.copyOf(keys);
    }

    /** How many keys each facet has, for every facet with at least one. */
    public Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (Document size : collection.aggregate(List.of(Aggregates.project(Projections.computed(
                "n", new Document("$size", "$keys")))))) {
            int n = ((Number) size.get("n")).intValue();
            if (n > 0) {
                sizes.put(size.getString("_id"), n);
            }
        }
        return sizes;
    }

    public void clear() {
        collection.deleteMany(new Document());
    }
}
