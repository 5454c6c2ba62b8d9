package org.agreementtracker.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Where each projection's processor stands in the event log, and where the log's head is. Positions are global event
 * positions (see the event store). A processor's position is that of its slowest segment: everything up to it has
 * been handled by every segment. Taken from this node's processor when it holds all the segments, else from the token
 * store, so that every node answers for processors running on any node.
 */
public class ProjectionPositions {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TokenReader tokens;

    ProjectionPositions(EventProcessingConfiguration processing, EventStore eventStore, TokenReader tokens) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokens = tokens;
    }

    /** The projections' processors, by name. */
    public List<StreamingEventProcessor> processors() {
        return processing.eventProcessors().values().stream()
                         .filter(StreamingEventProcessor.class::isInstance)
                         .map(StreamingEventProcessor.class::cast)
                         .sorted(java.util.Comparator.comparing(StreamingEventProcessor::getName))
                         .toList();
    }

    /** The position of the log's last event (reserved positions included), 0 for an empty log. */
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    /** Every event up to this position has been handled by the processor; 0 when it has handled none. */
    public long positionOf(StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> local = processor.processingStatus();
        if (holdsEverySegment(local.values())) {
            return local.values().stream()
                        .mapToLong(status -> tokenPosition(status.getTrackingToken()))
                        .min().orElse(0);
        }
        List<TokenReader.StoredSegment> stored = tokens.segmentsOf(processor.getName());
        return stored.stream().mapToLong(segment -> segment.position().orElse(0)).min().orElse(0);
    }

    private static boolean holdsEverySegment(Collection<EventTrackerStatus> statuses) {
        // a segment with mask m is 1/(m+1) of the whole
        double share = statuses.stream().mapToDouble(status -> 1.0 / (status.getSegment().getMask() + 1)).sum();
        return !statuses.isEmpty() && share > 0.999;
    }

    private static long tokenPosition(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }
}
