package org.agreementtracker.projection;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Lets a write answer only once the read models show it, so a client that reads after its write sees what it wrote
 * (on any node: positions come from the shared token store when another node runs a projection). The write's
 * position is that of its event in the log; the wait ends when every projection has passed it, a projection that is
 * in error or being rebuilt on this node is not waited for, and the wait is bounded
 * ({@code tracker.projections.await-on-write}): past that the write answers anyway and its effect shows as soon as
 * the projections catch up.
 */
public class ReadYourWrites {

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);
    /** How often a wait looks again without being woken: projections run by other nodes do not wake it. */
    private static final long LONGEST_PAUSE_MILLIS = 50;

    private final ProjectionPositions positions;
    private final ProjectionRebuilds rebuilds;
    private final ProjectionProgress progress;
    private final EventStore eventStore;
    private final Duration limit;
    private final Timer shown;
    private final Timer timedOut;

    ReadYourWrites(ProjectionPositions positions, ProjectionRebuilds rebuilds, ProjectionProgress progress,
                   EventStore eventStore, Duration limit, MeterRegistry meters) {
        this.positions = positions;
        this.rebuilds = rebuilds;
        this.progress = progress;
        this.eventStore = eventStore;
        this.limit = limit;
        this.shown = meters == null ? null : timer(meters, "shown");
        this.timedOut = meters == null ? null : timer(meters, "timeout");
    }

    private static Timer timer(MeterRegistry meters, String outcome) {
        return Timer.builder("tracker.projections.write.wait")
                    .description("How long writes waited for the projections to show them")
                    .tag("outcome", outcome)
                    .register(meters);
    }

    /**
     * Waits until every projection has handled the event with sequence number {@code version} of aggregate
     * {@code aggregateId}, at most the configured time.
     *
     * @return whether the projections show the write
     */
    public boolean awaitProjections(String aggregateId, long version) {
        if (limit.isZero() || limit.isNegative() || positions.processors().isEmpty()) {
            return true;
        }
        OptionalLong written = positionOf(aggregateId, version);
        return written.isEmpty() || awaitPosition(written.getAsLong());
    }

    /** Waits until every projection that is not in error has handled everything up to {@code position}. */
    public boolean awaitPosition(long position) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        List<StreamingEventProcessor> waitingFor = new ArrayList<>(positions.processors());
        while (true) {
            long seen = progress.moves();
            // nor one being rebuilt: it shows the write only once its replay has come that far
            waitingFor.removeIf(processor -> processor.isError() || rebuilds.isRebuilding(processor)
                    || positions.positionOf(processor) >= position);
            if (waitingFor.isEmpty()) {
                record(shown, start);
                return true;
            }
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                record(timedOut, start);
                log.warn("Answering a write at position {} before projections {} show it (waited {})", position,
                         waitingFor.stream().map(StreamingEventProcessor::getName).toList(), limit);
                return false;
            }
            try {
                progress.awaitMoveAfter(seen, Math.min(left, LONGEST_PAUSE_MILLIS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private OptionalLong positionOf(String aggregateId, long version) {
        Optional<? extends DomainEventMessage<?>> event =
                eventStore.readEvents(aggregateId, version).asStream().findFirst();
        if (event.isPresent() && event.get() instanceof TrackedEventMessage<?> tracked
                && tracked.trackingToken() != null) {
            return tracked.trackingToken().position();
        }
        return OptionalLong.empty();
    }

    private static void record(Timer timer, long start) {
        if (timer != null) {
            timer.record(Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
