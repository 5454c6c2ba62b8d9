package org.agreementtracker.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How the embedded store keeps documents, {@code _id} values and unique-index keys in its MVStore maps: as BSON,
 * through mongo-java-server's own codec (what the wire carries anyway), compared in memory in mongo-java-server's
 * value order.
 * <p>
 * Out of the box the H2 backend lets the MVStore fall back to Java serialization for all of them: a document takes
 * about twice its BSON size, and since {@link KeyValue} is not {@link Comparable}, every step of a B-tree search
 * serializes both keys to compare their bytes, which was most of the store's CPU.
 * <p>
 * The order is {@link ValueComparator#ascWithoutListHandling()}: mongo-java-server's ascending value order (numbers
 * of any Java type by value, then strings, documents, arrays, ...; null equal to missing), with arrays compared
 * element by element. Its default {@link ValueComparator#asc()} compares an array by its smallest element, which
 * is a sort order, not an identity: it would make {@code [1, 2]} and {@code [1, 3]} the same key.
 * <p>
 * Stores written with Java serialization cannot be read with these types (see {@link EmbeddedMongoServer}).
 */
final class StoredBson {

    static final Comparator<Object> VALUE_ORDER = ValueComparator.ascWithoutListHandling();

    /** The field a single value is wrapped in; a document without it stands for {@link Missing}. */
    private static final String VALUE = "v";
    /** Key values are wrapped as {@code {"0": v0, "1": v1, ...}}; a missing element as {@code "m<i>": null}. */
    private static final String MISSING_PREFIX = "m";

    private StoredBson() {
    }

    static int compareKeys(KeyValue a, KeyValue b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int cmp = VALUE_ORDER.compare(a.get(i), b.get(i));
            if (cmp != 0) {
                return cmp;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    static Document wrapValue(Object value) {
        Document wrapped = new Document();
        if (!(value instanceof Missing)) {
            wrapped.put(VALUE, value);
        }
        return wrapped;
    }

    static Object unwrapValue(Document wrapped) {
        return wrapped.containsKey(VALUE) ? wrapped.get(VALUE) : Missing.getInstance();
    }

    static Document wrapKey(KeyValue key) {
        Document wrapped = new Document();
        for (int i = 0; i < key.size(); i++) {
            Object value = key.get(i);
            if (value instanceof Missing) {
                wrapped.put(MISSING_PREFIX + i, null);
            } else {
                wrapped.put(String.valueOf(i), value);
            }
        }
        return wrapped;
    }

    static KeyValue unwrapKey(Document wrapped) {
        List<Object> values = new ArrayList<>(wrapped.size());
        for (Map.Entry<String, Object> entry : wrapped.entrySet()) {
            values.add(entry.getKey().startsWith(MISSING_PREFIX) ? Missing.getInstance() : entry.getValue());
        }
        return new KeyValue(values);
    }

    static void write(WriteBuffer out, Document document) {
        ByteBuf bson = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, bson);
            out.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
        } finally {
            bson.release();
        }
    }

    static Document read(ByteBuffer in) {
        int start = in.position();
        int length = in.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(start);
        ByteBuf bson;
        if (in.hasArray()) {
            bson = Unpooled.wrappedBuffer(in.array(), in.arrayOffset() + start, length);
        } else {
            byte[] bytes = new byte[length];
            in.duplicate().get(bytes);
            bson = Unpooled.wrappedBuffer(bytes);
        }
        Document document = BsonDecoder.decodeBson(bson);
        in.position(start + length);
        return document;
    }

    /**
     * A rough heap size for the MVStore's page cache accounting; the MVStore samples it rather than asking for
     * every entry ({@link BasicDataType#isMemoryEstimationAllowed()}).
     */
    static int estimateMemory(Object value) {
        if (value instanceof String string) {
            return 48 + string.length();
        } else if (value instanceof Map<?, ?> map) {
            int size = 64;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += 48 + estimateMemory(entry.getKey()) + estimateMemory(entry.getValue());
            }
            return size;
        } else if (value instanceof Iterable<?> values) {
            int size = 48;
            for (Object element : values) {
                size += 8 + estimateMemory(element);
            }
            return size;
        }
        return 24;
    }

    /** Documents, the values of a collection's data map. Never compared. */
    static final class DocumentType extends BasicDataType<Document> {

        static final DocumentType INSTANCE = new DocumentType();

        @Override
        public int getMemory(Document document) {
            return estimateMemory(document);
        }

        @Override
        public void write(WriteBuffer buff, Document document) {
            StoredBson.write(buff, document);
        }

        @Override
        public Document read(ByteBuffer buff) {
            return StoredBson.read(buff);
        }

        @Override
        public Document[] createStorage(int size) {
            return new Document[size];
        }
    }

    /** Single values: {@code _id}s, the keys of a data map, and the positions a unique index points to. */
    static final class ValueType extends BasicDataType<Object> {

        static final ValueType INSTANCE = new ValueType();

        @Override
        public int compare(Object a, Object b) {
            return VALUE_ORDER.compare(a, b);
        }

        @Override
        public int getMemory(Object value) {
            return estimateMemory(value);
        }

        @Override
        public void write(WriteBuffer buff, Object value) {
            StoredBson.write(buff, wrapValue(value));
        }

        @Override
        public Object read(ByteBuffer buff) {
            return unwrapValue(StoredBson.read(buff));
        }

        @Override
        public Object[] createStorage(int size) {
            return new Object[size];
        }
    }

    /** The keys of a unique index. */
    static final class KeyType extends BasicDataType<KeyValue> {

        static final KeyType INSTANCE = new KeyType();

        @Override
        public int compare(KeyValue a, KeyValue b) {
            return compareKeys(a, b);
        }

        @Override
        public int getMemory(KeyValue key) {
            int size = 48;
            for (Object value : key) {
                size += 8 + estimateMemory(value);
            }
            return size;
        }

        @Override
        public void write(WriteBuffer buff, KeyValue key) {
            StoredBson.write(buff, wrapKey(key));
        }

        @Override
        public KeyValue read(ByteBuffer buff) {
            return unwrapKey(StoredBson.read(buff));
        }

        @Override
        public KeyValue[] createStorage(int size) {
            return new KeyValue[size];
        }
    }
}
