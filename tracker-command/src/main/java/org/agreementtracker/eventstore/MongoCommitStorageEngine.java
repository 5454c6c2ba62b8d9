package org.agreementtracker.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.Sealing;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.axonframework.common.BuilderUtils.assertNonNull;
import static org.axonframework.common.BuilderUtils.assertThat;

/**
 * Axon event storage on the MongoDB driver: one document per commit, global positions from an atomic counter,
 * optimistic locking by a unique index, and only {@code _id} or unique-key lookups.
 * <p>
 * <b>Positions.</b> A commit of {@code n} events reserves {@code n} consecutive positions from the counter and is
 * stored under the last of them; every event's tracking token is its own position, so a reader may stop inside a
 * commit and go on from there. A reader fetches a window of positions with one {@code _id $in} query and delivers
 * commits strictly in position order.
 * <p>
 * <b>Silent writers.</b> A position that is reserved but holds nothing is a commit still in flight, or one whose
 * writer died. The reader waits for it until a later commit has been on record for {@code gapTimeout}, then writes a
 * <em>fence</em> there: a document that takes the position's unique keys, so the late commit, should its writer be
 * alive after all, is refused (and that writer retries at a new position) instead of landing where no reader looks.
 * Nothing acknowledged is ever skipped.
 * <p>
 * <b>Conflicts.</b> {@code streams} holds, per aggregate in the commit, the aggregate id and the sequence number of its
 * first event here; its unique index turns a concurrent append into Axon's {@code ConcurrencyException}. The loser
 * fences its own positions at once so readers need not wait for them.
 */
public class MongoCommitStorageEngine extends BatchingEventStorageEngine {

    private static final Logger log = LoggerFactory.getLogger(MongoCommitStorageEngine.class);

    static final String STREAMS_INDEX = "streams_unique";
    static final String FIRST_INDEX = "first_unique";
    private static final int MAX_APPEND_ATTEMPTS = 5;
    private static final int FIRST_LOAD_WINDOW = 8;
    private static final String SNAPSHOT_SEQUENCE = "seq";
    private static final String SNAPSHOT_EVENT = "event";

    private final MongoCollection<BsonDocument> commits;
    private final MongoCollection<BsonDocument> snapshots;
    private final PositionCounter positions;
    private final Duration gapTimeout;
    private final Clock clock;
    private final StorageMetrics metrics;
    private final Sealing sealing;

    protected MongoCommitStorageEngine(Builder builder) {
        super(builder);
        MongoDatabase database = builder.database;
        this.commits = database.getCollection(builder.commitCollection, BsonDocument.class)
                               .withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
        this.snapshots = database.getCollection(builder.snapshotCollection, BsonDocument.class)
                                 .withWriteConcern(WriteConcern.W1.withJournal(false));
        this.positions = new PositionCounter(database.getCollection(builder.counterCollection),
                                             builder.positionWriteConcern);
        this.gapTimeout = builder.gapTimeout;
        this.clock = builder.clock;
        this.metrics = new StorageMetrics(builder.meterRegistry);
        this.sealing = builder.sealing;
        ensureIndexes();
    }

    public static Builder builder() {
        return new Builder();
    }

    private void ensureIndexes() {
        commits.createIndex(Indexes.ascending(Commit.FIRST), new IndexOptions().unique(true).name(FIRST_INDEX));
        // sparse: commits without aggregates (application events) and fences are not in it
        commits.createIndex(Indexes.ascending(Commit.STREAMS),
                            new IndexOptions().unique(true).sparse(true).name(STREAMS_INDEX));
    }

