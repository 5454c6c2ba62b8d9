package org.agreementtracker.eventstore;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

/**
 * The storage engine's meters. Without a registry they are registered in an empty composite, which records nothing.
 */
final class StorageMetrics {

    final Timer appendTimer;
    final Counter commits;
    final Counter events;
    final Counter conflicts;
    final Counter fencedRetries;
    final Counter fencedPositions;
    final Timer aggregateLoadTimer;
    final Counter aggregateEventsLoaded;
    final Timer trackingReadTimer;
    final Counter trackedEventsRead;

    StorageMetrics(MeterRegistry registry) {
        MeterRegistry meters = registry == null ? new CompositeMeterRegistry() : registry;
        appendTimer = Timer.builder("tracker.eventstore.append")
                           .description("Time to append one commit (reserve positions, insert, journal)")
                           .publishPercentileHistogram()
                           .register(meters);
        commits = Counter.builder("tracker.eventstore.commits").description("Commits appended").register(meters);
        events = Counter.builder("tracker.eventstore.events").description("Events appended").register(meters);
        conflicts = Counter.builder("tracker.eventstore.conflicts")
                           .description("Appends refused because another writer appended to the same aggregate first")
                           .register(meters);
        fencedRetries = Counter.builder("tracker.eventstore.fenced.retries")
                               .description("Appends retried at a new position because a reader fenced the reserved one")
                               .register(meters);
        fencedPositions = Counter.builder("tracker.eventstore.fenced.positions")
                                 .description("Positions a reader fenced after their writer stayed silent too long")
                                 .register(meters);
        aggregateLoadTimer = Timer.builder("tracker.eventstore.aggregate.load")
                                  .description("Time to read one aggregate's events")
                                  .publishPercentileHistogram()
                                  .register(meters);
        aggregateEventsLoaded = Counter.builder("tracker.eventstore.aggregate.events")
                                       .description("Events read to load aggregates")
                                       .register(meters);
        trackingReadTimer = Timer.builder("tracker.eventstore.tracking.read")
                                 .description("Time of one batch read by a tracking reader")
                                 .publishPercentileHistogram()
                                 .register(meters);
        trackedEventsRead = Counter.builder("tracker.eventstore.tracking.events")
                                   .description("Events delivered to tracking readers")
                                   .register(meters);
    }
}
