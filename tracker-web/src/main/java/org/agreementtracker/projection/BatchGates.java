package org.agreementtracker.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per processor, held by its thread for the whole of each batch and by whoever retries its parked events
 * on this node: a batch keeps the documents it reads until its end, so a retry writing the same documents
 * meanwhile would be overwritten by the batch.
 */
final class BatchGates {

    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    ReentrantLock of(String processor) {
        return locks.computeIfAbsent(processor, any -> new ReentrantLock());
    }

    /** For a processor's interceptors: takes its lock with the batch's first event, lets go when the batch ends. */
    MessageHandlerInterceptor<EventMessage<?>> heldDuringEachBatch(String processor) {
        return (unitOfWork, chain) -> {
            if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isFirstMessage()) {
                ReentrantLock lock = of(processor);
                lock.lock();
                unitOfWork.onCleanup(ended -> lock.unlock());
            }
            return chain.proceed();
        };
    }
}
