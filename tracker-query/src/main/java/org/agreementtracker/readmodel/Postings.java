package org.agreementtracker.readmodel;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * An inverted index kept beside a read model: for each facet (such as {@code "status:IN_FORCE"} or
 * {@code "sector:TRADE"}), the keys of the documents that have it, in documents
 * {@code {_id: facet or facet#shard, facet, keys: [..]}}. The embedded store scans a whole collection for any filter
 * but {@code _id}; with postings, a filtered list reads a few documents by {@code _id} and intersects their keys, and
 * a count is the size of a posting.
 * <p>
 * Keys are added with {@code $addToSet} and removed with {@code $pull}, so repeating a change changes nothing and
 * changes to one facet by different agreements (from different processor segments) never overwrite one another.
 * A projection moves its keys to their new facets before it saves the document whose version says the event is
 * applied: after a crash in between, the redelivered event moves them again, to the same place.
 * <p>
 * A facet that may gather many keys (every agreement in force, every live milestone) is spread over
 * {@value #SHARDS} documents by the key's hash, so that no update rewrites one ever-growing document; small facets
 * (one per due date) stay in one document each, so that counting them all reads few documents.
 * <p>
 * In a processor that writes in batches ({@link BatchWrites}) the moves of a batch are summed up per posting
 * document (a key moved in and out again is not written at all) and sent in one {@code bulkWrite}.
 */
public final class Postings {

    static final int SHARDS = 16;

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> collection;
    private final Predicate<String> sharded;

    /** Postings with every facet in one document. */
    public Postings(MongoCollection<Document> collection) {
        this(collection, facet -> false);
    }

    /** Postings with the facets {@code sharded} accepts spread over {@value #SHARDS} documents. */
    public Postings(MongoCollection<Document> collection, Predicate<String> sharded) {
        this.collection = collection;
        this.sharded = sharded;
    }

    /** Moves every key from the facets it had ({@code before}) to those it has now ({@code after}). */
    public void move(Map<String, Set<String>> before, Map<String, Set<String>> after) {
        BatchWrites batch = BatchWrites.current();
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            Set<String> had = before.getOrDefault(key, Set.of());
            Set<String> has = after.getOrDefault(key, Set.of());
            for (String facet : had) {
                if (!has.contains(facet)) {
                    if (batch == null) {
                        collection.updateOne(Filters.eq("_id", id(facet, key)), Updates.pull("keys", key));
                    } else {
                        pending(batch).put(facet, key, false);
                    }
                }
            }
            for (String facet : has) {
                if (!had.contains(facet)) {
                    if (batch == null) {
                        add(facet, key);
                    } else {
                        pending(batch).put(facet, key, true);
                    }
                }
            }
        }
    }

    private PendingMoves pending(BatchWrites batch) {
        return batch.sideIndex(this, PendingMoves::new);
    }

    /** For each posting document a batch changes: its facet, and each key moved with whether it ends up in. */
    private final class PendingMoves implements BatchWrites.Pending {

        private final Map<String, String> facets = new LinkedHashMap<>();
        private final Map<String, Map<String, Boolean>> moves = new HashMap<>();

        void put(String facet, String key, boolean in) {
            String id = id(facet, key);
            facets.put(id, facet);
            moves.computeIfAbsent(id, any -> new LinkedHashMap<>()).put(key, in);
        }

        @Override
        public void write() {
            List<UpdateOneModel<Document>> updates = new ArrayList<>();
            facets.forEach((id, facet) -> {
                List<String> in = new ArrayList<>();
                List<String> out = new ArrayList<>();
                moves.get(id).forEach((key, isIn) -> (isIn ? in : out).add(key));
                if (!out.isEmpty()) {
                    updates.add(new UpdateOneModel<>(Filters.eq("_id", id), Updates.pullAll("keys", out)));
                }
                if (!in.isEmpty()) {
                    updates.add(new UpdateOneModel<>(Filters.eq("_id", id), Updates.combine(
                            Updates.set("facet", facet), Updates.addEachToSet("keys", in)), UPSERT));
                }
            });
            if (updates.isEmpty()) {
                return;
            }
            try {
                collection.bulkWrite(updates, new BulkWriteOptions().ordered(false));
            } catch (MongoBulkWriteException e) {
                // two upserts of a new posting at once (another segment): one inserted it, the other now finds it
                for (BulkWriteError error : e.getWriteErrors()) {
                    if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                        throw e;
                    }
                }
                for (BulkWriteError error : e.getWriteErrors()) {
                    UpdateOneModel<Document> failed = updates.get(error.getIndex());
                    collection.updateOne(failed.getFilter(), failed.getUpdate());
                }
            }
        }
    }

    /**
     * True for a posting document that holds no key: it means what no document means. Moving keys one event at a
     * time leaves one behind when a key moves in and out again; a batch that does both writes none.
     */
    public static boolean empty(Document posting) {
        return posting.get("keys") instanceof List<?> keys && keys.isEmpty();
    }

    private String id(String facet, String key) {
        return sharded.test(facet) ? facet + "#" + Math.floorMod(key.hashCode(), SHARDS) : facet;
    }

    private List<String> ids(String facet) {
        if (!sharded.test(facet)) {
            return List.of(facet);
        }
        List<String> ids = new ArrayList<>(SHARDS);
        for (int shard = 0; shard < SHARDS; shard++) {
            ids.add(facet + "#" + shard);
        }
        return ids;
    }

    private void add(String facet, String key) {
        String id = id(facet, key);
        try {
            collection.updateOne(Filters.eq("_id", id),
                                 Updates.combine(Updates.set("facet", facet), Updates.addToSet("keys", key)), UPSERT);
        } catch (MongoWriteException e) {
            // two upserts of a new posting at once: one inserted it, the other now finds it
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            collection.updateOne(Filters.eq("_id", id), Updates.addToSet("keys", key));
        }
    }

    /** Adds {@code keys} to {@code facet} at once, as loading many documents would. */
    public void addAll(String facet, List<String> keys) {
        Map<String, List<String>> byId = new HashMap<>();
        for (String key : keys) {
            byId.computeIfAbsent(id(facet, key), id -> new ArrayList<>()).add(key);
        }
        byId.forEach((id, some) -> collection.updateOne(
                Filters.eq("_id", id),
                Updates.combine(Updates.set("facet", facet), Updates.addEachToSet("keys", some)), UPSERT));
    }

    /** The keys that have every one of {@code facets}, in key order. */
    public List<String> keysWithAll(List<String> facets) {
        Map<String, List<String>> postings = keysOf(facets);
        List<List<String>> bySize = new ArrayList<>();
        for (String facet : Set.copyOf(facets)) {
            List<String> keys = postings.get(facet);
            if (keys == null) {
                return List.of();
            }
            bySize.add(keys);
        }
        bySize.sort((a, b) -> Integer.compare(a.size(), b.size()));
        Set<String> keys = new TreeSet<>(bySize.get(0));
        for (List<String> posting : bySize.subList(1, bySize.size())) {
            keys.retainAll(new HashSet<>(posting));
        }
        return List.copyOf(keys);
    }

    /** The keys of each of {@code facets} that has any, sorted. */
    public Map<String, List<String>> keysOf(List<String> facets) {
        List<String> ids = new ArrayList<>();
        for (String facet : facets) {
            ids.addAll(ids(facet));
        }
        Map<String, List<String>> keys = new HashMap<>();
        for (Document posting : ByIds.find(collection, ids, null)) {
            List<String> stored = posting.getList("keys", String.class);
            if (!stored.isEmpty()) {
                keys.computeIfAbsent(posting.getString("facet"), facet -> new ArrayList<>()).addAll(stored);
            }
        }
        keys.values().forEach(list -> list.sort(null));
        return keys;
    }

    /** How many keys each facet has, for every facet with at least one. */
    public Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (Document size : collection.aggregate(List.of(Aggregates.project(Projections.fields(
                Projections.include("facet"), Projections.computed("n", new Document("$size", "$keys"))))))) {
            int n = ((Number) size.get("n")).intValue();
            if (n > 0) {
                sizes.merge(size.getString("facet"), n, Integer::sum);
            }
        }
        return sizes;
    }

    public void clear() {
        collection.deleteMany(new Document());
    }
}
