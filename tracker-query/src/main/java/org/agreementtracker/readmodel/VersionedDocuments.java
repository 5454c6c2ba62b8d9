package org.agreementtracker.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A read model's collection whose documents each remember, in {@value #VERSION}, the sequence number of the last
 * event of their agreement they took in. An event at or below it has been applied already (a tracking processor
 * redelivers what it handled after its last stored token) and is ignored, so redelivery changes nothing.
 * <p>
 * Events name their agreement, so documents are found by a key: {@code _id} itself, or a field with a unique index
 * when {@code _id} must be something else (the board's {@code _id} orders its rows). Every write reads one document
 * by that key and replaces it by {@code _id}: exact matches on unique keys are the only accesses the embedded store
 * serves without scanning the collection. It takes no lock: the events of one agreement reach one processor segment,
 * which one node owns at a time (the token store's claim), so no two writers change one document at once.
 * <p>
 * In a processor that writes in batches ({@link BatchWrites}) a document is read once per batch, kept while the
 * batch's events change it, and written with the batch's other documents in one {@code bulkWrite}.
 */
public final class VersionedDocuments {

    /** The field holding the sequence number of the last event applied. */
    public static final String VERSION = "version";

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> collection;
    private final String key;

    /** Documents found by {@code _id}. */
    public VersionedDocuments(MongoCollection<Document> collection) {
        this(collection, "_id");
    }

    /** Documents found by {@code key}, a field made unique here. */
    public VersionedDocuments(MongoCollection<Document> collection, String key) {
        this.collection = collection;
        this.key = key;
        if (!"_id".equals(key)) {
            collection.createIndex(Indexes.ascending(key), new IndexOptions().unique(true));
        }
    }

    public MongoCollection<Document> collection() {
        return collection;
    }

    /** The document with this key, or {@code null}; as the batch being handled has left it, if there is one. */
    public Document find(Object keyValue) {
        BatchWrites batch = BatchWrites.current();
        return batch == null ? load(keyValue) : pending(batch).find(keyValue);
    }

    private Document load(Object keyValue) {
        return collection.find(Filters.eq(key, keyValue)).first();
    }

    /**
     * Applies the event with sequence number {@code sequence} to the document with key {@code keyValue}, unless that
     * document has taken it in already. If {@code change} throws, the document is as it was. {@code change} gets the current document ({@code null} when there is none;
     * it may change it in place) and returns the new one, or {@code null} to leave things as they are (an event about
     * something the read model never heard of). A new document found by a key other than {@code _id} must come with
     * its {@code _id}.
     */
    public void apply(Object keyValue, long sequence, UnaryOperator<Document> change) {
        Document current = find(keyValue);
        if (applied(current, sequence)) {
            return;
        }
        Object id = current == null ? null : current.get("_id");
        // within a batch the document is the batch's own; a change that fails half-way (an event the projection then
        // parks in its dead-letter queue) must leave it as the batch's earlier events made it
        Document changed = change.apply(BatchWrites.current() == null ? current : Values.copy(current));
        if (changed == null) {
            return;
        }
        if (id == null) {
            id = "_id".equals(key) ? keyValue : changed.get("_id");
        }
        if (id == null) {
            throw new IllegalStateException("A new document of " + collection.getNamespace() + " needs an _id");
        }
        changed.put(key, keyValue);
        save(id, changed.append(VERSION, sequence));
    }

    /** True when {@code document} has taken in the event with this sequence number, or a later one. */
    public static boolean applied(Document document, long sequence) {
        if (document == null) {
            return false;
        }
        Number version = document.get(VERSION, Number.class);
        return version != null && version.longValue() >= sequence;
    }

    /** Replaces (or inserts) the document {@code id}: now, or with the batch being handled. */
    public void save(Object id, Document document) {
        document.put("_id", id);
        BatchWrites batch = BatchWrites.current();
        if (batch == null) {
            collection.replaceOne(Filters.eq("_id", id), document, UPSERT);
        } else {
            pending(batch).save(id, document);
        }
    }

    private PendingDocuments pending(BatchWrites batch) {
        return batch.documents(this, PendingDocuments::new);
    }

    /** The documents a batch has read (by key) and changed (by {@code _id}). */
    private final class PendingDocuments implements BatchWrites.Pending {

        private final Map<Object, Document> read = new HashMap<>();
        private final Map<Object, Document> changed = new LinkedHashMap<>();

        Document find(Object keyValue) {
            if (!read.containsKey(keyValue)) {
                read.put(keyValue, load(keyValue));
            }
            return read.get(keyValue);
        }

        void save(Object id, Document document) {
            changed.put(id, document);
            read.put("_id".equals(key) ? id : document.get(key), document);
        }

        @Override
        public void write() {
            if (changed.isEmpty()) {
                return;
            }
            List<WriteModel<Document>> replacements = new ArrayList<>(changed.size());
            changed.forEach((id, document) -> replacements.add(
                    new ReplaceOneModel<>(Filters.eq("_id", id), document, UPSERT)));
            collection.bulkWrite(replacements);
        }
    }

    /** Forgets everything, before a replay rebuilds it; the indexes stay. */
    public void clear() {
        collection.deleteMany(new Document());
    }
}
