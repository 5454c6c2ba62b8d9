package org.agreementtracker.benchmark;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.nio.file.Path;
import java.util.List;

/** One storage engine on its own fresh embedded store. */
abstract class BenchmarkStore extends EmbeddedStore {

    protected BenchmarkStore(Path dataDirectory, boolean fsync) {
        super(dataDirectory, fsync);
    }

    abstract String name();

    abstract EventStorageEngine engine();

    /** Stores the events, each as its own commit, exactly as single-event commands would have stored them. */
    abstract void appendInBulk(List<DomainEventMessage<?>> events);

    /** Timings the engine itself recorded since the last call, if it records any. */
    EngineTimings engineTimingsSinceLastCall() {
        return EngineTimings.NONE;
    }

    /** The engine's own event counters, if it keeps any (conflicts, retries, fenced positions). */
    java.util.Optional<String> engineCounters() {
        return java.util.Optional.empty();
    }

    /** Mean time per call of what the engine timed itself, over the calls since the previous reading. */
    record EngineTimings(double appendMillis, double aggregateLoadMillis) {
        static final EngineTimings NONE = new EngineTimings(Double.NaN, Double.NaN);
    }
}
