package org.agreementtracker.projection;

import org.axonframework.eventhandling.StreamingEventProcessor;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds a projection: stops its processor, resets its position to the start of the log (its
 * {@code @ResetHandler} empties its read model) and starts it again, so that it replays the whole log. Remembers,
 * on this node, which projections it is rebuilding, so that writes here do not wait for a projection that shows them
 * only at the end of its replay (a new projection catching up is waited for as before). Another node's writes wait
 * for it at most {@code tracker.projections.await-on-write}.
 */
public class ProjectionRebuilds {

    private final Set<String> rebuilding = ConcurrentHashMap.newKeySet();

    /**
     * @throws IllegalStateException when the projection cannot be rebuilt
     * @throws org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException when another node processes it
     */
    void rebuild(StreamingEventProcessor processor) {
        if (!processor.supportsReset()) {
            throw new IllegalStateException("Projection " + processor.getName() + " cannot be rebuilt");
        }
        processor.shutDown();
        try {
            processor.resetTokens();
            rebuilding.add(processor.getName());
        } finally {
            processor.start();
        }
    }

    /** Whether this node has started rebuilding the projection and its replay is not over. */
    boolean isRebuilding(StreamingEventProcessor processor) {
        if (!rebuilding.contains(processor.getName())) {
            return false;
        }
        // just restarted, it has not claimed its segments yet; then it replays until it reaches where it was
        if (processor.isReplaying() || processor.processingStatus().isEmpty()) {
            return true;
        }
        rebuilding.remove(processor.getName());
        return false;
    }
}
