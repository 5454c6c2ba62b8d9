package org.agreementtracker.benchmark;

import org.agreementtracker.benchmark.BenchmarkStore.EngineTimings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everything one run measured, for the report. */
final class Results {

    /**
     * One engine at one store size.
     *
     * @param size              the size the store was filled to
     * @param fill              the bulk fill that got it there (events stored per second)
     * @param replay            the full replay of the filled store that followed (failures: events not delivered)
     * @param eventsReplayed    events in the store at the replay
     * @param sequential        one client's commands
     * @param concurrent        the concurrent clients' commands
     * @param eventsAfter       events in the store after both command measurements
     * @param diskBytes         size of the store's files after the commands
     * @param engineCounters    the engine's own counters after the stage, if it keeps any
     * @param heapBytes         used heap of the whole benchmark JVM after a full GC
     */
    record EngineStage(long size, Rate fill, Rate replay, long eventsReplayed, Rate sequential,
                       EngineTimings sequentialTimings, Rate concurrent, EngineTimings concurrentTimings,
                       long eventsAfter, long diskBytes, long heapBytes, String engineCounters) {

        double diskBytesPerEvent() {
            return (double) diskBytes / eventsAfter;
        }
    }

    /** The raw driver at one store size: the bulk fill and the single inserts, sequential and concurrent. */
    record RawStage(long size, Rate fill, Rate sequential, Rate concurrent) {
    }

    static final class EngineRun {
        final String engine;
        final List<EngineStage> stages = new ArrayList<>();
        String stoppedBecause;
        /** Events in the store and size of its files once the server was shut down after the last size. */
        long eventsAtRest;
        long diskBytesAtRest;

        EngineRun(String engine) {
            this.engine = engine;
        }

        Optional<EngineStage> at(long size) {
            return stages.stream().filter(stage -> stage.size() == size).findFirst();
        }
    }

    final EngineRun tracker = new EngineRun("tracker");
    final EngineRun peer = new EngineRun("axon-mongo 4.12.0");
    final List<RawStage> raw = new ArrayList<>();

    Optional<RawStage> rawAt(long size) {
        return raw.stream().filter(stage -> stage.size() == size).findFirst();
    }
}
