package org.agreementtracker.eventstore;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.agreementtracker.eventstore.TestEvents.event;
import static org.agreementtracker.eventstore.TestEvents.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine's work shows in {@code tracker.eventstore.*} meters. */
class StorageMetricsTest {

    @RegisterExtension
    static final TestMongoExtension mongo = new TestMongoExtension();

    @Test
    void appendsConflictsAggregateLoadsAndTrackingReadsAreCountedAndTimed() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        MongoCommitStorageEngine engine = TestMongo.engineOn(mongo.database())
                                                   .meterRegistry(meters)
                                                   .build();

        engine.appendEvents(events("agreement-1", 0, 3));
        engine.appendEvents(List.of(event("agreement-2", 0)));
        engine.appendEvents(List.of(event("agreement-2", 1)));
        assertThatThrownBy(() -> engine.appendEvents(List.of(event("agreement-2", 1))))
                .isInstanceOf(ConcurrencyException.class);
        long loaded = engine.readEvents("agreement-1").asStream().count();
        List<? extends TrackedEventMessage<?>> tracked;
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(null, false)) {
            tracked = stream.toList();
        }

        assertThat(meters.timer("tracker.eventstore.append").count()).as("every append is timed, refused or not")
                                                                  .isEqualTo(4);
        assertThat(meters.counter("tracker.eventstore.commits").count()).isEqualTo(3);
        assertThat(meters.counter("tracker.eventstore.events").count()).isEqualTo(5);
        assertThat(meters.counter("tracker.eventstore.conflicts").count()).isEqualTo(1);
        assertThat(meters.counter("tracker.eventstore.fenced.retries").count()).isZero();
        assertThat(meters.counter("tracker.eventstore.fenced.positions").count()).isZero();

        assertThat(loaded).isEqualTo(3);
        assertThat(meters.timer("tracker.eventstore.aggregate.load").count()).isEqualTo(1);
        assertThat(meters.counter("tracker.eventstore.aggregate.events").count()).isEqualTo(3);

        assertThat(tracked).hasSize(5);
        assertThat(meters.timer("tracker.eventstore.tracking.read").count())
                .as("one read that returned the events, one that found the end").isEqualTo(2);
        assertThat(meters.counter("tracker.eventstore.tracking.events").count()).isEqualTo(5);
        assertThat(meters.timer("tracker.eventstore.tracking.read").totalTime(TimeUnit.NANOSECONDS)).isPositive();
        assertThat(meters.timer("tracker.eventstore.append").totalTime(TimeUnit.NANOSECONDS)).isPositive();
    }
}
