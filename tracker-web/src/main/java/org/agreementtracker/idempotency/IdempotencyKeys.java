package org.agreementtracker.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The keys clients sent, in collection {@value #COLLECTION}: one document per user and key, {@code _id} =
 * {@code user + "\n" + key}. The unique {@code _id} decides, on any number of nodes, which of several requests with one
 * key runs: the one whose insert succeeds. Its document holds the request's fingerprint and, once it has answered,
 * the answer. Every regular step is an insert, a find, a replace or a delete by {@code _id}, which the embedded store
 * serves from its unique index; only taking over a key whose request died, and dropping an expired key, filter on
 * more than {@code _id}.
 */
public final class IdempotencyKeys {

    public static final String COLLECTION = "idempotency_keys";

    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String COMPLETED = "COMPLETED";

    private final MongoCollection<Document> keys;
    private final Duration retention;
    private final Duration inProgressTimeout;
    private final Clock clock;

    public IdempotencyKeys(MongoDatabase database, Duration retention, Duration inProgressTimeout, Clock clock) {
        this.keys = database.getCollection(COLLECTION);
        this.retention = retention;
        this.inProgressTimeout = inProgressTimeout;
        this.clock = clock;
    }

    /** MongoDB drops expired keys itself; the embedded store keeps them, and {@link #claim} treats them as absent. */
    public void createIndexes() {
        keys.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    /**
     * What a request with a key is to do.
     *
     * @param user        who sent it: keys are per user
     * @param fingerprint SHA-256 of method, path and body
     * @return empty if this request holds the key now and is to run; the first answer if there is one to repeat
     * @throws IdempotencyKeyReusedException if the key was used for a different request
     * @throws RequestInProgressException    if the first request with the key is still running
     */
    public Optional<RecordedAnswer> claim(String user, String key, String method, String path, String fingerprint) {
        String id = id(user, key);
        for (int attempt = 0; attempt < 5; attempt++) {
            Instant now = clock.instant();
            Document claim = new Document("_id", id)
                    .append("user", user)
                    .append("key", key)
                    .append("method", method)
                    .append("path", path)
                    .append("fingerprint", fingerprint)
                    .append("state", IN_PROGRESS)
                    .append("startedAt", Date.from(now))
                    .append("lockedUntil", Date.from(now.plus(inProgressTimeout)))
                    .append("expiresAt", Date.from(now.plus(retention)));
            try {
                keys.insertOne(claim);
                return Optional.empty();
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            Document existing = keys.find(Filters.eq("_id", id)).first();
            if (existing == null) {
                continue; // its request failed and let the key go: try again
            }
            if (existing.getDate("expiresAt").toInstant().isBefore(now)) {
                keys.deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("expiresAt", existing.getDate("expiresAt"))));
                continue;
            }
            if (!fingerprint.equals(existing.getString("fingerprint"))) {
                throw new IdempotencyKeyReusedException(key);
            }
            if (COMPLETED.equals(existing.getString("state"))) {
                return Optional.of(answer(existing.get("answer", Document.class)));
            }
            Date lockedUntil = existing.getDate("lockedUntil");
            if (lockedUntil.toInstant().isAfter(now)) {
                throw new RequestInProgressException(key);
            }
            // its request died with its node: the first repeat to take the key over runs it
            var takenOver = keys.updateOne(
                    Filters.and(Filters.eq("_id", id), Filters.eq("state", IN_PROGRESS),
                                Filters.eq("lockedUntil", lockedUntil)),
                    Updates.combine(Updates.set("startedAt", Date.from(now)),
                                    Updates.set("lockedUntil", Date.from(now.plus(inProgressTimeout)))));
            if (takenOver.getModifiedCount() == 1) {
                return Optional.empty();
            }
        }
        throw new RequestInProgressException(key);
    }

    /** Records the answer of the request that holds the key; repeats get it from now on. */
    public void complete(String user, String key, RecordedAnswer answer) {
        List<Document> headers = new ArrayList<>();
        answer.headers().forEach(h -> headers.add(new Document("name", h.name()).append("value", h.value())));
        keys.updateOne(Filters.eq("_id", id(user, key)),
                       Updates.combine(Updates.set("state", COMPLETED),
                                       Updates.set("completedAt", Date.from(clock.instant())),
                                       Updates.unset("lockedUntil"),
                                       Updates.set("answer", new Document("status", answer.status())
                                               .append("headers", headers)
                                               .append("body", new Binary(answer.body())))));
    }

    /** Lets the key go: the request recorded nothing, so a repeat is to run anew. */
    public void release(String user, String key) {
        keys.deleteOne(Filters.eq("_id", id(user, key)));
    }

    /** A key never holds a line break (see {@link IdempotencyFilter}), so the last one separates user and key. */
    static String id(String user, String key) {
        return user + "\n" + key;
    }

    private static RecordedAnswer answer(Document answer) {
        List<RecordedAnswer.Header> headers = new ArrayList<>();
        for (Document header : answer.getList("headers", Document.class)) {
            headers.add(new RecordedAnswer.Header(header.getString("name"), header.getString("value")));
        }
        return new RecordedAnswer(answer.getInteger("status"), headers, answer.get("body", Binary.class).getData());
    }
}
