package org.agreementtracker.readmodel;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The read-model writes of one batch of events, held in memory while the batch is handled and sent to the store
 * once its last event has been: a document changed by ten events of the batch is read once and written once, and
 * each collection's writes go in one {@code bulkWrite}. Under load a projection's batches grow, so its round trips
 * per event shrink just when they matter.
 * <p>
 * The writes are sent <em>before</em> the processor stores its position (in the unit of work's prepare-commit
 * phase), so a crash between the two only makes the batch come again, which the read models take as a redelivery.
 * Within the batch the side indexes (postings, last reports) go first and the versioned documents last, as a
 * projection writing event by event does: a document's version never says an event is in before its postings are.
 * A batch whose handling fails writes nothing: the processor's unit of work rolls back at the first failure and the
 * whole batch is handled again.
 * <p>
 * Only a processor that has {@link #writtenAtTheEndOfEachBatch()} among its interceptors batches; anywhere else
 * ({@link #current()} is {@code null}: a query, a test calling a projection directly) every write goes at once.
 */
public final class BatchWrites {

    private static final String RESOURCE = BatchWrites.class.getName();

    /** Writes held back for the end of the batch. */
    public interface Pending {
        void write();
    }

    private final Map<Object, Pending> sideIndexes = new LinkedHashMap<>();
    private final Map<Object, Pending> documents = new LinkedHashMap<>();

    private BatchWrites() {
    }

    /** The batch being handled on this thread, or {@code null} when writes are to go at once. */
    public static BatchWrites current() {
        return CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().root().getResource(RESOURCE) : null;
    }

    /** The pending writes of a side index ({@code owner}), written before any document of the batch. */
    @SuppressWarnings("unchecked")
    public <P extends Pending> P sideIndex(Object owner, Supplier<P> pending) {
        return (P) sideIndexes.computeIfAbsent(owner, any -> pending.get());
    }

    /** The pending writes of a collection of versioned documents ({@code owner}), written last. */
    @SuppressWarnings("unchecked")
    public <P extends Pending> P documents(Object owner, Supplier<P> pending) {
        return (P) documents.computeIfAbsent(owner, any -> pending.get());
    }

    private void write() {
        sideIndexes.values().forEach(Pending::write);
        documents.values().forEach(Pending::write);
    }

    /**
     * For a projection's processor: opens a {@code BatchWrites} with the batch's first event and writes it after the
     * batch's last event has been handled, still inside the unit of work (so before the processor's position).
     */
    public static MessageHandlerInterceptor<EventMessage<?>> writtenAtTheEndOfEachBatch() {
        return (unitOfWork, chain) -> {
            if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch)) {
                return chain.proceed();
            }
            if (batch.isFirstMessage()) {
                unitOfWork.resources().put(RESOURCE, new BatchWrites());
            }
            Object result = chain.proceed();
            if (batch.isLastMessage()) {
                BatchWrites writes = (BatchWrites) unitOfWork.resources().remove(RESOURCE);
                if (writes != null) {
                    writes.write();
                }
            }
            return result;
        };
    }
}
