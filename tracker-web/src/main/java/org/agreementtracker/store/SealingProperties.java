package org.agreementtracker.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code tracker.classification.sealing.*}: how classified content is encrypted in the store.
 *
 * @param from         the lowest level whose content is sealed (default: the level above the default level,
 *                     RESTRICTED); content in a compartment is sealed whatever its level
 * @param keyDir       where key files {@code <NAME>.<version>.key} (the key in Base64) are read from; default
 *                     {@code <tracker.data-dir>/keys}
 * @param keys         keys given in configuration instead (from a secret store, say): by name, the versions in order,
 *                     each in Base64
 * @param generateKeys whether a missing key is generated into {@code keyDir} (default: only on the embedded store; a
 *                     tracker on a replica set refuses to start without its keys)
 */
@ConfigurationProperties("tracker.classification.sealing")
public record SealingProperties(String from, Path keyDir, Map<String, List<String>> keys, Boolean generateKeys) {

    public SealingProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
    }
}
