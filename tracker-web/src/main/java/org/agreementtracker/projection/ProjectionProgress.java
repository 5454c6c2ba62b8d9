package org.agreementtracker.projection;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.EventTrackerStatusChangeListener;

import java.util.Map;

/**
 * Tells writes waiting for the projections ({@link ReadYourWrites}) that a processor on this node has moved on, so
 * that a wait ends when the last projection has passed the write, not at the next tick of a poll. Each processor
 * reports here after every batch it has committed.
 */
public final class ProjectionProgress implements EventTrackerStatusChangeListener {

    private final Object lock = new Object();
    private long moves;

    @Override
    public void onEventTrackerStatusChange(Map<Integer, EventTrackerStatus> updatedTrackerStatus) {
        synchronized (lock) {
            moves++;
            lock.notifyAll();
        }
    }

    /** Position changes count too, not only changes of state such as "caught up" or "in error". */
    @Override
    public boolean validatePositions() {
        return true;
    }

    /** How many times processors have moved so far: pass it to {@link #awaitMoveAfter}. */
    long moves() {
        synchronized (lock) {
            return moves;
        }
    }

    /** Waits until some processor has moved since {@code seen} was read, at most {@code millis}. */
    void awaitMoveAfter(long seen, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        synchronized (lock) {
            long left = millis;
            while (moves == seen && left > 0) {
                lock.wait(left);
                left = (deadline - System.nanoTime()) / 1_000_000;
            }
        }
    }
}
