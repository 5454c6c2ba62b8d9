package org.agreementtracker.audit;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.BsonDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the audit chain ({@link RecordedChain}) in its own processor: for every event it extends the chain up to the
 * commit that holds the event, hashing the stored documents in {@code _id} order ({@link ChainHash}). The tracking
 * processor delivers an event only once every position before it holds a commit or a fence, so everything the chain
 * passes over is final. It only ever extends forward from its recorded head, so a redelivered event changes
 * nothing; and it runs in one segment, as order is the whole point.
 * <p>
 * It is never replayed or rebuilt ({@code @DisallowReplay}, so its processor refuses a reset): a chain recomputed
 * from the store would agree with whatever the store now holds and so hide a change made behind the tracker's back.
 */
@DisallowReplay
@ProcessingGroup(AuditChainProjection.PROCESSING_GROUP)
public class AuditChainProjection {

    /** Of version 3 of the chain ({@link RecordedChain#COLLECTION}), so an upgraded tracker starts it afresh. */
    public static final String PROCESSING_GROUP = "audit-chain-v3";
    /** How far past an event to look for the end of its commit before concluding the store is not as expected. */
    private static final int MAX_COMMIT_SPAN = 100_000;
    private static final int WINDOW = 16;
    private static final int MAX_WINDOW = 256;
    /** Links recorded at a time when the chain has far to go (its first start on a long log). */
    private static final int FLUSH_EVERY = 500;

    private final StoredCommits commits;
    private final RecordedChain chain;

    public AuditChainProjection(MongoDatabase database) {
        this.commits = new StoredCommits(database);
        this.chain = new RecordedChain(database);
    }

    // the message, not its payload, which is never read: the chain hashes what is stored, and an event whose
    // payload cannot be read must not stop it
    @EventHandler
    public void on(EventMessage<?> event, TrackingToken token) {
        token.position().ifPresent(this::extendTo);
    }

    /** Extends the recorded chain over every stored document up to the one that holds {@code position}. */
    void extendTo(long position) {
        RecordedChain.Head head = chain.head();
        if (head.position() >= position) {
            return;
        }
        long expectedFirst = head.position() + 1;
        String hash = head.hash();
        long events = head.events();
        List<RecordedChain.Link> links = new ArrayList<>();
        long from = expectedFirst;
        while (expectedFirst <= position) {
            if (from > position + MAX_COMMIT_SPAN) {
                throw new IllegalStateException("No stored commit holds position " + position + " after "
                                                        + (expectedFirst - 1));
            }
            // usually the one commit just written; past the event's position, the rest of a larger commit
            long to = from + (from > position ? WINDOW : Math.min(MAX_WINDOW, position - from + 1)) - 1;
            for (BsonDocument stored : commits.window(from, to)) {
                long first = StoredCommits.firstPosition(stored);
                if (first != expectedFirst) {
                    throw new IllegalStateException("The stored commits do not follow on at position "
                                                            + expectedFirst + ": the next one starts at " + first);
                }
                hash = ChainHash.next(hash, stored);
                int count = StoredCommits.eventCount(stored);
                events += count;
                long last = StoredCommits.lastPosition(stored);
                links.add(new RecordedChain.Link(last, first, count, hash));
                expectedFirst = last + 1;
                if (links.size() == FLUSH_EVERY) {
                    chain.extend(links, new RecordedChain.Head(last, hash, events));
                    links.clear();
                }
                if (expectedFirst > position) {
                    break;
                }
            }
            from = Math.max(expectedFirst, to + 1);
        }
        chain.extend(links, new RecordedChain.Head(expectedFirst - 1, hash, events));
    }
}
