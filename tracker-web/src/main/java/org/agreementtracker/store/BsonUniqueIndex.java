package org.agreementtracker.store;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.LinkedHashSet;

import java.util.List;
import java.util.Map;

/** A unique index over an MVStore map opened with {@link StoredBson}'s key and value types. */
final class BsonUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<KeyValue, Object> positions;

    BsonUniqueIndex(MVMap<KeyValue, Object> positions, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.positions = positions;
    }

    /**
     * Each document once, as MongoDB answers: mongo-java-server's {@code $in} lists a document once per queried key
     * it holds, so a multikey document matching two keys (two of a commit's streams) would come back twice.
     */
    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        return new ArrayList<>(new LinkedHashSet<>(asList(super.getPositions(query))));
    }

    private static List<Object> asList(Iterable<Object> positions) {
        List<Object> list = new ArrayList<>();
        positions.forEach(list::add);
        return list;
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return positions.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return positions.putIfAbsent(key, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return positions.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return positions.get(key);
    }

    @Override
    public long getCount() {
        return positions.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return positions.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
