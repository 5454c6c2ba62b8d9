package org.agreementtracker.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * mongo-java-server's H2 database with its documents, {@code _id}s and unique-index keys stored as BSON and compared
 * in memory ({@link StoredBson}) instead of Java-serialized.
 * <p>
 * An MVStore map keeps the data types it was first opened with in this process, and does not record them in the
 * file. So every path that opens a collection's or an index's map, including the ones in {@link H2Database} that
 * only open a map to remove or rename it, must meet a map already opened here with these types: the overrides below
 * open it first. The map names are H2Database's own.
 */
final class BsonH2Database extends H2Database {

    private static final String DATA_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";
    private static final String INDEX_INFIX = "._index_";

    /**
     * H2Database's constructor opens the existing collections and indexes (through the overrides below) before this
     * class's fields are set, so the store is handed over through the thread that constructs it.
     */
    private static final ThreadLocal<MVStore> CONSTRUCTING = new ThreadLocal<>();

    private final MVStore store;

    private BsonH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, store, cursorRegistry);
        this.store = store;
    }

    static BsonH2Database open(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        CONSTRUCTING.set(store);
        try {
            return new BsonH2Database(databaseName, store, cursorRegistry);
        } finally {
            CONSTRUCTING.remove();
        }
    }

    private MVStore store() {
        return store != null ? store : CONSTRUCTING.get();
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        return new BsonUniqueIndex(openIndexMap(indexMapName(collectionName, indexName)), indexName, keys, sparse);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String namespace = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> dataMap = openDataMap(DATA_PREFIX + namespace);
        MVMap<String, Object> metaMap = store().openMap(META_PREFIX + namespace);
        return new H2Collection(this, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        openWithOwnTypes(indexMapName(collection.getCollectionName(), indexName));
        super.dropIndex(collection, indexName);
    }

    @Override
    public void drop(Oplog oplog) {
        for (String name : store().getMapNames()) {
            if (name.startsWith(DATA_PREFIX + getDatabaseName() + ".") || name.startsWith(getDatabaseName() + ".")) {
                openWithOwnTypes(name);
            }
        }
        super.drop(oplog);
    }

    @Override
    public void dropCollection(String collectionName, Oplog oplog) {
        openWithOwnTypes(DATA_PREFIX + getFullCollectionNamespace(collectionName));
        super.dropCollection(collectionName, oplog);
    }

    /**
     * Renames the collection's maps, its indexes' too, before H2Database looks for them: it asks the collection for
     * its name after the rename, so it would open new, empty maps under the new name and leave the data under the old
     * one, where the next start no longer finds it. Given the renamed maps, its own renames do nothing.
     */
    @Override
    public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
        String oldNamespace = collection.getFullName();
        String newNamespace = getFullCollectionNamespace(newCollectionName);
        MVStore store = store();
        store.renameMap(openDataMap(DATA_PREFIX + oldNamespace), DATA_PREFIX + newNamespace);
        store.renameMap(store.openMap(META_PREFIX + oldNamespace), META_PREFIX + newNamespace);
        String oldIndexPrefix = oldNamespace + INDEX_INFIX;
        for (String name : List.copyOf(store.getMapNames())) {
            if (name.startsWith(oldIndexPrefix)) {
                store.renameMap(openIndexMap(name),
                                newNamespace + INDEX_INFIX + name.substring(oldIndexPrefix.length()));
            }
        }
        super.moveCollection(oldDatabase, collection, newCollectionName);
    }

    private String indexMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + INDEX_INFIX + indexName;
    }

    /** Opens a collection's data map or an index map of this store with its types; leaves other maps alone. */
    private void openWithOwnTypes(String name) {
        if (!store().hasMap(name)) {
            return;
        }
        if (name.startsWith(DATA_PREFIX)) {
            openDataMap(name);
        } else if (name.contains(INDEX_INFIX)) {
            openIndexMap(name);
        }
    }

    private MVMap<Object, Document> openDataMap(String name) {
        return store().openMap(name, new MVMap.Builder<Object, Document>()
                .keyType(StoredBson.ValueType.INSTANCE)
                .valueType(StoredBson.DocumentType.INSTANCE));
    }

    private MVMap<KeyValue, Object> openIndexMap(String name) {
        return store().openMap(name, new MVMap.Builder<KeyValue, Object>()
                .keyType(StoredBson.KeyType.INSTANCE)
                .valueType(StoredBson.ValueType.INSTANCE));
    }
}
