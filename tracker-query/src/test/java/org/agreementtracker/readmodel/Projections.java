package org.agreementtracker.readmodel;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;

import java.util.List;

/** Delivers event messages to a projection as an event processor does: through Axon's annotation adapter. */
public final class Projections {

    private Projections() {
    }

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

    public static void reset(Object projection) {
        new AnnotationEventHandlerAdapter(projection).prepareReset();
    }
}
