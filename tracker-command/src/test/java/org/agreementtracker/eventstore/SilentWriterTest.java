package org.agreementtracker.eventstore;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.agreementtracker.eventstore.TestEvents.event;
import static org.agreementtracker.eventstore.TestEvents.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Positions that were reserved but are still empty: a writer in flight, or one that died. Readers wait behind them for
 * at most the gap timeout, then fence them; nothing a writer was told is stored is skipped, and no reader waits
 * forever.
 */
class SilentWriterTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(10);
    private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");

    @RegisterExtension
    static final TestMongoExtension mongo = new TestMongoExtension();

    @Test
    void aReaderWaitsBehindADeadWritersPositionsUntilTheGapTimeoutThenFencesThemAndGoesOn() {
        TestClock clock = new TestClock(START);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        MongoCommitStorageEngine engine = engine(mongo.database(), clock, meters);
        DomainEventMessage<String> first = event("agreement-1", 0);
        DomainEventMessage<String> later = event("agreement-2", 0);
        engine.appendEvents(List.of(first));                                  // position 1
        reserveAndDie(2);                                                     // positions 2..3, never written

        assertThat(read(engine, null)).as("silent positions at the head hold nobody up")
                                      .extracting(EventMessage::getIdentifier)
                                      .containsExactly(first.getIdentifier());

        engine.appendEvents(List.of(later));                                  // position 4
        clock.advance(GAP_TIMEOUT);
        assertThat(read(engine, token(1))).as("the gap is not older than the timeout yet: wait").isEmpty();
        assertThat(fencedPositions()).isEmpty();

        clock.advance(Duration.ofMillis(1));
        List<? extends TrackedEventMessage<?>> afterTimeout = read(engine, token(1));

        assertThat(afterTimeout).extracting(EventMessage::getIdentifier).containsExactly(later.getIdentifier());
        assertThat(afterTimeout).extracting(TestEvents::positionOf).containsExactly(4L);
        assertThat(fencedPositions()).containsExactly(2L, 3L);
        assertThat(meters.counter("tracker.eventstore.fenced.positions").count()).isEqualTo(2);
        assertThat(read(engine, null)).as("fences deliver nothing").extracting(EventMessage::getIdentifier)
                                      .containsExactly(first.getIdentifier(), later.getIdentifier());
    }

    @Test
    void aWriterStalledPastTheGapTimeoutIsRefusedAtItsFencedPositionsAndStoredAtNewOnes() throws Exception {
        TestClock writerClock = new TestClock(START);
        TestClock readerClock = new TestClock(START);
        SimpleMeterRegistry writerMeters = new SimpleMeterRegistry();
        MongoCommitStorageEngine writer = engine(mongo.database(), writerClock, writerMeters);
        MongoCommitStorageEngine reader = engine(mongo.onSecondNode(), readerClock, new SimpleMeterRegistry());
        DomainEventMessage<String> first = event("agreement-1", 0);
        writer.appendEvents(List.of(first));                                 // position 1

        TestClock.Stall stall = writerClock.stallNextReading();
        List<DomainEventMessage<?>> stalled = events("agreement-2", 0, 2);
        CompletableFuture<Void> stalledAppend = CompletableFuture.runAsync(() -> writer.appendEvents(stalled));
        stall.awaitReached();                                                // positions 2..3 reserved, not written
        DomainEventMessage<String> later = event("agreement-3", 0);
        reader.appendEvents(List.of(later));                                 // position 4

        assertThat(read(reader, token(1))).isEmpty();
        readerClock.advance(GAP_TIMEOUT.plusMillis(1));
        assertThat(read(reader, token(1))).extracting(TestEvents::positionOf).containsExactly(4L);
        assertThat(fencedPositions()).containsExactly(2L, 3L);

        stall.release();
        stalledAppend.get(10, TimeUnit.SECONDS);                             // the writer was told: stored

        List<? extends TrackedEventMessage<?>> delivered = read(reader, token(4));
        assertThat(delivered).extracting(EventMessage::getIdentifier)
                             .containsExactly(stalled.get(0).getIdentifier(), stalled.get(1).getIdentifier());
        assertThat(delivered).extracting(TestEvents::positionOf).containsExactly(5L, 6L);
        assertThat(writerMeters.counter("tracker.eventstore.fenced.retries").count()).isEqualTo(1);
        assertThat(read(reader, null)).extracting(EventMessage::getIdentifier)
                                      .containsExactly(first.getIdentifier(), later.getIdentifier(),
                                                       stalled.get(0).getIdentifier(), stalled.get(1).getIdentifier());
        assertThat(writer.readEvents("agreement-2").asStream()).extracting(EventMessage::getIdentifier)
                                                               .containsExactly(stalled.get(0).getIdentifier(),
                                                                                stalled.get(1).getIdentifier());
    }

    @Test
    void aSlowWriterWhoseCommitLandsBeforeTheGapTimeoutIsDeliveredInPositionOrder() throws Exception {
        TestClock writerClock = new TestClock(START);
        TestClock readerClock = new TestClock(START);
        MongoCommitStorageEngine writer = engine(mongo.database(), writerClock, new SimpleMeterRegistry());
        MongoCommitStorageEngine reader = engine(mongo.onSecondNode(), readerClock, new SimpleMeterRegistry());
        DomainEventMessage<String> first = event("agreement-1", 0);
        writer.appendEvents(List.of(first));                                 // position 1

        TestClock.Stall stall = writerClock.stallNextReading();
        List<DomainEventMessage<?>> slow = events("agreement-2", 0, 2);
        CompletableFuture<Void> slowAppend = CompletableFuture.runAsync(() -> writer.appendEvents(slow));
        stall.awaitReached();                                                // positions 2..3 reserved
        DomainEventMessage<String> later = event("agreement-3", 0);
        reader.appendEvents(List.of(later));                                 // position 4

        readerClock.advance(GAP_TIMEOUT.minusMillis(1));
        assertThat(read(reader, token(1))).as("a later commit is not delivered ahead of one in flight").isEmpty();

        stall.release();
        slowAppend.get(10, TimeUnit.SECONDS);
        List<? extends TrackedEventMessage<?>> delivered = read(reader, token(1));

        assertThat(delivered).extracting(EventMessage::getIdentifier)
                             .containsExactly(slow.get(0).getIdentifier(), slow.get(1).getIdentifier(),
                                              later.getIdentifier());
        assertThat(delivered).extracting(TestEvents::positionOf).containsExactly(2L, 3L, 4L);
        assertThat(fencedPositions()).isEmpty();
    }

    @Test
    void aWriterThatLosesARaceClosesItsOwnPositionsSoReadersNeedNotWait() {
        TestClock clock = new TestClock(START);
        MongoCommitStorageEngine engine = engine(mongo.database(), clock, new SimpleMeterRegistry());
        DomainEventMessage<String> created = event("agreement-1", 0);
        engine.appendEvents(List.of(created));                                // position 1
        assertThatThrownBy(() -> engine.appendEvents(List.of(event("agreement-1", 0))))
                .isInstanceOf(AggregateStreamCreationException.class);       // reserved position 2, refused
        DomainEventMessage<String> later = event("agreement-2", 0);
        engine.appendEvents(List.of(later));                                  // position 3

        // the clock never moves: only the loser's own fence lets the reader past position 2
        assertThat(read(engine, null)).extracting(TestEvents::positionOf).containsExactly(1L, 3L);
        assertThat(read(engine, null)).extracting(EventMessage::getIdentifier)
                                      .containsExactly(created.getIdentifier(), later.getIdentifier());
    }

    @Test
    void aCommitThatLandsWhileAReaderIsAboutToFenceItsPositionsIsDeliveredNotFenced() throws Exception {
        TestClock writerClock = new TestClock(START);
        TestClock readerClock = new TestClock(START);
        MongoCommitStorageEngine writer = engine(mongo.database(), writerClock, new SimpleMeterRegistry());
        MongoCommitStorageEngine reader = engine(mongo.onSecondNode(), readerClock, new SimpleMeterRegistry());
        DomainEventMessage<String> first = event("agreement-1", 0);
        writer.appendEvents(List.of(first));                                 // position 1
        reserveAndDie(1);                                                    // position 2, never written
        TestClock.Stall writerStall = writerClock.stallNextReading();
        List<DomainEventMessage<?>> slow = events("agreement-2", 0, 2);
        CompletableFuture<Void> slowAppend = CompletableFuture.runAsync(() -> writer.appendEvents(slow));
        writerStall.awaitReached();                                          // positions 3..4 reserved
        DomainEventMessage<String> later = event("agreement-3", 0);
        reader.appendEvents(List.of(later));                                 // position 5
        readerClock.advance(GAP_TIMEOUT.plusMillis(1));

        // the reader has seen positions 2..4 empty behind an old commit and is about to fence them...
        TestClock.Stall readerStall = readerClock.stallNextReading();
        CompletableFuture<List<? extends TrackedEventMessage<?>>> read =
                CompletableFuture.supplyAsync(() -> read(reader, token(1)));
        readerStall.awaitReached();
        // ...when the slow writer's commit lands at 3..4
        writerStall.release();
        slowAppend.get(10, TimeUnit.SECONDS);
        readerStall.release();

        assertThat(read.get(10, TimeUnit.SECONDS))
                .extracting(EventMessage::getIdentifier)
                .containsExactly(slow.get(0).getIdentifier(), slow.get(1).getIdentifier(), later.getIdentifier());
        assertThat(fencedPositions()).as("the dead writer's position only: a fence stops at a commit's first position")
                                     .containsExactly(2L);
    }

    @Test
    void twoReadersFencingTheSameGapAtOnceFenceEachPositionOnceAndBothGoOn() throws Exception {
        TestClock firstClock = new TestClock(START);
        TestClock secondClock = new TestClock(START);
        SimpleMeterRegistry firstMeters = new SimpleMeterRegistry();
        SimpleMeterRegistry secondMeters = new SimpleMeterRegistry();
        MongoCommitStorageEngine firstReader = engine(mongo.database(), firstClock, firstMeters);
        MongoCommitStorageEngine secondReader = engine(mongo.onSecondNode(), secondClock, secondMeters);
        DomainEventMessage<String> first = event("agreement-1", 0);
        firstReader.appendEvents(List.of(first));                             // position 1
        int silent = 200;
        reserveAndDie(silent);                                                // positions 2..201
        DomainEventMessage<String> later = event("agreement-2", 0);
        firstReader.appendEvents(List.of(later));                             // position 202
        firstClock.advance(GAP_TIMEOUT.plusMillis(1));
        secondClock.advance(GAP_TIMEOUT.plusMillis(1));

        // both readers see the same gap and decide to fence it before either has written a fence
        TestClock.Stall firstStall = firstClock.stallNextReading();
        TestClock.Stall secondStall = secondClock.stallNextReading();
        CompletableFuture<List<String>> readByFirst =
                CompletableFuture.supplyAsync(() -> identifiers(read(firstReader, null)));
        CompletableFuture<List<String>> readBySecond =
                CompletableFuture.supplyAsync(() -> identifiers(read(secondReader, null)));
        firstStall.awaitReached();
        secondStall.awaitReached();
        firstStall.release();
        secondStall.release();

        List<String> expected = List.of(first.getIdentifier(), later.getIdentifier());
        assertThat(readByFirst.get(10, TimeUnit.SECONDS)).isEqualTo(expected);
        assertThat(readBySecond.get(10, TimeUnit.SECONDS)).isEqualTo(expected);
        assertThat(fencedPositions()).hasSize(silent).doesNotHaveDuplicates();
        assertThat(firstMeters.counter("tracker.eventstore.fenced.positions").count()
                           + secondMeters.counter("tracker.eventstore.fenced.positions").count())
                .as("each silent position fenced by exactly one of the readers")
                .isEqualTo(silent);
    }

    // ------------------------------------------------------------------------------------------------------------

    private MongoCommitStorageEngine engine(MongoDatabase on, TestClock clock, SimpleMeterRegistry meters) {
        return TestMongo.engineOn(on)
                        .batchSize(10)
                        .gapTimeout(GAP_TIMEOUT)
                        .clock(clock)
                        .meterRegistry(meters)
                        .build();
    }

    /** What a writer that crashed right after reserving leaves behind: a counter moved on, and nothing else. */
    private void reserveAndDie(int positions) {
        mongo.database().getCollection("counters")
                .findOneAndUpdate(Filters.eq("_id", "events"), Updates.inc("last", (long) positions),
                                  new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
    }

    private List<Long> fencedPositions() {
        List<Long> fenced = new ArrayList<>();
        mongo.database().getCollection("events", BsonDocument.class)
                .find(Filters.exists("fence"))
                .forEach(fence -> {
                    for (long p = fence.getInt64("first").getValue(); p <= fence.getInt64("_id").getValue(); p++) {
                        fenced.add(p);
                    }
                });
        Collections.sort(fenced);
        return fenced;
    }

    private static List<? extends TrackedEventMessage<?>> read(MongoCommitStorageEngine engine, TrackingToken from) {
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(from, false)) {
            return stream.toList();
        }
    }

    private static List<String> identifiers(List<? extends TrackedEventMessage<?>> events) {
        return events.stream().map(EventMessage::getIdentifier).toList();
    }

    private static TrackingToken token(long position) {
        return GapAwareTrackingToken.newInstance(position, Collections.emptySet());
    }
}
