package org.agreementtracker.benchmark;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What one store holds: a fixed set of tallies and, for each, the sequence number of its next event. The bulk fill
 * writes their history (interleaved at random, as live traffic would), the commands extend it, and both keep these
 * numbers, so a fill after a measurement continues every tally where the commands left it.
 */
final class History {

    static final String AGGREGATE_TYPE = Tally.class.getSimpleName();
    private static final String NOTE = "Both sides reported the milestone; the ministry attached the signed minutes "
            + "of the joint working group and the customs figures for the quarter, which the committee will review at "
            + "its next meeting before confirming the indicator value. ";

    private final int tallies;
    private final AtomicLongArray nextSequence;
    private final AtomicLong events = new AtomicLong();
    /** Tallies a command failed on in a way that may or may not have stored its event. */
    private final Map<Integer, Boolean> uncertain = new ConcurrentHashMap<>();
    private final Random random = new Random(42);

    History(int tallies) {
        this.tallies = tallies;
        this.nextSequence = new AtomicLongArray(tallies);
    }

    int tallies() {
        return tallies;
    }

    static String tallyId(int tally) {
        return "tally-%05d".formatted(tally);
    }

    static String note(long reportNumber) {
        return NOTE + "Report " + reportNumber + ".";
    }

    long events() {
        return events.get();
    }

    /** The next {@code count} events of the fill; the first fill opens every tally. */
    List<DomainEventMessage<?>> nextEvents(int count) {
        List<DomainEventMessage<?>> batch = new ArrayList<>(count);
        for (int tally = 0; tally < tallies && batch.size() < count; tally++) {
            if (nextSequence.get(tally) == 0) {
                batch.add(event(tally, 0, new TallyOpened(tallyId(tally), "Benchmark tally " + tally)));
            }
        }
        while (batch.size() < count) {
            int tally = random.nextInt(tallies);
            long sequence = nextSequence.get(tally);
            if (sequence == 0) {
                continue; // not opened yet: only possible when count < tallies
            }
            batch.add(event(tally, sequence, new ProgressRecorded(tallyId(tally), sequence, LocalDate.of(2025, 4, 10),
                                                                   note(sequence))));
        }
        return batch;
    }

    private DomainEventMessage<?> event(int tally, long sequence, Object payload) {
        nextSequence.set(tally, sequence + 1);
        events.incrementAndGet();
        // the metadata a command dispatched through the gateway carries
        String correlation = UUID.randomUUID().toString();
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, tallyId(tally), sequence, payload,
                                               MetaData.with("correlationId", correlation).and("traceId", correlation));
    }

    /**
     * The latest snapshot of every tally as a store that takes one every {@code threshold} events would hold it:
     * somewhere in the last {@code threshold} events, so a load reads the snapshot and a few events, not the history.
     */
    List<DomainEventMessage<?>> snapshots(int threshold) {
        List<DomainEventMessage<?>> snapshots = new ArrayList<>(tallies);
        for (int tally = 0; tally < tallies; tally++) {
            long last = nextSequence.get(tally) - 1;
            long at = Math.max(0, last - random.nextInt(threshold));
            snapshots.add(new GenericDomainEventMessage<>(AGGREGATE_TYPE, tallyId(tally), at,
                                                          new Tally(tallyId(tally), at)));
        }
        return snapshots;
    }

    /** A command on {@code tally} succeeded: its event is stored. */
    void commandSucceeded(int tally) {
        nextSequence.incrementAndGet(tally);
        events.incrementAndGet();
    }

    void commandFailed(int tally) {
        uncertain.put(tally, Boolean.TRUE);
    }

    /** Reads back, from the store, where the tallies whose last command failed really are. */
    void resolveUncertain(EventStorageEngine engine) {
        for (Integer tally : List.copyOf(uncertain.keySet())) {
            long next = engine.lastSequenceNumberFor(tallyId(tally)).map(last -> last + 1).orElse(0L);
            events.addAndGet(next - nextSequence.get(tally));
            nextSequence.set(tally, next);
            uncertain.remove(tally);
        }
    }
}
