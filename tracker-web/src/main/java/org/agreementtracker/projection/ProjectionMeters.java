package org.agreementtracker.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Per projection: {@code tracker.projection.position} (the last event position its processor has handled) and
 * {@code tracker.projection.lag} (events between that and the head of the log), {@code tracker.projection.parked}
 * (events it parked, see {@link ParkedEvents}); and {@code tracker.eventstore.head}.
 * Registered once the processors exist, read when scraped.
 */
public class ProjectionMeters implements ApplicationListener<ApplicationReadyEvent> {

    private final ProjectionPositions positions;
    private final ParkedEvents parked;
    private final MeterRegistry meters;

    ProjectionMeters(ProjectionPositions positions, ParkedEvents parked, MeterRegistry meters) {
        this.positions = positions;
        this.parked = parked;
        this.meters = meters;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Gauge.builder("tracker.eventstore.head", positions, ProjectionPositions::head)
             .description("Position of the last event of the log")
             .register(meters);
        for (StreamingEventProcessor processor : positions.processors()) {
            Gauge.builder("tracker.projection.position", processor, positions::positionOf)
                 .description("Last event position the projection has handled")
                 .tag("processor", processor.getName())
                 .register(meters);
            Gauge.builder("tracker.projection.lag", processor,
                          p -> Math.max(0, positions.head() - positions.positionOf(p)))
                 .description("Events the projection has still to handle")
                 .tag("processor", processor.getName())
                 .register(meters);
            if (parked.parks(processor.getName())) {
                Gauge.builder("tracker.projection.parked", processor, p -> parked.count(p.getName()))
                     .description("Events the projection could not handle and parked, with the later events of "
                                          + "their agreements")
                     .tag("processor", processor.getName())
                     .register(meters);
            }
        }
    }
}
