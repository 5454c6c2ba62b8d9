package org.agreementtracker.audit;

import com.mongodb.client.MongoDatabase;
import org.bson.BsonDocument;

import java.util.Map;
import java.util.TreeMap;

/**
 * Recomputes the chain from the event store and holds it against the recorded one, up to the recorded head: every
 * stored document must follow on from the one before (its {@code first} right after the previous {@code _id}),
 * have a recorded link at its position, and hash to that link's hash. The first position where that fails is where
 * the store was changed: a payload edited (the hash differs there), a commit deleted (a link with no commit), one
 * inserted (a commit with no link, or out of step), two reordered (the earlier one's hash differs).
 * <p>
 * What it cannot see is a rewrite of the store and the recorded chain together, by someone who recomputes every hash;
 * that is what a head hash published outside the tracker is for: it no longer appears (see {@link VerifyExport}).
 */
public class AuditChainVerifier {

    /** Positions read per round trip. */
    static final int WINDOW = 500;

    public enum Status { INTACT, BROKEN }

    /**
     * The outcome of a verification.
     *
     * @param status              whether the store still holds what the chain recorded
     * @param events              the events the recorded chain covers
     * @param headHash            the recorded chain's last hash, the one to publish
     * @param headPosition        the position of the recorded chain's last commit
     * @param firstBrokenPosition when broken, the first position whose stored content does not match the chain
     * @param reason              when broken, what was found there
     */
    public record Report(Status status, long events, String headHash, long headPosition, Long firstBrokenPosition,
                         String reason) {

        static Report intact(RecordedChain.Head head) {
            return new Report(Status.INTACT, head.events(), head.hash(), head.position(), null, null);
        }

        static Report broken(RecordedChain.Head head, long position, String reason) {
            return new Report(Status.BROKEN, head.events(), head.hash(), head.position(), position, reason);
        }
    }

    private final StoredCommits commits;
    private final RecordedChain chain;

    public AuditChainVerifier(MongoDatabase database) {
        this.commits = new StoredCommits(database);
        this.chain = new RecordedChain(database);
    }

    public Report verify() {
        RecordedChain.Head head = chain.head();
        long expectedFirst = 1;
        String hash = ChainHash.GENESIS;
        for (long from = 1; from <= head.position(); from += WINDOW) {
            long to = Math.min(head.position(), from + WINDOW - 1);
            Map<Long, RecordedChain.Link> links = chain.window(from, to);
            Map<Long, BsonDocument> stored = new TreeMap<>();
            commits.window(from, to).forEach(commit -> stored.put(StoredCommits.lastPosition(commit), commit));
            TreeMap<Long, Boolean> positions = new TreeMap<>();
            links.keySet().forEach(position -> positions.put(position, true));
            stored.keySet().forEach(position -> positions.put(position, true));
            for (long position : positions.keySet()) {
                RecordedChain.Link link = links.get(position);
                BsonDocument commit = stored.get(position);
                if (commit == null) {
                    return Report.broken(head, link.first(), "the commit recorded at " + link.first() + ".."
                            + position + " is no longer in the store");
                }
                long first = StoredCommits.firstPosition(commit);
                if (first != expectedFirst) {
                    return Report.broken(head, Math.min(first, expectedFirst), "the stored commits do not follow on: "
                            + "expected one starting at " + expectedFirst + ", found " + first + ".." + position);
                }
                if (link == null) {
                    return Report.broken(head, first, "the store holds a commit at " + first + ".." + position
                            + " that the chain never recorded");
                }
                hash = ChainHash.next(hash, commit);
                if (!hash.equals(link.hash()) || link.first() != first) {
                    return Report.broken(head, first, "the commit at " + first + ".." + position
                            + " is not what the chain recorded");
                }
                expectedFirst = position + 1;
            }
        }
        if (expectedFirst != head.position() + 1 || !hash.equals(head.hash())) {
            return Report.broken(head, expectedFirst, "the chain's head does not match its last link");
        }
        return Report.intact(head);
    }
}
