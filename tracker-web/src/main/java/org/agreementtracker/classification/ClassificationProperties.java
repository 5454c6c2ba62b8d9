package org.agreementtracker.classification;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * {@code tracker.classification.*}: the levels, lowest first (default PUBLIC, OFFICIAL, RESTRICTED, SECRET), the
 * compartments that need an explicit grant (default DEFENCE), the level of an agreement registered without one
 * (default OFFICIAL), and how often the clock looks for declassifications that are due (default 1h). How classified
 * content is sealed in the store is {@code tracker.classification.sealing.*} ({@code store/SealingProperties}).
 */
@ConfigurationProperties("tracker.classification")
public record ClassificationProperties(List<String> levels, List<String> compartments, String defaultLevel,
                                       Duration checkEvery) {

    public ClassificationProperties {
        checkEvery = checkEvery == null ? Duration.ofHours(1) : checkEvery;
    }
}
