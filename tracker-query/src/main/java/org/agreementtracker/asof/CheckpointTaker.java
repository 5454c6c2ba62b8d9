package org.agreementtracker.asof;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Takes a checkpoint of the boards ({@link BoardHistory#checkpointAt}) each time the log has grown by {@code every}
 * positions since the newest one; catching up with a long log (a new node, a new store), it takes them one stretch of
 * {@code every} at a time, so that none lies further than that from the next. It sees every event through a tracking processor of its own ({@value
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
    private final Executor taker;
    private final ExecutorService ownThread;
    private final AtomicLong newest = new AtomicLong(-1);
    private final AtomicLong seen = new AtomicLong(-1);
    private final AtomicBoolean taking = new AtomicBoolean();

    public CheckpointTaker(BoardHistory history, Checkpoints checkpoints, long every) {
        this(history, checkpoints, every, Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "asof-checkpoint");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** Takes checkpoints on {@code taker}. */
    CheckpointTaker(BoardHistory history, Checkpoints checkpoints, long every, Executor taker) {
        if (every < 1) {
            throw new IllegalArgumentException("A checkpoint every " + every + " events is not a checkpoint");
        }
        this.history = history;
        this.checkpoints = checkpoints;
        this.every = every;
        this.taker = taker;
        this.ownThread = taker instanceof ExecutorService service ? service : null;
    }

    // the message, not its payload, which is never read: it only counts positions, and an event whose payload cannot be read must not
    // stop it
    @EventHandler
    public void on(EventMessage<?> event, TrackingToken token) {
        seen.accumulateAndGet(token.position().orElse(-1), Math::max);
        if (newest.get() < 0) {
            Checkpoint latest = checkpoints.latest();
            newest.set(latest == null ? 0 : latest.position());
        }
        if (seen.get() - newest.get() >= every && taking.compareAndSet(false, true)) {
            taker.execute(this::catchUp);
        }
    }

    /**
     * Forgets every checkpoint, so that a replay of this processor takes them again: after the folds change, say (a
     * new event type, an upcaster), checkpoints folded the old way would no longer agree with the events.
     */
    @ResetHandler
    public void reset() {
        checkpoints.clear();
        newest.set(0);
        seen.set(-1);
    }

    /** Takes checkpoints, a stretch of {@code every} positions apart, up to the last position seen. */
    private void catchUp() {
        try {
            while (seen.get() - newest.get() >= every) {
                long position = newest.get() + every;
                Checkpoint taken = history.checkpointAt(position);
                if (taken == null) {
                    // no event in the stretch (positions that hold none): the next checkpoint covers it
                    newest.set(position);
                    continue;
                }
                newest.set(taken.position());
                log.debug("Checkpoint of the boards at position {}: {} events", taken.position(), taken.events());
            }
        } catch (RuntimeException e) {
            // the next event tries again; as-of answers fold from an older checkpoint meanwhile
            log.warn("Could not take a checkpoint of the boards after position {}", newest.get(), e);
        } finally {
            taking.set(false);
        }
    }

    @Override
    public void close() {
        if (ownThread != null) {
            ownThread.shutdownNow();
        }
    }
}
