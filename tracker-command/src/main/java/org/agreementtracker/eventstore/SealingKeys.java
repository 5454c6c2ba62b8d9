package org.agreementtracker.eventstore;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys classified content is sealed with: one AES-256 key per level or compartment, each in numbered versions
 * (1, 2, ...). New content is sealed with a key's newest version; every version stays to open what it sealed, since
 * the stored form never changes (the audit chain proves it). Where the keys come from (files, configuration) is the
 * application's business; they are never in the store.
 */
public final class SealingKeys {

    /** AES-256. */
    public static final int KEY_BYTES = 32;

    private final Map<String, List<SecretKey>> versionsByName;

    private SealingKeys(Map<String, List<SecretKey>> versionsByName) {
        this.versionsByName = versionsByName;
    }

    /**
     * The keys by name, each list its versions from 1 on.
     *
     * @throws IllegalArgumentException a key that is not {@value #KEY_BYTES} bytes, or a name without any version
     */
    public static SealingKeys of(Map<String, List<byte[]>> versionsByName) {
        Map<String, List<SecretKey>> keys = new LinkedHashMap<>();
        versionsByName.forEach((name, versions) -> {
            if (versions.isEmpty()) {
                throw new IllegalArgumentException("Key " + name + " has no version");
            }
            keys.put(name, versions.stream().map(bytes -> key(name, bytes)).toList());
        });
        return new SealingKeys(Map.copyOf(keys));
    }

    public static SealingKeys none() {
        return new SealingKeys(Map.of());
    }

    private static SecretKey key(String name, byte[] bytes) {
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("Key " + name + " has " + bytes.length + " bytes; an AES-256 key has "
                                                       + KEY_BYTES);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    public Set<String> names() {
        return versionsByName.keySet();
    }

    /** The version new content is sealed with. */
    int newest(String name) {
        List<SecretKey> versions = versionsByName.get(name);
        if (versions == null) {
            throw new IllegalStateException("There is no key " + name + " to seal with");
        }
        return versions.size();
    }

    SecretKey version(String name, int version) {
        List<SecretKey> versions = versionsByName.get(name);
        if (versions == null || version < 1 || version > versions.size()) {
            throw new IllegalStateException("There is no version " + version + " of key " + name
                                                    + " to open what it sealed");
        }
        return versions.get(version - 1);
    }
}
