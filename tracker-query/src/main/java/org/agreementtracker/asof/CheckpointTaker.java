package org.agreementtracker.asof;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Takes a checkpoint of the boards ({@link BoardHistory#checkpointAt}) each time the log has grown by {@code every}
 * events since the newest one. It sees every event through a tracking processor of its own ({@value
 * #PROCESSING_GROUP}), so one node at a time does it and it resumes after a restart; but it keeps no state of its
 * own: a checkpoint is folded from the previous checkpoint and the log, on a thread of its own, so the processor
 * (which writes wait for) only counts.
 */
@ProcessingGroup(CheckpointTaker.PROCESSING_GROUP)
public class CheckpointTaker implements AutoCloseable {

    public static final String PROCESSING_GROUP = "asof-checkpoints";

    private static final Logger log = LoggerFactory.getLogger(CheckpointTaker.class);

    private final BoardHistory history;
    private final Checkpoints checkpoints;
    private final long every;
    private final ExecutorService taker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "asof-checkpoint");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong newest = new AtomicLong(-1);
    private final AtomicBoolean taking = new AtomicBoolean();

    public CheckpointTaker(BoardHistory history, Checkpoints checkpoints, long every) {
        if (every < 1) {
            throw new IllegalArgumentException("A checkpoint every " + every + " events is not a checkpoint");
        }
        this.history = history;
        this.checkpoints = checkpoints;
        this.every = every;
    }

    @EventHandler
    public void on(Object event, TrackingToken token) {
        long position = token.position().orElse(-1);
        if (newest.get() < 0) {
            Checkpoint latest = checkpoints.latest();
            newest.set(latest == null ? 0 : latest.position());
        }
        if (position - newest.get() >= every && taking.compareAndSet(false, true)) {
            taker.execute(() -> take(position));
        }
    }

    /** Takes a checkpoint up to {@code position} now, in the calling thread. */
    public Checkpoint take(long position) {
        try {
            Checkpoint taken = history.checkpointAt(position);
            if (taken != null) {
                newest.set(taken.position());
                log.debug("Checkpoint of the boards at position {}: {} events", taken.position(), taken.events());
            }
            return taken;
        } catch (RuntimeException e) {
            // the next event tries again; as-of answers fold from an older checkpoint meanwhile
            log.warn("Could not take a checkpoint of the boards at position {}", position, e);
            return null;
        } finally {
            taking.set(false);
        }
    }

    @Override
    public void close() {
        taker.shutdownNow();
    }
}
