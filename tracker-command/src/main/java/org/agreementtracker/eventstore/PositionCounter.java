package org.agreementtracker.eventstore;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Hands out global positions from one atomic counter document, so positions are unique across every node without a
 * lock and their order never depends on a clock.
 * <p>
 * The increment is written without waiting for the journal: the commit insert that follows it is journaled and
 * carries it to disk. An increment lost in a crash only loses positions nobody was told about; a position handed
 * out twice after a failover collides on {@code _id} and the writer simply reserves again.
 */
final class PositionCounter {

    private static final String COUNTER_ID = "events";
    private static final String LAST = "last";

    private final MongoCollection<Document> counters;
    private final MongoCollection<Document> unjournaled;

    PositionCounter(MongoCollection<Document> counters) {
        this.counters = counters;
        this.unjournaled = counters.withWriteConcern(WriteConcern.W1.withJournal(false));
    }

    /** Reserves {@code count} consecutive positions and returns the last of them. */
    long reserve(int count) {
        Document counter = unjournaled.findOneAndUpdate(Filters.eq("_id", COUNTER_ID),
                                                        Updates.inc(LAST, (long) count),
                                                        new FindOneAndUpdateOptions().upsert(true)
                                                                                     .returnDocument(ReturnDocument.AFTER));
        return counter.get(LAST, Number.class).longValue();
    }

    /** The highest position reserved so far, landed or not; 0 on an empty store. */
    long head() {
        Document counter = counters.find(Filters.eq("_id", COUNTER_ID)).first();
        return counter == null ? 0L : counter.get(LAST, Number.class).longValue();
    }
}
