package org.agreementtracker.store;

import org.agreementtracker.api.classification.ClassificationScheme;
import org.agreementtracker.api.classification.Sealing;
import org.agreementtracker.api.classification.SealingKeys;
import org.agreementtracker.configuration.InvalidConfigurationException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.util.List;

/**
 * How classified content is sealed in the store ({@link Sealing}): from which level, with which keys
 * ({@link SealingKeyFiles}). On the embedded store missing keys are generated under the data directory; a tracker on
 * a replica set is given its keys, the same on every node, and refuses to start without them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SealingProperties.class)
public class SealingConfiguration {

    @Bean
    public Sealing sealing(ClassificationScheme scheme, SealingProperties sealing, StoreProperties store) {
        String from = sealing.from() != null ? sealing.from() : levelAbove(scheme, scheme.defaultLevel());
        if (from != null && !scheme.knows(from)) {
            throw new InvalidConfigurationException("tracker.classification.sealing.from: " + from
                                                            + " is not one of " + scheme.levels(),
                                                    "Name one of tracker.classification.levels");
        }
        Path keyDir = sealing.keyDir() != null ? sealing.keyDir() : store.dataDir().resolve("keys");
        boolean generate = sealing.generateKeys() != null ? sealing.generateKeys() : store.isEmbedded();
        List<String> needed = Sealing.keysNeeded(scheme, from);
        SealingKeys keys = SealingKeyFiles.load(needed, sealing.keys(), keyDir, generate);
        return new Sealing(scheme, from, keys);
    }

    /** The level above {@code level}, {@code null} when it is the highest. */
    private static String levelAbove(ClassificationScheme scheme, String level) {
        int index = scheme.levels().indexOf(level);
        return index + 1 < scheme.levels().size() ? scheme.levels().get(index + 1) : null;
    }
}
