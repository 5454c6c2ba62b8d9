package org.agreementtracker.eventstore;

import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.ClassificationScheme;
import org.bson.BsonArray;
import org.bson.BsonString;
import org.bson.BsonValue;

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
 * Classified content, encrypted at rest. An event whose metadata states the classification of its content
 * ({@link Classification#ofContent}) at or above {@code sealedFrom}, or in a compartment, is stored with its payload
 * sealed: AES-256-GCM under the key of its level, then under the key of each of its compartments in turn, so that
 * opening it takes every key a reader's clearance would need. Each layer has a fresh 96-bit nonce and the event's id
 * with the key's name and version as associated data: a sealed payload moved to another event, or opened with another
 * key, fails its tag instead of reading as something else.
 * <p>
 * The stored event names its keys ({@code sealed: ["SECRET:1", "DEFENCE:1"]}) and holds the payload as the binary
 * {@code nonce || ciphertext || tag}; its ids, type, timestamps and metadata stay readable, so positions, streams,
 * fences and the audit chain work on the stored form without any key, and a MongoDB tool reading the store sees
 * ciphertext where the content is classified.
 */
public final class ContentSeal {

    static final String KEY_VERSION_SEPARATOR = ":";
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
    public ContentSeal(ClassificationScheme scheme, String sealedFrom, SealingKeys keys) {
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

    /** A seal that seals nothing: for stores that hold no classified content. */
    public static ContentSeal none() {
        return new ContentSeal(new ClassificationScheme(null, List.of(), null), null, SealingKeys.none());
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

    /** The keys content so classified is sealed with, outermost last; none when it is not classified enough. */
    List<String> keysFor(Classification content) {
        List<String> names = new ArrayList<>();
        if (content == null) {
            return names;
        }
        if (sealedFrom != null && !scheme.above(sealedFrom, content.level())) {
            names.add(content.level());
        }
        names.addAll(content.compartments());
        return names;
    }

    /** Content made of both: what a snapshot of events so classified is. */
    Classification join(Classification a, Classification b) {
        return scheme.join(a, b);
    }

    /** The payload sealed for the event {@code eventId}, or {@code null} when its content needs no seal. */
    Sealed seal(String eventId, String payload, Classification content) {
        List<String> names = keysFor(content);
        if (names.isEmpty()) {
            return null;
        }
        BsonArray sealedWith = new BsonArray();
        byte[] data = payload.getBytes(StandardCharsets.UTF_8);
        for (String name : names) {
            String key = name + KEY_VERSION_SEPARATOR + keys.newest(name);
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            byte[] sealed = crypt(Cipher.ENCRYPT_MODE, eventId, key, nonce, data, 0, data.length);
            data = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            sealedWith.add(new BsonString(key));
        }
        return new Sealed(sealedWith, data);
    }

    /**
     * The payload of the event {@code eventId} that {@code sealedWith} sealed, opened layer by layer.
     *
     * @throws IllegalStateException a key is missing, or a tag does not match: the data was altered or moved
     */
    String open(String eventId, BsonArray sealedWith, byte[] data) {
        byte[] opened = data;
        for (int i = sealedWith.size() - 1; i >= 0; i--) {
            String key = sealedWith.get(i).asString().getValue();
            byte[] nonce = Arrays.copyOf(opened, NONCE_BYTES);
            opened = crypt(Cipher.DECRYPT_MODE, eventId, key, nonce, opened, NONCE_BYTES,
                           opened.length - NONCE_BYTES);
        }
        return new String(opened, StandardCharsets.UTF_8);
    }

    private byte[] crypt(int mode, String eventId, String key, byte[] nonce, byte[] data, int offset, int length) {
        int separator = key.lastIndexOf(KEY_VERSION_SEPARATOR);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(mode, keys.version(key.substring(0, separator), Integer.parseInt(key.substring(separator + 1))),
                        new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD((eventId + "/" + key).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(data, offset, length);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("The content of event " + eventId + " does not open with key " + key
                                                    + ": it was altered, moved, or sealed with another key", e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("The content of event " + eventId + " cannot be "
                                                    + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened")
                                                    + " with key " + key + ": " + e.getMessage(), e);
        }
    }

    /** Which keys sealed a payload, and the sealed bytes. */
    record Sealed(BsonArray sealedWith, byte[] data) {
    }

    static boolean isSealed(BsonValue sealedWith) {
        return sealedWith != null && sealedWith.isArray() && !sealedWith.asArray().isEmpty();
    }
}
