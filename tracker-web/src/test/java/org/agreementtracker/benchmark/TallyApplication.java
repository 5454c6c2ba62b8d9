package org.agreementtracker.benchmark;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Axon, configured without Spring the way the tracker uses it: command gateway on the simple command bus, an
 * event-sourced aggregate loaded from the store on every command (no cache), snapshots every {@code threshold}
 * events by the aggregate snapshotter, the embedded event store on the engine under test.
 */
final class TallyApplication implements AutoCloseable {

    /** Longer than the tracker's gap timeout (10 s): a reader waiting at a silent position is not idle. */
    private static final Duration IDLE_LIMIT = Duration.ofSeconds(15);

    private final Configuration axon;
    private final CommandGateway commands;
    private boolean closed;

    TallyApplication(EventStorageEngine engine, Serializer serializer, int snapshotThreshold) {
        axon = DefaultConfigurer.defaultConfiguration(false)
                                .configureSerializer(c -> serializer)
                                .configureEventSerializer(c -> serializer)
                                .configureEmbeddedEventStore(c -> engine)
                                .configureAggregate(
                                        AggregateConfigurer.defaultConfiguration(Tally.class)
                                                           .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(
                                                                   c.snapshotter(), snapshotThreshold)))
                                .buildConfiguration();
        axon.start();
        commands = axon.commandGateway();
    }

    /** Single-event commands on tallies chosen at random, from {@code clients} clients at once. */
    Rate recordProgress(History history, int clients, long count, Duration cap) {
        return ClosedLoop.run(clients, count, cap, number -> {
            int tally = ThreadLocalRandom.current().nextInt(history.tallies());
            try {
                commands.sendAndWait(new RecordProgress(History.tallyId(tally), History.note(number)));
                history.commandSucceeded(tally);
            } catch (RuntimeException e) {
                history.commandFailed(tally);
                throw e;
            }
        });
    }

    /**
     * A tracking processor started at the tail of the store, with an in-memory token store and a handler that only
     * reads each event's payload (as any projection must), timed until it has delivered {@code expected} events,
     * until nothing came for a while, or until the cap.
     */
    Rate replay(long expected, Duration cap) {
        AtomicLong delivered = new AtomicLong();
        AtomicLong lastDeliveredAt = new AtomicLong();
        EventMessageHandler handler = new EventMessageHandler() {
            @Override
            public Object handle(EventMessage<?> event) {
                event.getPayload();
                delivered.incrementAndGet();
                lastDeliveredAt.set(System.nanoTime());
                return null;
            }
        };
        TrackingEventProcessor processor =
                TrackingEventProcessor.builder()
                                      .name("replay")
                                      .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                                                                                    .eventHandlers(handler)
                                                                                    .build())
                                      .messageSource(axon.eventStore())
                                      .tokenStore(new InMemoryTokenStore())
                                      .transactionManager(NoTransactionManager.INSTANCE)
                                      .trackingEventProcessorConfiguration(
                                              TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                                                                 .andBatchSize(100))
                                      .build();
        long start = System.nanoTime();
        long deadline = start + cap.toNanos();
        lastDeliveredAt.set(start);
        processor.start();
        boolean capped = false;
        try {
            while (delivered.get() < expected) {
                long now = System.nanoTime();
                if (now > deadline) {
                    capped = true;
                    break;
                }
                if (now - lastDeliveredAt.get() > IDLE_LIMIT.toNanos()) {
                    break; // fewer events than expected are stored, or the reader is stuck
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            processor.shutDown();
        }
        long count = delivered.get();
        // timed to the last delivery: the idle wait that shows the head was reached is not replay time
        long end = Math.max(lastDeliveredAt.get(), start);
        // failures: events expected but not delivered
        return new Rate(count, Math.max(0, expected - count), (end - start) / 1e9, Double.NaN, Double.NaN, capped);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            axon.shutdown();
        }
    }
}
