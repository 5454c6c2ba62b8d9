package org.agreementtracker.projection;

import org.agreementtracker.readmodel.BatchWrites;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A projection's dead-letter queue whose letters, while its processor handles a batch, are held with the batch's
 * read-model writes ({@link BatchWrites}) and stored with them at its end, before the processor's position: a batch
 * that fails and comes again parks its events once, not once per attempt. Outside a batch (a retry from the
 * administrator) letters go to the store at once. A letter parked during a rebuild keeps the position it was met at,
 * not the rebuild's wrapping of it.
 */
final class BatchedDeadLetterQueue implements SequencedDeadLetterQueue<EventMessage<?>> {

    private final SequencedDeadLetterQueue<EventMessage<?>> stored;

    BatchedDeadLetterQueue(SequencedDeadLetterQueue<EventMessage<?>> stored) {
        this.stored = stored;
    }

    @Override
    public void enqueue(Object sequenceIdentifier, DeadLetter<? extends EventMessage<?>> letter) {
        DeadLetter<EventMessage<?>> kept = atItsPosition(sequenceIdentifier, letter);
        BatchWrites batch = BatchWrites.current();
        if (batch == null) {
            stored.enqueue(sequenceIdentifier, kept);
        } else {
            held(batch).add(sequenceIdentifier, kept);
        }
    }

    @Override
    public boolean enqueueIfPresent(Object sequenceIdentifier,
                                    Supplier<DeadLetter<? extends EventMessage<?>>> letter) {
        if (!contains(sequenceIdentifier)) {
            return false;
        }
        enqueue(sequenceIdentifier, letter.get());
        return true;
    }

    @Override
    public boolean contains(Object sequenceIdentifier) {
        BatchWrites batch = BatchWrites.current();
        return batch != null && held(batch).sequences.contains(sequenceIdentifier)
                || stored.contains(sequenceIdentifier);
    }

    private Held held(BatchWrites batch) {
        return batch.sideIndex(this, () -> new Held(stored));
    }

    private static DeadLetter<EventMessage<?>> atItsPosition(Object sequenceIdentifier,
                                                             DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            message = tracked.withTrackingToken(WrappedToken.unwrapUpperBound(tracked.trackingToken()));
        }
        return new GenericDeadLetter<>(sequenceIdentifier, message,
                                       letter.cause().orElse(null), letter.enqueuedAt(), letter.lastTouched(),
                                       letter.diagnostics());
    }

    /** The letters of one batch, in the order they were parked. */
    private static final class Held implements BatchWrites.Pending {

        private record Letter(Object sequenceIdentifier, DeadLetter<EventMessage<?>> letter) {
        }

        private final SequencedDeadLetterQueue<EventMessage<?>> stored;
        private final List<Letter> letters = new ArrayList<>();
        private final Set<Object> sequences = new HashSet<>();

        Held(SequencedDeadLetterQueue<EventMessage<?>> stored) {
            this.stored = stored;
        }

        void add(Object sequenceIdentifier, DeadLetter<EventMessage<?>> letter) {
            letters.add(new Letter(sequenceIdentifier, letter));
            sequences.add(sequenceIdentifier);
        }

        @Override
        public void write() {
            letters.forEach(held -> stored.enqueue(held.sequenceIdentifier(), held.letter()));
        }
    }

    @Override
    public void evict(DeadLetter<? extends EventMessage<?>> letter) {
        stored.evict(letter);
    }

    @Override
    public void requeue(DeadLetter<? extends EventMessage<?>> letter,
                        UnaryOperator<DeadLetter<? extends EventMessage<?>>> letterUpdater) {
        stored.requeue(letter, letterUpdater);
    }

    @Override
    public Iterable<DeadLetter<? extends EventMessage<?>>> deadLetterSequence(Object sequenceIdentifier) {
        return stored.deadLetterSequence(sequenceIdentifier);
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends EventMessage<?>>>> deadLetters() {
        return stored.deadLetters();
    }

    @Override
    public boolean isFull(Object sequenceIdentifier) {
        return stored.isFull(sequenceIdentifier);
    }

    @Override
    public long size() {
        return stored.size();
    }

    @Override
    public long sequenceSize(Object sequenceIdentifier) {
        return stored.sequenceSize(sequenceIdentifier);
    }

    @Override
    public long amountOfSequences() {
        return stored.amountOfSequences();
    }

    @Override
    public boolean process(Predicate<DeadLetter<? extends EventMessage<?>>> sequenceFilter,
                           Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> task) {
        return stored.process(sequenceFilter, task);
    }

    @Override
    public void clear() {
        stored.clear();
    }
}
