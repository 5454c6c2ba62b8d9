package org.agreementtracker.api.classification;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.util.Collection;
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

    /** 32 bytes from a strong random source: a new key. */
    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** A new random key, one version, for each of {@code names}: for a store that holds nothing sealed yet. */
    public static SealingKeys random(Collection<String> names) {
        Map<String, List<byte[]>> keys = new LinkedHashMap<>();
        names.forEach(name -> keys.put(name, List.of(newKey())));
        return of(keys);
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
    public int newest(String name) {
        List<SecretKey> versions = versionsByName.get(name);
        if (versions == null) {
            throw new IllegalStateException("There is no key " + name + " to seal with");
        }
        return versions.size();
    }

    public SecretKey version(String name, int version) {
        List<SecretKey> versions = versionsByName.get(name);
        if (versions == null || version < 1 || version > versions.size()) {
            throw new IllegalStateException("There is no version " + version + " of key " + name
                                                    + " to open what it sealed");
        }
        return versions.get(version - 1);
    }
}
