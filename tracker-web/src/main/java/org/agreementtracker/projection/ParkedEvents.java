package org.agreementtracker.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The events the projections have parked ({@link DeadLetterConfiguration}): listed, retried and evicted by an
 * administrator, counted for health and metrics. Parked events are grouped by their sequence, the agreement (or
 * meeting) whose events they are: once one is parked, every later event of the same agreement is parked behind it,
 * so that the read model never takes them out of order.
 */
public class ParkedEvents {

    private final EventProcessingConfiguration processing;
    private final ProjectionPositions positions;
    private final BatchGates gates;

    ParkedEvents(EventProcessingConfiguration processing, ProjectionPositions positions, BatchGates gates) {
        this.processing = processing;
        this.positions = positions;
        this.gates = gates;
    }

    /** One parked event. */
    public record ParkedEvent(Long position, long sequenceNumber, String type, Instant recordedAt, Instant parkedAt,
                              Instant lastTriedAt, String cause) {
    }

    /** A processor's parked events of one agreement (or meeting), oldest first. */
    public record ParkedSequence(String processor, String sequence, List<ParkedEvent> events) {
    }

    /** What a retry or an eviction did. */
    public record Outcome(String processor, String sequence, boolean retried, long stillParked) {
    }

    /** Thrown when a retry must run on the node that holds the processor, and this is not it. */
    public static class HeldElsewhereException extends RuntimeException {
        HeldElsewhereException(String processor) {
            super("Projection " + processor + " is being processed by another node just now; retry its parked "
                          + "events on that node");
        }
    }

    /** Every parked sequence of every projection. */
    public List<ParkedSequence> all() {
        List<ParkedSequence> all = new ArrayList<>();
        for (StreamingEventProcessor processor : positions.processors()) {
            all.addAll(parkedBy(processor.getName(), Integer.MAX_VALUE));
        }
        return all;
    }

    /** The processor's parked sequences, at most {@code limit} of them. */
    private List<ParkedSequence> parkedBy(String processor, int limit) {
        List<ParkedSequence> parked = new ArrayList<>();
        queue(processor).ifPresent(queue -> {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                if (parked.size() >= limit) {
                    return;
                }
                List<ParkedEvent> events = new ArrayList<>();
                String id = null;
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    id = id == null ? sequenceOf(letter) : id;
                    events.add(describe(letter));
                }
                if (!events.isEmpty()) {
                    parked.add(new ParkedSequence(processor, id, events));
                }
            }
        });
        return parked;
    }

    /** How many events this processor has parked; 0 for one that never parks. */
    public long count(String processor) {
        return queue(processor).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    /** The first event this processor has parked, for health to name. */
    public Optional<ParkedSequence> first(String processor) {
        return parkedBy(processor, 1).stream().findFirst();
    }

    /**
     * Hands the sequence's parked events to the projection again, oldest first, on this node, between two of its
     * batches; stops at the first that fails again, which stays parked with those after it.
     */
    public Outcome retry(String processor, String sequence) {
        var deadLetters = processing.sequencedDeadLetterProcessor(processor).orElseThrow();
        StreamingEventProcessor running = positions.processors().stream()
                                                   .filter(candidate -> candidate.getName().equals(processor))
                                                   .findFirst().orElseThrow();
        if (running.processingStatus().isEmpty()) {
            throw new HeldElsewhereException(processor);
        }
        ReentrantLock gate = gates.of(processor);
        gate.lock();
        try {
            boolean retried = deadLetters.process(letter -> sequence.equals(sequenceOf(letter)));
            return new Outcome(processor, sequence, retried, stillParked(processor, sequence));
        } finally {
            gate.unlock();
        }
    }

    /** Drops the sequence's parked events for good: the projection will never take them. */
    public Outcome evict(String processor, String sequence) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor).orElseThrow();
        for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(sequence)) {
            queue.evict(letter);
        }
        return new Outcome(processor, sequence, false, stillParked(processor, sequence));
    }

    /** Whether this processor parks events, and so has letters to show. */
    public boolean parks(String processor) {
        return queue(processor).isPresent();
    }

    public long stillParked(String processor, String sequence) {
        return queue(processor).map(queue -> queue.sequenceSize(sequence)).orElse(0L);
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String processor) {
        return DeadLetterConfiguration.NEVER_PARKED.contains(processor) ? Optional.empty()
                : processing.deadLetterQueue(processor);
    }

    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter.message() instanceof DomainEventMessage<?> event ? event.getAggregateIdentifier() : null;
    }

    private static ParkedEvent describe(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        Long position = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null) : null;
        long sequenceNumber = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : -1;
        return new ParkedEvent(position, sequenceNumber, event.getPayloadType().getSimpleName(), event.getTimestamp(),
                               letter.enqueuedAt(), letter.lastTouched(),
                               letter.cause().map(cause -> cause.type() + ": " + cause.message()).orElse(null));
    }
}
