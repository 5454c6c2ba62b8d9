package org.agreementtracker.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.DataType;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The MVStore data types of the embedded store: order as mongo-java-server orders values, BSON round trips. */
class StoredBsonTest {

    private static final List<Object> MIXED = List.of(
            1, 1L, 1.0, 2, 2.5, -3L, 0.0, Long.MAX_VALUE, Integer.MIN_VALUE,
            "a", "b", "", "ab",
            new Document("id", "x").append("seq", 1.0), new Document("id", "x").append("seq", 2),
            new Document("id", "y"), new Document(),
            true, false, Instant.ofEpochMilli(5), new ObjectId(), UUID.randomUUID());

    @Test
    void singleValuesAreOrderedAsMongoJavaServerOrdersThem() {
        List<Object> values = new ArrayList<>(MIXED);
        values.add(null);
        values.add(Missing.getInstance());
        for (Object a : values) {
            for (Object b : values) {
                assertThat(Integer.signum(StoredBson.ValueType.INSTANCE.compare(a, b)))
                        .as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(ValueComparator.asc().compare(a, b)));
            }
        }
    }

    @Test
    void numbersOfDifferentJavaTypesAreTheSameKeyWhenEqualInValue() {
        assertThat(StoredBson.KeyType.INSTANCE.compare(new KeyValue(1), new KeyValue(1.0))).isZero();
        assertThat(StoredBson.KeyType.INSTANCE.compare(new KeyValue(1L), new KeyValue(1))).isZero();
        assertThat(StoredBson.KeyType.INSTANCE.compare(new KeyValue(1), new KeyValue(1.5))).isNegative();
        assertThat(StoredBson.KeyType.INSTANCE.compare(new KeyValue(new Document("id", "a").append("seq", 1)),
                                                       new KeyValue(new Document("id", "a").append("seq", 1.0))))
                .isZero();
    }

    /** ValueComparator.asc() sorts an array by its smallest element; as a key that would merge distinct arrays. */
    @Test
    void arraysAreDistinctKeysElementByElement() {
        assertThat(StoredBson.KeyType.INSTANCE.compare(new KeyValue(List.of(1, 2)), new KeyValue(List.of(1, 3))))
                .isNegative();
        assertThat(StoredBson.KeyType.INSTANCE.compare(new KeyValue(List.of(1, 2)), new KeyValue(List.of(1, 2))))
                .isZero();
        assertThat(StoredBson.KeyType.INSTANCE.compare(new KeyValue(List.of(1)), new KeyValue(List.of(1, 0))))
                .isNegative();
    }

    @Test
    void compoundKeysCompareFieldByField() {
        assertThat(StoredBson.KeyType.INSTANCE.compare(new KeyValue("a", 2), new KeyValue("a", 10))).isNegative();
        assertThat(StoredBson.KeyType.INSTANCE.compare(new KeyValue("b", 1), new KeyValue("a", 10))).isPositive();
        assertThat(StoredBson.KeyType.INSTANCE.compare(new KeyValue((Object) null), new KeyValue(Missing.getInstance())))
                .isZero();
    }

    @Test
    void valuesKeysAndDocumentsSurviveTheirBsonForm() {
        for (Object value : MIXED) {
            assertThat(roundTrip(StoredBson.ValueType.INSTANCE, value)).isEqualTo(value);
        }
        assertThat(roundTrip(StoredBson.ValueType.INSTANCE, null)).isNull();
        assertThat(roundTrip(StoredBson.ValueType.INSTANCE, Missing.getInstance())).isSameAs(Missing.getInstance());

        KeyValue key = new KeyValue("a", null, Missing.getInstance(), 2.0, List.of(1, "x"), new Document("id", "s"));
        assertThat(roundTrip(StoredBson.KeyType.INSTANCE, key)).isEqualTo(key);

        Document document = new Document("_id", 7L).append("first", 7L).append("ts", Instant.ofEpochMilli(9))
                .append("streams", List.of(new Document("id", "agg-1").append("seq", 0L)))
                .append("events", List.of(new Document("payload", new Document("note", "é ü 😀")).append("n", null)));
        assertThat(roundTrip(StoredBson.DocumentType.INSTANCE, document)).isEqualTo(document);
    }

    /** Several entries after each other in one buffer, as in an MVStore page. */
    @Test
    void readsStopAtTheEndOfTheirOwnEntry() {
        WriteBuffer buffer = new WriteBuffer();
        StoredBson.ValueType.INSTANCE.write(buffer, "first");
        StoredBson.ValueType.INSTANCE.write(buffer, 2L);
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        assertThat(StoredBson.ValueType.INSTANCE.read(written)).isEqualTo("first");
        assertThat(StoredBson.ValueType.INSTANCE.read(written)).isEqualTo(2L);
        assertThat(written.hasRemaining()).isFalse();
    }

    private static <T> T roundTrip(DataType<T> type, T value) {
        WriteBuffer buffer = new WriteBuffer();
        buffer.put((byte) 42);
        type.write(buffer, value);
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        assertThat(written.get()).isEqualTo((byte) 42);
        return type.read(written);
    }
}
