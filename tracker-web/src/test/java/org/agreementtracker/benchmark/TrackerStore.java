package org.agreementtracker.benchmark;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.agreementtracker.eventstore.MongoCommitStorageEngine;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The tracker's own engine, {@link MongoCommitStorageEngine}, as the application configures it. */
final class TrackerStore extends BenchmarkStore {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MongoCommitStorageEngine engine;
    private final TimerReading append = new TimerReading("tracker.eventstore.append");
    private final TimerReading aggregateLoad = new TimerReading("tracker.eventstore.aggregate.load");

    TrackerStore(Path dataDirectory, boolean fsync, Serializer serializer) {
        super(dataDirectory, fsync);
        engine = MongoCommitStorageEngine.builder()
                                         .database(client.getDatabase("tracker"))
                                         .eventSerializer(serializer)
                                         .snapshotSerializer(serializer)
                                         .meterRegistry(meters)
                                         .build();
    }

    @Override
    String name() {
        return "tracker";
    }

    @Override
    EventStorageEngine engine() {
        return engine;
    }

    @Override
    void appendInBulk(List<DomainEventMessage<?>> events) {
        engine.appendCommitsInBulk(events.stream().map(List::of).toList());
    }

    @Override
    EngineTimings engineTimingsSinceLastCall() {
        return new EngineTimings(append.meanMillisSinceLastReading(), aggregateLoad.meanMillisSinceLastReading());
    }

    @Override
    java.util.Optional<String> engineCounters() {
        StringBuilder counters = new StringBuilder();
        meters.getMeters().stream()
              .filter(meter -> meter instanceof io.micrometer.core.instrument.Counter)
              .forEach(meter -> counters.append(meter.getId().getName().replace("tracker.eventstore.", ""))
                                        .append('=')
                                        .append((long) ((io.micrometer.core.instrument.Counter) meter).count())
                                        .append(' '));
        return java.util.Optional.of(counters.toString().trim());
    }

    private final class TimerReading {
        private final String name;
        private long count;
        private double totalMillis;

        TimerReading(String name) {
            this.name = name;
        }

        double meanMillisSinceLastReading() {
            Timer timer = meters.find(name).timer();
            if (timer == null) {
                return Double.NaN;
            }
            long newCount = timer.count();
            double newTotal = timer.totalTime(TimeUnit.MILLISECONDS);
            double mean = newCount == count ? Double.NaN : (newTotal - totalMillis) / (newCount - count);
            count = newCount;
            totalMillis = newTotal;
            return mean;
        }
    }
}
