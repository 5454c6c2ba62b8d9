package org.agreementtracker.readmodel;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;

import java.util.List;
import java.util.function.Predicate;

/** Delivers event messages to a projection as an event processor does: through Axon's annotation adapter. */
public final class Projections {

    private Projections() {
    }

    /** One event at a time, outside any unit of work: every write goes at once. */
    public static void deliver(Object projection, List<? extends EventMessage<?>> events) {
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
        for (EventMessage<?> event : events) {
            try {
                adapter.handle(event);
            } catch (Exception e) {
                throw new IllegalStateException("Projection " + projection + " failed on " + event.getPayload(), e);
            }
        }
    }

    /**
     * All in one batch, as the tracker's processors handle them: one batching unit of work, rolled back on any
     * failure, with {@link BatchWrites#writtenAtTheEndOfEachBatch()} around each event. The handling of each event
     * that {@code failing} accepts throws after the projection has taken it in.
     *
     * @return the failure the batch was rolled back for, or {@code null}
     */
    public static Throwable deliverInOneBatch(Object projection, List<? extends EventMessage<?>> events,
                                              Predicate<EventMessage<?>> failing) {
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(List.copyOf(events));
        var result = batch.executeWithResult(
                () -> new DefaultInterceptorChain<>(batch, List.of(BatchWrites.writtenAtTheEndOfEachBatch()),
                                                    event -> {
                                                        adapter.handle(event);
                                                        if (failing.test(event)) {
                                                            throw new IllegalStateException("failing on purpose");
                                                        }
                                                        return null;
                                                    }).proceed(),
                RollbackConfigurationType.ANY_THROWABLE);
        return result.isExceptional() ? result.exceptionResult() : null;
    }

    public static void deliverInOneBatch(Object projection, List<? extends EventMessage<?>> events) {
        Throwable failure = deliverInOneBatch(projection, events, event -> false);
        if (failure != null) {
            throw new IllegalStateException("Projection " + projection + " failed", failure);
        }
    }

    public static void reset(Object projection) {
        new AnnotationEventHandlerAdapter(projection).prepareReset();
    }
}
