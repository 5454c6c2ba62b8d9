package org.agreementtracker.asof;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code tracker.as-of.*}: how answers as of an instant are computed.
 *
 * @param checkpointEvery    a checkpoint of the boards each time the log has grown by this many events
 *                           (default 10,000): an answer folds at most about this many events on top of one
 * @param grace              how far past the instant asked about the log is still read for events recorded at or
 *                           before it, since timestamps are only nearly in the log's order (default 1 minute)
 * @param agreementsPerChunk agreements per stored chunk of a checkpoint (default 200)
 */
@ConfigurationProperties("tracker.as-of")
public record AsOfProperties(Long checkpointEvery, Duration grace, Integer agreementsPerChunk) {

    public AsOfProperties {
        checkpointEvery = checkpointEvery == null ? 10_000L : checkpointEvery;
        grace = grace == null ? Duration.ofMinutes(1) : grace;
        agreementsPerChunk = agreementsPerChunk == null ? 200 : agreementsPerChunk;
        if (checkpointEvery < 1 || grace.isNegative() || agreementsPerChunk < 1) {
            throw new IllegalArgumentException("tracker.as-of needs checkpoint-every >= 1, grace >= 0 and "
                                                       + "agreements-per-chunk >= 1");
        }
    }
}
