package org.agreementtracker.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * The chain as the audit-chain processor recorded it, collection {@value #COLLECTION}: one link per stored commit
 * {@code {_id: the commit's _id (its last position), first, events, hash}}, and the head
 * {@code {_id: "head", position, hash, events}}: the last link and the number of events up to it. Writes replace by
 * {@code _id} with the same values on a repeat, so a redelivered event changes nothing.
 */
public class RecordedChain {

    /**
     * Version 3 of the chain ({@link ChainHash}) in a collection of its own: a tracker upgraded from version 2
     * computes it afresh, from the first stored commit, under a processor of its own, while the version-2 chain
     * stays beside it to be verified and published one last time (see docs/architecture.md, the audit chain).
     */
    public static final String COLLECTION = "audit_chain_v3";
    private static final String HEAD = "head";
    private static final String FIRST = "first";
    private static final String EVENTS = "events";
    private static final String HASH = "hash";
    private static final String POSITION = "position";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    /** One recorded link: the commit at {@code first..position} and the chain's hash after it. */
    public record Link(long position, long first, int events, String hash) {

        BsonDocument toDocument() {
            return new BsonDocument("_id", new BsonInt64(position))
                    .append(FIRST, new BsonInt64(first))
                    .append(EVENTS, new BsonInt64(events))
                    .append(HASH, new BsonString(hash));
        }

        static Link of(BsonDocument document) {
            return new Link(document.getNumber("_id").longValue(), document.getNumber(FIRST).longValue(),
                            document.getNumber(EVENTS).intValue(), document.getString(HASH).getValue());
        }
    }

    /** The end of the recorded chain: the last link's position and hash, and how many events the chain covers. */
    public record Head(long position, String hash, long events) {

        public static final Head EMPTY = new Head(0, ChainHash.GENESIS, 0);
    }

    private final MongoCollection<BsonDocument> chain;

    public RecordedChain(MongoDatabase database) {
        this.chain = database.getCollection(COLLECTION, BsonDocument.class);
    }

    public Head head() {
        BsonDocument head = chain.find(Filters.eq("_id", HEAD)).first();
        return head == null ? Head.EMPTY : new Head(head.getNumber(POSITION).longValue(),
                                                    head.getString(HASH).getValue(),
                                                    head.getNumber(EVENTS).longValue());
    }

    /** Records the links, then the new head: a crash between the two is repaired by the redelivery. */
    void extend(List<Link> links, Head head) {
        for (Link link : links) {
            chain.replaceOne(Filters.eq("_id", link.position()), link.toDocument(), UPSERT);
        }
        chain.replaceOne(Filters.eq("_id", HEAD),
                         new BsonDocument("_id", new BsonString(HEAD))
                                 .append(POSITION, new BsonInt64(head.position()))
                                 .append(HASH, new BsonString(head.hash()))
                                 .append(EVENTS, new BsonInt64(head.events())),
                         UPSERT);
    }

    /** The links recorded for the commits whose {@code _id} is in {@code from..to}, by position. */
    public Map<Long, Link> window(long from, long to) {
        return linksAt(LongStream.rangeClosed(Math.max(1, from), to).boxed().toList());
    }

    private Map<Long, Link> linksAt(Collection<Long> positions) {
        Map<Long, Link> links = new HashMap<>();
        if (!positions.isEmpty()) {
            for (BsonDocument document : chain.find(Filters.in("_id", positions))) {
                Link link = Link.of(document);
                links.put(link.position(), link);
            }
        }
        return links;
    }

    /**
     * The hash of the commit holding each of the given event positions, for those the chain has reached. A commit's
     * link is under its last position; most commits hold one event, so one lookup usually finds them all, and the
     * rest are looked for a little further on.
     */
    public Map<Long, String> hashesOf(Collection<Long> eventPositions) {
        Map<Long, String> hashes = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        Map<Long, Link> direct = linksAt(eventPositions);
        for (Long position : eventPositions) {
            Link link = direct.get(position);
            if (link != null) {
                hashes.put(position, link.hash());
            } else {
                missing.add(position);
            }
        }
        for (Long position : missing) {
            findLinkHolding(position).ifPresent(link -> hashes.put(position, link.hash()));
        }
        return hashes;
    }

    private Optional<Link> findLinkHolding(long position) {
        long headPosition = head().position();
        for (long from = position; from <= headPosition; from += LOOKAHEAD) {
            Optional<Link> next = window(from, Math.min(headPosition, from + LOOKAHEAD - 1)).values().stream()
                    .min(java.util.Comparator.comparingLong(Link::position));
            if (next.isPresent()) {
                return next.filter(link -> link.first() <= position);
            }
        }
        return Optional.empty();
    }

    private static final int LOOKAHEAD = 64;
}
