package org.agreementtracker.eventstore;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.agreementtracker.eventstore.TestEvents.events;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two tracker nodes, each with its own engine on its own MongoDB client and several command threads, append to the
 * same few aggregates at once, while tracking readers on both nodes follow the store.
 */
class ConcurrentWritersTest {

    private static final List<String> AGGREGATES = List.of("agreement-1", "agreement-2", "agreement-3");
    private static final int THREADS_PER_NODE = 3;
    private static final int APPENDS_PER_THREAD = 10;
    private static final int BATCH_SIZE = 25;

    @RegisterExtension
    static final TestMongoExtension mongo = new TestMongoExtension();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    /** Every event whose append returned normally, in no particular order. */
    private final Queue<DomainEventMessage<?>> acknowledged = new ConcurrentLinkedQueue<>();
    private final AtomicInteger acknowledgedCommits = new AtomicInteger();
    private final AtomicInteger storeFailures = new AtomicInteger();

    @Test
    void concurrentAppendsLoseNothingAndEveryReaderSeesEachCommitOnceInPositionOrder() throws Exception {
        MongoCommitStorageEngine nodeA = engine(mongo.database(), Duration.ofSeconds(5), Clock.systemUTC());
        MongoCommitStorageEngine nodeB = engine(mongo.onSecondNode(), Duration.ofSeconds(5), Clock.systemUTC());

        Run run = runWritersAndReaders(nodeA, nodeB, nodeA, nodeB);

        assertStoredExactlyWhatWasAcknowledged(nodeA, run);
        assertThat(storeFailures).as("appends fail only by losing a race").hasValue(0);
        assertThat(meters.counter("tracker.eventstore.conflicts").count())
                .as("the writers must really have raced for the same sequence numbers").isGreaterThan(0);
    }

    /**
     * With no gap timeout the readers fence every position that is still empty behind a later commit, so they keep
     * fencing writers that are alive and about to insert: those are refused and store their commit at new positions.
     * The writers dawdle a little between reserving and inserting (see {@link DawdlingClock}) so that readers catch
     * them in flight often.
     */
    @Test
    void readersFencingLiveWritersLoseNothingAndDeliverEachCommitOnceInPositionOrder() throws Exception {
        MongoDatabase onSecondClient = mongo.onSecondNode();
        MongoCommitStorageEngine writerA = engine(mongo.database(), Duration.ZERO, new DawdlingClock());
        MongoCommitStorageEngine writerB = engine(onSecondClient, Duration.ZERO, new DawdlingClock());
        MongoCommitStorageEngine readerA = engine(mongo.database(), Duration.ZERO, Clock.systemUTC());
        MongoCommitStorageEngine readerB = engine(onSecondClient, Duration.ZERO, Clock.systemUTC());

        Run run = runWritersAndReaders(writerA, writerB, readerA, readerB);

        assertStoredExactlyWhatWasAcknowledged(readerA, run);
        assertThat(meters.counter("tracker.eventstore.fenced.retries").count())
                .as("readers must really have fenced writers that were still alive").isGreaterThan(0);
    }

    private record Run(List<TrackedEventMessage<?>> readByEngine, List<Delivery> readByProcessor,
                       int readBeforeWritersFinished) {
    }

    private record Delivery(String identifier, long position) {
    }

    /** What a tracking processor on node B was given, with the token it was given it at. */
    public static class Recorder {

        final List<Delivery> deliveries = Collections.synchronizedList(new ArrayList<>());

        @EventHandler
        public void on(String payload, EventMessage<?> event, TrackingToken token) {
            deliveries.add(new Delivery(event.getIdentifier(), token.position().orElseThrow()));
        }
    }

    private Run runWritersAndReaders(MongoCommitStorageEngine writerA, MongoCommitStorageEngine writerB,
                                     MongoCommitStorageEngine readerA, MongoCommitStorageEngine readerB)
            throws Exception {
        // node A: the engine's own tracking read, polled in a loop
        AtomicBoolean writersDone = new AtomicBoolean();
        ExecutorService readerThread = Executors.newSingleThreadExecutor();
        List<TrackedEventMessage<?>> readByEngine = Collections.synchronizedList(new ArrayList<>());
        Future<?> engineReader = readerThread.submit(() -> followUntilQuiet(readerA, writersDone, readByEngine));

        // node B: Axon's event store and a tracking event processor with an in-memory token store
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(readerB).fetchDelay(5).build();
        Recorder recorder = new Recorder();
        TrackingEventProcessor processor =
                TrackingEventProcessor.builder()
                                      .name("recorder")
                                      .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                                                                                    .eventHandlers(recorder)
                                                                                    .build())
                                      .messageSource(eventStore)
                                      .tokenStore(new InMemoryTokenStore())
                                      .transactionManager(NoTransactionManager.INSTANCE)
                                      .trackingEventProcessorConfiguration(
                                              TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                                                                 .andBatchSize(BATCH_SIZE))
                                      .build();
        processor.start();

        ExecutorService writers = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
        try {
            List<Future<?>> writing = new ArrayList<>();
            for (int i = 0; i < THREADS_PER_NODE; i++) {
                writing.add(writers.submit(() -> write(writerA)));
                writing.add(writers.submit(() -> write(writerB)));
            }
            for (Future<?> writer : writing) {
                writer.get(30, TimeUnit.SECONDS);
            }
            int readBeforeWritersFinished = readByEngine.size();
            writersDone.set(true);
            engineReader.get(30, TimeUnit.SECONDS);

            int total = acknowledged.size();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (recorder.deliveries.size() < total && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(50); // anything delivered beyond the total would show now
            return new Run(List.copyOf(readByEngine), List.copyOf(recorder.deliveries), readBeforeWritersFinished);
        } finally {
            writers.shutdownNow();
            readerThread.shutdownNow();
            processor.shutDown();
            eventStore.shutDown();
        }
    }

