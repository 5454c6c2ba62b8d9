package org.agreementtracker.asof;

import org.agreementtracker.readmodel.Recorded;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Folds the event log into {@link BoardState}s: as of an instant (from the newest checkpoint that precedes it), and
 * up to a position (to take the next checkpoint).
 * <p>
 * As of an instant means: every event whose timestamp (when the tracker recorded it) is at or before the instant,
 * and no other. Events are read in the log's order, in which timestamps are only nearly ordered (nodes' clocks and
 * commits interleave), so reading goes on past the instant for a {@code grace} period of timestamps, taking the
 * events at or before the instant it still meets, and stops at the first event recorded more than {@code grace}
 * after it.
 */
public record BoardHistory(EventStorageEngine events, Checkpoints checkpoints, Duration grace) {

    /** The boards' documents as the tracker knew them at {@code asOf}. */
    public BoardState asOf(Instant asOf) {
        Checkpoint checkpoint = checkpoints.latestAtOrBefore(asOf);
        BoardState state = checkpoint == null ? new BoardState() : checkpoints.load(checkpoint);
        Instant stop = asOf.plus(grace);
        try (Stream<? extends TrackedEventMessage<?>> stream =
                     events.readEvents(checkpoint == null ? null : checkpoint.token(), false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                if (event.getTimestamp().isAfter(stop)) {
                    break;
                }
                if (!event.getTimestamp().isAfter(asOf)) {
                    state.apply(event);
                }
            }
        }
        return state;
    }

    /**
     * Takes a checkpoint of every event up to {@code position}, folded on from the newest checkpoint; nothing when
     * no event lies between them. Returns the checkpoint taken, or {@code null}.
     */
    public Checkpoint checkpointAt(long position) {
        Checkpoint last = checkpoints.latest();
        if (last != null && last.position() >= position) {
            return null;
        }
        BoardState state = last == null ? new BoardState() : checkpoints.load(last);
        TrackingToken token = last == null ? null : last.token();
        Instant latest = last == null ? Instant.EPOCH : last.latestRecordedAt();
        long folded = last == null ? 0 : last.events();
        long newEvents = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(token, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                if (event.trackingToken().position().orElse(Long.MAX_VALUE) > position) {
                    break;
                }
                state.apply(event);
                token = event.trackingToken();
                if (event.getTimestamp().isAfter(latest)) {
                    latest = event.getTimestamp();
                }
                newEvents++;
            }
        }
        if (newEvents == 0 || !Checkpoint.storable(token)) {
            return null;
        }
        return checkpoints.save(state, new Checkpoint(token.position().orElseThrow(), token, latest, 0,
                                                      folded + newEvents));
    }
}
