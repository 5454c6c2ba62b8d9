package org.agreementtracker.benchmark;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import org.axonframework.serialization.Serializer;
import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceiling: the driver's own {@code insertOne}, with the durability the engine asks for (journaled, so the
 * backend commits before it answers), of a document shaped and sized like one single-event commit, into a collection
 * with nothing but its {@code _id} index, on the same kind of embedded store grown to the same size.
 */
final class RawInserts extends EmbeddedStore {

    private final MongoCollection<BsonDocument> documents;
    private final String payloadJson;
    private final AtomicLong nextId = new AtomicLong(1);

    RawInserts(Path dataDirectory, boolean fsync, Serializer serializer) {
        super(dataDirectory, fsync);
        documents = client.getDatabase("raw").getCollection("commits", BsonDocument.class)
                          .withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
        payloadJson = serializer.serialize(new ProgressRecorded(History.tallyId(1), 1, LocalDate.of(2025, 4, 10),
                                                                History.note(1)), String.class).getData();
    }

    long count() {
        return nextId.get() - 1;
    }

    /** Grows the collection to {@code size} documents with journaled {@code insertMany} batches. */
    void fillTo(long size) {
        while (count() < size) {
            int batch = (int) Math.min(1_000, size - count());
            List<BsonDocument> chunk = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) {
                chunk.add(document(nextId.getAndIncrement()));
            }
            documents.insertMany(chunk, new InsertManyOptions().ordered(true));
        }
    }

    Rate insertOne(int clients, long count, Duration cap) {
        return ClosedLoop.run(clients, count, cap, number -> documents.insertOne(document(nextId.getAndIncrement())));
    }

    private BsonDocument document(long position) {
        String tally = History.tallyId((int) (position % 1000));
        BsonDocument event = new BsonDocument("id", new BsonString(UUID.randomUUID().toString()))
                .append("type", new BsonString(ProgressRecorded.class.getName()))
                .append("ts", new BsonDateTime(System.currentTimeMillis()))
                .append("aggregateType", new BsonString(History.AGGREGATE_TYPE))
                .append("aggregateId", new BsonString(tally))
                .append("seq", new BsonInt64(position / 1000))
                .append("payload", BsonDocument.parse(payloadJson))
                .append("meta", new BsonDocument("correlationId", new BsonString(UUID.randomUUID().toString()))
                        .append("traceId", new BsonString(UUID.randomUUID().toString())));
        return new BsonDocument("_id", new BsonInt64(position))
                .append("first", new BsonInt64(position))
                .append("ts", new BsonDateTime(System.currentTimeMillis()))
                .append("streams", new BsonArray(List.of(new BsonDocument("id", new BsonString(tally))
                                                                 .append("seq", new BsonInt64(position / 1000)))))
                .append("events", new BsonArray(List.of(event)));
    }
}
