package org.agreementtracker.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.BsonArray;
import org.bson.BsonDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The event store's commits as stored, read directly with the driver: the chain must hash what is in the database,
 * not what the storage engine makes of it (tracker-query does not depend on tracker-command, and an upcaster or a
 * lenient reader must not hide a change). Layout, by the storage engine: one document per commit,
 * {@code {_id: position of its last event, first: position of its first, ts, streams, events: [...]}}, or a fence
 * {@code {_id, first, ts, fence}}. Read in windows of positions with {@code _id $in}, which every MongoDB, the
 * embedded one included, serves from the {@code _id} index (a range would scan the collection there).
 */
public class StoredCommits {

    public static final String COLLECTION = "events";
    static final String ID = "_id";
    static final String FIRST = "first";
    static final String EVENTS = "events";

    private final MongoCollection<BsonDocument> commits;

    public StoredCommits(MongoDatabase database) {
        this.commits = database.getCollection(COLLECTION, BsonDocument.class);
    }

    /** The documents whose {@code _id} is in {@code from..to}, in {@code _id} order. */
    public List<BsonDocument> window(long from, long to) {
        List<BsonDocument> found = new ArrayList<>();
        if (to < from) {
            return found;
        }
        commits.find(Filters.in(ID, LongStream.rangeClosed(Math.max(1, from), to).boxed().toList())).into(found);
        found.sort(Comparator.comparingLong(StoredCommits::lastPosition));
        return found;
    }

    static long lastPosition(BsonDocument commit) {
        return commit.getNumber(ID).longValue();
    }

    static long firstPosition(BsonDocument commit) {
        return commit.getNumber(FIRST).longValue();
    }

    static int eventCount(BsonDocument commit) {
        return commit.getArray(EVENTS, new BsonArray()).size();
    }
}
