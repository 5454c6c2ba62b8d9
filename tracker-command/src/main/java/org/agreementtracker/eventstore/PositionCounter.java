package org.agreementtracker.eventstore;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Hands out global positions from one atomic counter document, so positions are unique across every node without a
 * lock and their order never depends on a clock.
 * <p>
 * The increment's write concern is the engine's choice. On a replica set it is {@code majority}: an increment a
 * failover could roll back would hand the same positions out twice, and two re-issued reservations that only partly
 * overlap are caught by no index. On the single-process embedded store it is {@code w:1, j:false}: the journaled
 * commit insert that follows carries the increment to disk, and an increment lost in a crash only loses positions
 * nobody was told about.
 */
final class PositionCounter {

    private static final String COUNTER_ID = "events";
    private static final String LAST = "last";

    private final MongoCollection<Document> counters;

    PositionCounter(MongoCollection<Document> counters, WriteConcern writeConcern) {
        this.counters = counters.withWriteConcern(writeConcern);
    }

    /**
     * Reserves {@code count} consecutive positions and returns the last of them.
     * <p>
     * It asks for the counter as it was <em>before</em> the increment and adds {@code count} itself. The embedded
     * server (mongo-java-server 1.47) answers "return the new document" with the live stored document, serialized
     * only after its lock is released, so a concurrent increment can slip into the answer: two writers are then told
     * the same positions, and overlapping commits hide each other's events from tracking readers. Its "before"
     * image is a copy taken under the lock; on MongoDB both are atomic, so this costs nothing there.
     */
    long reserve(int count) {
        Document before = counters.findOneAndUpdate(Filters.eq("_id", COUNTER_ID),
                                                       Updates.inc(LAST, (long) count),
                                                       new FindOneAndUpdateOptions().upsert(true)
                                                                                    .projection(Projections.include(LAST))
                                                                                    .returnDocument(ReturnDocument.BEFORE));
        long previous = before == null ? 0L : before.get(LAST, Number.class).longValue();
        return previous + count;
    }

    /** The highest position reserved so far, landed or not; 0 on an empty store. */
    long head() {
        Document counter = counters.find(Filters.eq("_id", COUNTER_ID)).first();
        return counter == null ? 0L : counter.get(LAST, Number.class).longValue();
    }
}
