package org.agreementtracker.projection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the projections' event processors run: {@code tracker.projections.*}.
 *
 * @param batchSize     events handled in one unit of work, after which the processor's position is stored
 * @param claimTimeout  how long a node's claim on a processor holds without being renewed; after it another node may
 *                      take the processor over (a node renews its claims every few seconds while it runs)
 * @param awaitOnWrite  how long a write waits for the projections to show it before it answers; 0 answers at once
 *                      (reads are then eventually consistent)
 * @param nodeId        how this node signs its claims; unset: process id and host name, unique per process
 */
@ConfigurationProperties("tracker.projections")
public record ProjectionProperties(@DefaultValue("100") int batchSize,
                                   @DefaultValue("10s") Duration claimTimeout,
                                   @DefaultValue("5s") Duration awaitOnWrite,
                                   String nodeId) {

    public ProjectionProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("tracker.projections.batch-size must be 1 or more, not " + batchSize);
        }
    }
}
