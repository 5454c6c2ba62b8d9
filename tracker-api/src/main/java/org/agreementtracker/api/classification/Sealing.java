package org.agreementtracker.api.classification;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Classified content, encrypted at rest: content classified at or above {@code sealedFrom}, or in a compartment, is
 * sealed with AES-256-GCM (the JDK's) under the key of its level, then under the key of each of its compartments in
 * turn, so that opening it takes every key a reader's clearance would need. Each layer has a fresh 96-bit nonce and,
 * as associated data, the {@code context} it belongs to (an event's id, say) with the key's name and version: sealed
 * bytes moved elsewhere, or opened with another key, fail their tag instead of reading as something else. The sealed
 * form is {@code nonce || ciphertext || tag} per layer, with the names of its keys ({@code SECRET:1}) beside it.
 * <p>
 * The one judge of what is sealed with which keys, for the event store (payloads) and the read models (their text)
 * alike.
 */
public final class Sealing {

    private static final String KEY_VERSION_SEPARATOR = ":";
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final ClassificationScheme scheme;
    private final String sealedFrom;
    private final SealingKeys keys;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param sealedFrom the lowest level whose content is sealed; {@code null}: no level is, only compartments
     * @throws IllegalArgumentException a key the scheme needs is missing ({@link #keysNeeded})
     */
    public Sealing(ClassificationScheme scheme, String sealedFrom, SealingKeys keys) {
        if (sealedFrom != null && !scheme.knows(sealedFrom)) {
            throw new IllegalArgumentException("Content is to be sealed from level " + sealedFrom
                                                       + ", which is not one of " + scheme.levels());
        }
        List<String> missing = new ArrayList<>(keysNeeded(scheme, sealedFrom));
        missing.removeAll(keys.names());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Classified content is sealed with one key per level and compartment; "
                                                       + "there is no key " + String.join(", ", missing));
        }
        this.scheme = scheme;
        this.sealedFrom = sealedFrom;
        this.keys = keys;
    }

    /** A sealing that seals nothing: for stores that hold no classified content. */
    public static Sealing none() {
        return new Sealing(new ClassificationScheme(null, List.of(), null), null, SealingKeys.none());
    }

    /** The keys content of {@code scheme} is sealed with: each level from {@code sealedFrom} up, each compartment. */
    public static List<String> keysNeeded(ClassificationScheme scheme, String sealedFrom) {
        List<String> names = new ArrayList<>();
        if (sealedFrom != null) {
            names.addAll(scheme.levels().subList(scheme.levels().indexOf(sealedFrom), scheme.levels().size()));
        }
        names.addAll(scheme.compartments());
        return names;
    }

    /** The levels whose content is sealed, lowest first; none without keys. */
    public List<String> sealedLevels() {
        if (sealedFrom == null || keys.names().isEmpty()) {
            return List.of();
        }
        return scheme.levels().subList(scheme.levels().indexOf(sealedFrom), scheme.levels().size());
    }

    /** The compartments whose content is sealed, whatever its level; none without keys. */
    public List<String> sealedCompartments() {
        return keys.names().isEmpty() ? List.of() : scheme.compartments();
    }

    /** The keys content so classified is sealed with, outermost last; none when it is not classified enough. */
    public List<String> keysFor(Classification content) {
        List<String> names = new ArrayList<>();
        if (content == null || keys.names().isEmpty()) {
            return names; // without keys (none()), nothing is sealed
        }
        if (sealedFrom != null && !scheme.above(sealedFrom, content.level())) {
            names.add(content.level());
        }
        names.addAll(content.compartments());
        return names;
    }

    /** Content made of both: what a snapshot of events so classified is. */
    public Classification join(Classification a, Classification b) {
        return scheme.join(a, b);
    }

    /** Whether content so classified is sealed. */
    public boolean seals(Classification content) {
        return !keysFor(content).isEmpty();
    }

    /** {@code text} sealed in {@code context}, or {@code null} when content so classified needs no seal. */
    public Sealed seal(String context, String text, Classification content) {
        List<String> names = keysFor(content);
        if (names.isEmpty()) {
            return null;
        }
        List<String> sealedWith = new ArrayList<>();
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        for (String name : names) {
            String key = name + KEY_VERSION_SEPARATOR + keys.newest(name);
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            byte[] sealed = crypt(Cipher.ENCRYPT_MODE, context, key, nonce, data, 0, data.length);
            data = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            sealedWith.add(key);
        }
        return new Sealed(List.copyOf(sealedWith), data);
    }

    /**
     * The text sealed in {@code context} with {@code sealedWith}, opened layer by layer.
     *
     * @throws IllegalStateException a key is missing, or a tag does not match: the data was altered or moved
     */
    public String open(String context, List<String> sealedWith, byte[] data) {
        byte[] opened = data;
        for (int i = sealedWith.size() - 1; i >= 0; i--) {
            String key = sealedWith.get(i);
            byte[] nonce = Arrays.copyOf(opened, NONCE_BYTES);
            opened = crypt(Cipher.DECRYPT_MODE, context, key, nonce, opened, NONCE_BYTES,
                           opened.length - NONCE_BYTES);
        }
        return new String(opened, StandardCharsets.UTF_8);
    }

    private byte[] crypt(int mode, String context, String key, byte[] nonce, byte[] data, int offset, int length) {
        int separator = key.lastIndexOf(KEY_VERSION_SEPARATOR);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(mode, keys.version(key.substring(0, separator), Integer.parseInt(key.substring(separator + 1))),
                        new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD((context + "/" + key).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(data, offset, length);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("The content of " + context + " does not open with key " + key
                                                    + ": it was altered, moved, or sealed with another key", e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("The content of " + context + " cannot be "
                                                    + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened")
                                                    + " with key " + key + ": " + e.getMessage(), e);
        }
    }

    /** Which keys sealed a text, innermost first, and the sealed bytes. */
    public record Sealed(List<String> sealedWith, byte[] data) {
    }
}