    /**
     * A command thread: reads where the aggregate stands, appends the next one to three events as one commit, and on
     * losing the race (or, with readers fencing hard, being fenced too often) starts that command over.
     */
    private void write(MongoCommitStorageEngine engine) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < APPENDS_PER_THREAD; i++) {
            String aggregate = AGGREGATES.get(random.nextInt(AGGREGATES.size()));
            int size = 1 + random.nextInt(3);
            while (true) {
                long next = engine.lastSequenceNumberFor(aggregate).map(last -> last + 1).orElse(0L);
                List<DomainEventMessage<?>> commit = events(aggregate, next, size);
                try {
                    engine.appendEvents(commit);
                    acknowledged.addAll(commit);
                    acknowledgedCommits.incrementAndGet();
                    break;
                } catch (ConcurrencyException | AggregateStreamCreationException lostTheRace) {
                    // another node appended to this aggregate first: the command runs again on the new state
                } catch (EventStoreException fencedTooOften) {
                    // refused at every reservation it tried; nothing of it was stored, so it may run again
                    storeFailures.incrementAndGet();
                }
            }
        }
    }

    /** Polls the engine's tracking read until the writers are done and a poll after that finds nothing new. */
    private static void followUntilQuiet(MongoCommitStorageEngine engine, AtomicBoolean writersDone,
                                         List<TrackedEventMessage<?>> read) {
        TrackingToken token = null;
        while (true) {
            boolean done = writersDone.get();
            List<? extends TrackedEventMessage<?>> batch;
            try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(token, false)) {
                batch = stream.toList();
            }
            read.addAll(batch);
            if (!batch.isEmpty()) {
                token = batch.get(batch.size() - 1).trackingToken();
            } else if (done) {
                return;
            } else {
                pause(); // as a processor waits between polls; a spinning reader would starve the writers
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void assertStoredExactlyWhatWasAcknowledged(MongoCommitStorageEngine engine, Run run) {
        List<? extends TrackedEventMessage<?>> stored;
        try (Stream<? extends TrackedEventMessage<?>> all = engine.readEvents(null, false)) {
            stored = all.toList();
        }
        List<String> acknowledgedIds = acknowledged.stream().map(EventMessage::getIdentifier).toList();
        List<String> storedIds = stored.stream().map(EventMessage::getIdentifier).toList();

        assertThat(acknowledgedCommits.get()).isEqualTo(2 * THREADS_PER_NODE * APPENDS_PER_THREAD);
        assertThat(storedIds).as("every acknowledged event stored once, and nothing else")
                             .doesNotHaveDuplicates()
                             .containsExactlyInAnyOrderElementsOf(acknowledgedIds);
        assertThat(stored).extracting(TestEvents::positionOf).as("positions unique, delivered in order")
                          .isSorted().doesNotHaveDuplicates();

        Map<String, List<DomainEventMessage<?>>> acknowledgedByAggregate =
                acknowledged.stream().collect(Collectors.groupingBy(DomainEventMessage::getAggregateIdentifier));
        for (String aggregate : AGGREGATES) {
            List<? extends DomainEventMessage<?>> history = engine.readEvents(aggregate).asStream().toList();
            int count = acknowledgedByAggregate.getOrDefault(aggregate, List.of()).size();
            assertThat(history).extracting(DomainEventMessage::getSequenceNumber)
                               .as("%s: sequence numbers 0..n-1, no hole, no duplicate", aggregate)
                               .containsExactlyElementsOf(LongStream.range(0, count).boxed().toList());
            assertThat(history).extracting(EventMessage::getIdentifier)
                               .containsExactlyInAnyOrderElementsOf(
                                       acknowledgedByAggregate.getOrDefault(aggregate, List.of()).stream()
                                                              .map(EventMessage::getIdentifier).toList());
        }

        assertThat(run.readBeforeWritersFinished()).as("the engine's reader was reading while writers wrote")
                                                   .isGreaterThan(0);
        assertThat(run.readByEngine()).extracting(EventMessage::getIdentifier)
                                      .as("the engine's concurrent reader: each event once, in position order")
                                      .containsExactlyElementsOf(storedIds);
        assertThat(run.readByEngine()).extracting(TestEvents::positionOf)
                                      .containsExactlyElementsOf(stored.stream().map(TestEvents::positionOf).toList());
        assertThat(run.readByProcessor()).extracting(Delivery::identifier)
                                         .as("the tracking processor on the other node: each event once, in order")
                                         .containsExactlyElementsOf(storedIds);
        assertThat(run.readByProcessor()).extracting(Delivery::position)
                                         .containsExactlyElementsOf(stored.stream().map(TestEvents::positionOf)
                                                                          .toList());
    }

    /**
     * The engine stamps a commit between reserving its positions and inserting it: a pause there is a slow writer. The
     * pauses differ, so later reservations overtake earlier ones and readers find positions empty behind them.
     */
    private static final class DawdlingClock extends Clock {

        @Override
        public Instant instant() {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Instant.now();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private MongoCommitStorageEngine engine(MongoDatabase on, Duration gapTimeout, Clock clock) {
        return TestMongo.engineOn(on)
                        .batchSize(BATCH_SIZE)
                        .gapTimeout(gapTimeout)
                        .clock(clock)
                        .meterRegistry(meters)
                        .build();
    }
}