    // ---------------------------------------------------------------------------------------------------- append

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        rejectDuplicatesWithinCommit(events);
        List<BsonDocument> serialized = Commit.serialize(events, serializer, sealing);
        Timer.Sample sample = Timer.start();
        try {
            for (int attempt = 1; ; attempt++) {
                long last = positions.reserve(events.size());
                Commit commit = new Commit(last - events.size() + 1, last, clock.instant(), serialized);
                try {
                    commits.insertOne(commit.toDocument());
                    metrics.commits.increment();
                    metrics.events.increment(events.size());
                    return;
                } catch (MongoWriteException e) {
                    if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        closeReservation(commit, "failed write");
                        throw new EventStoreException("The commit could not be stored: " + e.getMessage(), e);
                    }
                    if (isFenced(commit)) {
                        // a reader gave up waiting for these positions; they are closed, so take new ones
                        metrics.fencedRetries.increment();
                        if (attempt == MAX_APPEND_ATTEMPTS) {
                            throw new EventStoreException(
                                    "The commit was fenced " + attempt + " times; the store is too slow to write", e);
                        }
                        continue;
                    }
                    closeReservation(commit, "conflict");
                    metrics.conflicts.increment();
                    handlePersistenceException(e, events.get(0));
                    return;
                } catch (MongoException e) {
                    // unknown outcome: if the commit landed the fence is refused, if not it closes the positions
                    closeReservation(commit, "failed write");
                    throw new EventStoreException("The commit could not be stored: " + e.getMessage(), e);
                }
            }
        } finally {
            sample.stop(metrics.appendTimer);
        }
    }

    private void rejectDuplicatesWithinCommit(List<? extends EventMessage<?>> events) {
        Set<String> identifiers = new HashSet<>();
        Set<String> aggregateSequences = new HashSet<>();
        for (EventMessage<?> event : events) {
            boolean duplicate = !identifiers.add(event.getIdentifier());
            if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
                duplicate |= !aggregateSequences.add(domainEvent.getAggregateIdentifier() + "#"
                                                             + domainEvent.getSequenceNumber());
            }
            if (duplicate) {
                handlePersistenceException(new DuplicateEventException(
                        "The same event occurs twice in one commit: " + event.getIdentifier()), event);
            }
        }
    }

    /** Every position of a reservation is ours alone: any document among them is a reader's fence. */
    private boolean isFenced(Commit commit) {
        return commits.find(Filters.in(Commit.ID, positionRange(commit.first(), commit.last())))
                      .projection(Projections.include(Commit.ID))
                      .first() != null;
    }

    private void closeReservation(Commit commit, String reason) {
        try {
            commits.insertOne(Commit.fence(commit.first(), commit.last(), clock.instant(), reason));
        } catch (MongoException e) {
            // a reader fenced it already, or the commit landed after all; either way the positions are filled
            log.debug("Positions {}..{} were already filled: {}", commit.first(), commit.last(), e.getMessage());
        }
    }

    // ---------------------------------------------------------------------------------------------------- snapshots

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        BsonDocument current = snapshots.find(Filters.eq(Commit.ID, snapshot.getAggregateIdentifier())).first();
        if (current != null && current.getInt64(SNAPSHOT_SEQUENCE).getValue() >= snapshot.getSequenceNumber()) {
            return;
        }
        Classification content = contentUpTo(snapshot, current);
        DomainEventMessage<?> sealable = content == null ? snapshot
                : snapshot.andMetaData(content.toContentMetadata());
        BsonDocument document = new BsonDocument(Commit.ID, new BsonString(snapshot.getAggregateIdentifier()))
                .append(SNAPSHOT_SEQUENCE, new BsonInt64(snapshot.getSequenceNumber()))
                .append(SNAPSHOT_EVENT, Commit.serialize(List.of(sealable), serializer, sealing).get(0));
        // a lost race with another snapshotter leaves an older but still valid snapshot: harmless
        snapshots.replaceOne(Filters.eq(Commit.ID, snapshot.getAggregateIdentifier()), document,
                             new ReplaceOptions().upsert(true));
    }

    /**
     * A snapshot holds all an aggregate says, so it is as classified as the most classified of its events: the
     * classification of the previous snapshot's content joined with that of each event since ({@code null}: none
     * states one).
     */
    private Classification contentUpTo(DomainEventMessage<?> snapshot, BsonDocument previous) {
        long from = 0;
        Classification content = null;
        if (previous != null) {
            from = previous.getInt64(SNAPSHOT_SEQUENCE).getValue() + 1;
            content = Commit.contentOfEvent(previous.getDocument(SNAPSHOT_EVENT));
        }
        for (DomainEventData<?> event : readEventData(snapshot.getAggregateIdentifier(), from).toList()) {
            if (event.getSequenceNumber() > snapshot.getSequenceNumber()) {
                break;
            }
            Classification ofEvent = Commit.contentOf(BsonDocument.parse(event.getMetaData().getData().toString()));
            content = content == null ? ofEvent : ofEvent == null ? content : sealing.join(content, ofEvent);
        }
        return content;
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        BsonDocument snapshot = snapshots.find(Filters.eq(Commit.ID, aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty()
                : Stream.of(Commit.toEntry(snapshot.getDocument(SNAPSHOT_EVENT), sealing));
    }

    // ---------------------------------------------------------------------------------------------------- aggregates

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String identifier, long firstSequenceNumber) {
        Timer.Sample sample = Timer.start();
        List<DomainEventData<?>> events = new ArrayList<>();
        long windowStart = firstSequenceNumber;
        // most loads follow a snapshot and find a few events: start with a small window and widen it, since every
        // key of an $in costs an index probe whether or not a commit starts there
        int window = Math.min(FIRST_LOAD_WINDOW, batchSize());
        while (true) {
            List<? extends DomainEventData<?>> batch = fetchDomainEvents(identifier, windowStart, window);
            events.addAll(batch);
            long next = batch.isEmpty() ? windowStart : batch.get(batch.size() - 1).getSequenceNumber() + 1;
            if (next < windowStart + window) {
                break; // a commit starting at next would have been in this window: the stream ends here
            }
            windowStart = next;
            window = Math.min(window * 4, batchSize());
        }
        sample.stop(metrics.aggregateLoadTimer);
        metrics.aggregateEventsLoaded.increment(events.size());
        return events.stream();
    }

    /**
     * One {@code $in} over the stream keys of the next {@code batchSize} sequence numbers finds every commit that
     * starts among them; the aggregate's events are then taken in order while they are contiguous.
     */
    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier,
                                                                   long firstSequenceNumber, int batchSize) {
        Map<Long, Commit> commitsByFirstSequence =
                commitsStartingAt(aggregateIdentifier, firstSequenceNumber, firstSequenceNumber + batchSize - 1);
        List<DomainEventData<?>> events = new ArrayList<>();
        long expected = firstSequenceNumber;
        if (!commitsByFirstSequence.containsKey(expected) && expected > 0) {
            // the caller starts inside a commit (a partial read); find the commit that holds that sequence number
            Commit containing = commitContaining(aggregateIdentifier, expected);
            if (containing != null) {
                expected = collect(containing, aggregateIdentifier, expected, events);
            }
        }
        Commit commit;
        while ((commit = commitsByFirstSequence.remove(expected)) != null) {
            expected = collect(commit, aggregateIdentifier, expected, events);
        }
        return events;
    }

    private Map<Long, Commit> commitsStartingAt(String aggregateIdentifier, long fromSequence, long toSequence) {
        List<BsonDocument> keys = new ArrayList<>();
        for (long sequence = Math.max(0, fromSequence); sequence <= toSequence; sequence++) {
            keys.add(Commit.streamKey(aggregateIdentifier, sequence));
        }
        Map<Long, Commit> commitsByFirstSequence = new HashMap<>();
        for (BsonDocument document : commits.find(Filters.in(Commit.STREAMS, keys))) {
            for (BsonValue stream : document.getArray(Commit.STREAMS)) {
                BsonDocument key = stream.asDocument();
                if (key.getString(Commit.STREAM_ID).getValue().equals(aggregateIdentifier)) {
                    commitsByFirstSequence.put(key.getInt64(Commit.STREAM_SEQ).getValue(), Commit.of(document));
                }
            }
        }
        return commitsByFirstSequence;
    }

    private Commit commitContaining(String aggregateIdentifier, long sequence) {
        int window = batchSize();
        for (long to = sequence - 1; to >= 0; to -= window) {
            Map<Long, Commit> found = commitsStartingAt(aggregateIdentifier, to - window + 1, to);
            Optional<Long> nearest = found.keySet().stream().max(Comparator.naturalOrder());
            if (nearest.isPresent()) {
                return found.get(nearest.get());
            }
        }
        return null;
    }

    /**
     * Adds the aggregate's events of {@code commit} from {@code expected} on; returns the next sequence number. Each
     * carries its global position as its tracking token, so an aggregate's history can say where each event stands
     * in the whole log and a writer can learn the position of what it just wrote.
     */
    private long collect(Commit commit, String aggregateIdentifier, long expected,
                                List<DomainEventData<?>> events) {
        long next = expected;
        for (int i = 0; i < commit.events().size(); i++) {
            BsonDocument event = commit.events().get(i);
            if (aggregateIdentifier.equals(Commit.aggregateIdOf(event)) && Commit.sequenceOf(event) >= next) {
                events.add(new TrackedDomainEventData<>(
                        GapAwareTrackingToken.newInstance(commit.positionOf(i), Collections.emptySet()),
                        Commit.toEntry(event, sealing)));
                next = Commit.sequenceOf(event) + 1;
            }
        }
        return next;
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        Optional<Long> fromSnapshot = readSnapshotData(aggregateIdentifier).map(DomainEventData::getSequenceNumber)
                                                                           .findFirst();
        long from = fromSnapshot.map(sequence -> sequence + 1).orElse(0L);
        return readEventData(aggregateIdentifier, from).map(DomainEventData::getSequenceNumber)
                                                       .reduce((a, b) -> b)
                                                       .or(() -> fromSnapshot);
    }

    // ---------------------------------------------------------------------------------------------------- tracking

    /**
     * Delivers the commits after {@code lastToken} strictly in position order, whole or from the token's position
     * inside a commit, stopping at the first position that is reserved but still empty (see the class comment).
     */
    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        Timer.Sample sample = Timer.start();
        long expected = positionAfter(lastToken);
        List<TrackedEventData<?>> result = new ArrayList<>();
        long windowStart = expected;
        reading:
        while (result.size() < batchSize) {
            List<Commit> window = readWindow(windowStart, batchSize);
            if (window.isEmpty()) {
                if (positions.head() < windowStart + batchSize) {
                    break; // nothing has landed beyond: at the head, or waiting for commits in flight
                }
                windowStart += batchSize; // a commit larger than the window, or a run of silent positions
                continue;
            }
            for (Commit commit : window) {
                if (commit.last() < expected) {
                    continue;
                }
                if (commit.first() > expected) {
                    if (!clock.instant().isAfter(commit.recordedAt().plus(gapTimeout))) {
                        break reading; // positions before this commit may still be written: wait for them
                    }
                    fence(expected, commit.first() - 1);
                    windowStart = expected;
                    continue reading;
                }
                for (int i = 0; i < commit.events().size(); i++) {
                    long position = commit.positionOf(i);
                    if (position >= expected) {
                        GenericDomainEventEntry<String> entry = Commit.toEntry(commit.events().get(i), sealing);
                        result.add(new TrackedDomainEventData<>(
                                GapAwareTrackingToken.newInstance(position, Collections.emptySet()), entry));
                    }
                }
                expected = commit.last() + 1;
            }
            windowStart = Math.max(expected, windowStart + batchSize);
        }
        sample.stop(metrics.trackingReadTimer);
        metrics.trackedEventsRead.increment(result.size());
        return result;
    }

    private static long positionAfter(TrackingToken token) {
        if (token == null) {
            return 1;
        }
        if (!(token instanceof GapAwareTrackingToken gapAware)) {
            throw new IllegalArgumentException("Tokens of this store are GapAwareTrackingTokens, not " + token);
        }
        return gapAware.getIndex() + 1;
    }

    private List<Commit> readWindow(long from, int size) {
        List<Commit> window = new ArrayList<>();
        commits.find(Filters.in(Commit.ID, positionRange(from, from + size - 1)))
               .forEach(document -> window.add(Commit.of(document)));
        window.sort(Comparator.comparingLong(Commit::first));
        return window;
    }

    /**
     * Fences the silent positions one by one, in order: the first of them starts a reservation (everything before it
     * is filled), so its writer is refused; positions that turn out to be inside a dead reservation are harmless.
     */
    private void fence(long from, long to) {
        Instant now = clock.instant();
        List<BsonDocument> fences = new ArrayList<>();
        for (long position = from; position <= to; position++) {
            fences.add(Commit.fence(position, position, now, "writer silent for " + gapTimeout));
        }
        int inserted = fences.size();
        try {
            commits.insertMany(fences, new InsertManyOptions().ordered(true));
        } catch (MongoBulkWriteException e) {
            // a commit landed meanwhile, or another reader fenced first: what is there is read next round. An ordered
            // insert stops at its first error, so that error's index is the number inserted (the embedded server
            // reports every document of the batch as inserted, so the write result's count cannot be trusted)
            inserted = e.getWriteErrors().isEmpty() ? 0 : e.getWriteErrors().get(0).getIndex();
        }
        if (inserted > 0) {
            log.warn("Fenced positions {}..{}: reserved but not written for over {}", from, from + inserted - 1,
                     gapTimeout);
            metrics.fencedPositions.increment(inserted);
        }
    }

    private static List<Long> positionRange(long from, long to) {
        return LongStream.rangeClosed(Math.max(1, from), to).boxed().toList();
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        long head = positions.head();
        return head == 0 ? null : GapAwareTrackingToken.newInstance(head, Collections.emptySet());
    }

    /**
     * The one read that cannot be a key lookup: event timestamps are the writers' clocks and are not ordered by
     * position. It is used only when an operator starts a processor at a moment in time.
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        Bson atOrAfter = Filters.elemMatch(Commit.EVENTS, Filters.gte("ts", java.util.Date.from(dateTime)));
        long firstPosition = Long.MAX_VALUE;
        for (BsonDocument document : commits.find(atOrAfter)) {
            Commit commit = Commit.of(document);
            for (int i = 0; i < commit.events().size(); i++) {
                if (!Commit.timestampOf(commit.events().get(i)).isBefore(dateTime)) {
                    firstPosition = Math.min(firstPosition, commit.positionOf(i));
                    break;
                }
            }
        }
        return firstPosition == Long.MAX_VALUE
                ? createHeadToken()
                : GapAwareTrackingToken.newInstance(firstPosition - 1, Collections.emptySet());
    }

    // ---------------------------------------------------------------------------------------------------- bulk load
    // Added for the storage benchmark (tracker-web benchmark package); self-contained, used by nothing else.

    /**
     * Stores many commits at once, each exactly as {@link #appendEvents} would have stored it, with one position
     * reservation and one journaled {@code insertMany}: fills a store with a long history quickly (benchmarks,
     * imports). Not for live traffic: there is no retry, and on failure the rest of the reservation stays empty until
     * a reader fences it.
     *
     * @param commitsToStore the commits, each the events of one unit of work, in the order they are to be positioned
     */
    public void appendCommitsInBulk(List<? extends List<? extends EventMessage<?>>> commitsToStore) {
        int eventCount = commitsToStore.stream().mapToInt(List::size).sum();
        if (eventCount == 0) {
            return;
        }
        long next = positions.reserve(eventCount) - eventCount + 1;
        Instant now = clock.instant();
        List<BsonDocument> documents = new ArrayList<>(commitsToStore.size());
        for (List<? extends EventMessage<?>> events : commitsToStore) {
            if (!events.isEmpty()) {
                documents.add(new Commit(next, next + events.size() - 1, now,
                                         Commit.serialize(events, getEventSerializer(), sealing)).toDocument());
                next += events.size();
            }
        }
        commits.insertMany(documents, new InsertManyOptions().ordered(true));
        metrics.commits.increment(documents.size());
        metrics.events.increment(eventCount);
    }

    // ---------------------------------------------------------------------------------------------------- builder

    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private String commitCollection = "events";
        private String snapshotCollection = "snapshots";
        private String counterCollection = "counters";
        private Duration gapTimeout = Duration.ofSeconds(10);
        private WriteConcern positionWriteConcern = WriteConcern.MAJORITY;
        private Clock clock = Clock.systemUTC();
        private MeterRegistry meterRegistry;
        private Sealing sealing = Sealing.none();

        protected Builder() {
            persistenceExceptionResolver(new DuplicateKeyResolver());
        }

        public Builder database(MongoDatabase database) {
            assertNonNull(database, "The MongoDatabase may not be null");
            this.database = database;
            return this;
        }

        public Builder collections(String commits, String snapshots, String counters) {
            this.commitCollection = commits;
            this.snapshotCollection = snapshots;
            this.counterCollection = counters;
            return this;
        }

        /** How long a reader waits behind a reserved but empty position before fencing it. */
        public Builder gapTimeout(Duration gapTimeout) {
            assertThat(gapTimeout, timeout -> !timeout.isNegative(), "The gap timeout may not be negative");
            this.gapTimeout = gapTimeout;
            return this;
        }

        /**
         * The write concern of position reservations: {@code majority} (the default) on a replica set, where a
         * rolled-back reservation would hand positions out twice; {@code w:1, j:false} on a single-process store,
         * where the journaled commit that follows carries the reservation to disk.
         */
        public Builder positionWriteConcern(WriteConcern positionWriteConcern) {
            assertNonNull(positionWriteConcern, "The position write concern may not be null");
            this.positionWriteConcern = positionWriteConcern;
            return this;
        }

        public Builder clock(Clock clock) {
            assertNonNull(clock, "The clock may not be null");
            this.clock = clock;
            return this;
        }

        /** How classified content is sealed; without it, nothing is. */
        public Builder sealing(Sealing sealing) {
            assertNonNull(sealing, "The sealing may not be null");
            this.sealing = sealing;
            return this;
        }

        /** Meters are registered here; without a registry nothing is recorded. */
        public Builder meterRegistry(MeterRegistry meterRegistry) {
            this.meterRegistry = meterRegistry;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder persistenceExceptionResolver(PersistenceExceptionResolver persistenceExceptionResolver) {
            super.persistenceExceptionResolver(persistenceExceptionResolver);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            assertNonNull(database, "The MongoDatabase is a hard requirement and should be provided");
        }

        public MongoCommitStorageEngine build() {
            validate();
            return new MongoCommitStorageEngine(this);
        }
    }
}
