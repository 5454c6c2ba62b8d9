package org.agreementtracker.projection;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The projections' processors on this node: UP while they run; OUT_OF_SERVICE when one has parked events it could
 * not handle ({@link ParkedEvents}: the detail names the first) or is stuck on a failure of the store (it retries
 * with a growing pause; the read model falls behind until the store answers); DOWN when one is not running. Details
 * give each processor's position, the log's head and the lag between them.
 */
public class ProjectionHealthIndicator extends AbstractHealthIndicator {

    private final ProjectionPositions positions;
    private final ParkedEvents parked;

    public ProjectionHealthIndicator(ProjectionPositions positions, ParkedEvents parked) {
        super("The projections' state could not be read");
        this.positions = positions;
        this.parked = parked;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long head = positions.head();
        Status status = Status.UP;
        Map<String, Object> processors = new LinkedHashMap<>();
        for (StreamingEventProcessor processor : positions.processors()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            long position = positions.positionOf(processor);
            detail.put("running", processor.isRunning());
            detail.put("error", processor.isError());
            detail.put("position", position);
            detail.put("lag", Math.max(0, head - position));
            detail.put("segmentsHere", processor.processingStatus().size());
            processor.processingStatus().values().stream()
                     .filter(EventTrackerStatus::isErrorState)
                     .findFirst()
                     .ifPresent(failing -> detail.put("failure", String.valueOf(failing.getError())));
            long parkedEvents = parked.count(processor.getName());
            if (parkedEvents > 0) {
                detail.put("parked", parkedEvents);
                parked.first(processor.getName()).ifPresent(first -> detail.put("firstParked", Map.of(
                        "sequence", first.sequence(), "event", first.events().get(0))));
            }
            if (!processor.isRunning()) {
                status = Status.DOWN;
            } else if ((processor.isError() || parkedEvents > 0) && status != Status.DOWN) {
                status = Status.OUT_OF_SERVICE;
            }
            processors.put(processor.getName(), detail);
        }
        builder.status(status).withDetail("head", head).withDetail("processors", processors);
    }
}
